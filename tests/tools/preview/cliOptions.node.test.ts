import { DEFAULT_PORT, parsePreviewCliOptions } from '../../../tools/preview/cliOptions';

describe('parsePreviewCliOptions', () => {
  it('defaults to port 4400 with no throttling and no persistence', () => {
    const options = parsePreviewCliOptions([], {});
    expect(options.port).toBe(DEFAULT_PORT);
    expect(options.port).toBe(4400);
    expect(options.faultRate).toBe(0);
    expect(options.persistPath).toBeUndefined();
    expect(options.seed).toBeUndefined();
    expect(options.scale).toEqual({ members: undefined, officers: undefined, services: undefined, weeks: undefined });
  });

  it('runs with no network profile unless --network spo asks for SharePoint Online-like latency', () => {
    expect(parsePreviewCliOptions([], {}).network).toBe('none');
    expect(parsePreviewCliOptions(['--network', 'spo'], {}).network).toBe('spo');
    expect(() => parsePreviewCliOptions(['--network', 'slow'], {})).toThrow(/--network must be none or spo/);
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parsePreviewCliOptions([], { PORT: '5100' }).port).toBe(5100);
    expect(parsePreviewCliOptions(['--port', '5200'], { PORT: '5100' }).port).toBe(5200);
  });

  it('reads scale, persistence and fault flags', () => {
    const options = parsePreviewCliOptions(
      ['--officers', '20000', '--members', '150', '--weeks', '520', '--persist', 'temp/preview-data.json', '--faults', '0.2', '--seed', '7'],
      {}
    );
    expect(options.scale).toEqual({ members: 150, officers: 20000, services: undefined, weeks: 520 });
    expect(options.persistPath).toBe('temp/preview-data.json');
    expect(options.faultRate).toBe(0.2);
    expect(options.seed).toBe(7);
  });

  it('refuses unknown flags and nonsense values with a message naming the flag', () => {
    expect(() => parsePreviewCliOptions(['--oficers', '3'], {})).toThrow(/oficers/);
    expect(() => parsePreviewCliOptions(['--officers', 'many'], {})).toThrow(/--officers/);
    expect(() => parsePreviewCliOptions(['--officers', '2.5'], {})).toThrow(/whole number/);
    expect(() => parsePreviewCliOptions(['--faults', '1.5'], {})).toThrow(/between 0 and 1/);
  });
});
