import { countResponseRows, modelledResponseMs, NETWORK_PROFILES, remainingDelayMs } from '../../../tools/emulator/networkProfile';
import { startEmulator } from '../../../tools/emulator/server';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';

describe('network profile', () => {
  const spo = NETWORK_PROFILES.spo;
  const small = { rows: 1, uncompressedBytes: 200, wireBytes: 200, batchParts: 0 };

  it('adds nothing under none', () => {
    expect(remainingDelayMs(NETWORK_PROFILES.none, { rows: 20000, uncompressedBytes: 5e6, wireBytes: 6e5, batchParts: 5 }, 0)).toBe(0);
  });

  it('grows with rows, bytes, $batch parts and bytes on the wire', () => {
    const base = modelledResponseMs(spo, small);
    expect(base).toBeGreaterThanOrEqual(spo.roundTripMs + spo.serverBaseMs);
    expect(modelledResponseMs(spo, { ...small, rows: 5000 })).toBeGreaterThan(base);
    expect(modelledResponseMs(spo, { ...small, uncompressedBytes: 2e6 })).toBeGreaterThan(base);
    expect(modelledResponseMs(spo, { ...small, batchParts: 5 })).toBeCloseTo(base + 4 * spo.batchPartMs);
    expect(modelledResponseMs(spo, { ...small, wireBytes: 600 * 1024 })).toBeGreaterThan(base + 200);
  });

  it('takes the emulator’s own time off the modelled time', () => {
    const modelled = modelledResponseMs(spo, small);
    expect(remainingDelayMs(spo, small, 50)).toBe(Math.round(modelled - 50));
    expect(remainingDelayMs(spo, small, 10_000)).toBe(0);
  });

  it('counts rows of a JSON collection and of each $batch part', () => {
    expect(countResponseRows('{"value":[{},{},{}]}', 'application/json;odata=nometadata')).toEqual({ rows: 3, batchParts: 0 });
    const batch = [
      '--batchresponse_1',
      'Content-Type: application/http',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"value":[{"Id":1},{"Id":2}]}',
      '--batchresponse_1',
      'Content-Type: application/http',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"Id":7}',
      '--batchresponse_1--'
    ].join('\r\n');
    expect(countResponseRows(batch, 'multipart/mixed; boundary=batchresponse_1')).toEqual({ rows: 3, batchParts: 2 });
  });

  it('slows the emulator’s answers under spo and not under none', async () => {
    const emulator = await startEmulator({ data: generateSampleCouncil({ officers: 200, weeks: 4 }) });
    try {
      const url = `${emulator.siteUrl}/_api/web/lists/getByTitle('Wards')/items?$select=Title`;
      const timed = async (): Promise<number> => {
        const started = Date.now();
        const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
        await response.text();
        return Date.now() - started;
      };
      await timed();
      const none = await timed();
      emulator.setNetwork('spo');
      const slow = await timed();
      expect(slow).toBeGreaterThanOrEqual(spo.roundTripMs + spo.serverBaseMs - 5);
      expect(slow).toBeGreaterThan(none);
    } finally {
      await emulator.close();
    }
  });
});
