import { BENCH_VIEW_KEYS, parseBenchOptions } from '../../../tools/bench/benchOptions';

describe('parseBenchOptions', () => {
  it('measures every view at county scale by default', () => {
    expect(parseBenchOptions([])).toEqual({
      skipBuild: false,
      runs: 5,
      scale: { members: 150, officers: 20000, services: 300, weeks: 520, enquiries: 100000 },
      views: ['member-profiles', 'officer-directory', 'member-briefings', 'member-enquiries', 'service-enquiries'],
      networks: ['none', 'spo'],
      profile: false
    });
    expect(parseBenchOptions([]).views).toEqual([...BENCH_VIEW_KEYS]);
  });

  it('measures under one network profile with --network, and refuses an unknown one', () => {
    expect(parseBenchOptions(['--network', 'spo']).networks).toEqual(['spo']);
    expect(parseBenchOptions(['--network', 'spo,none']).networks).toEqual(['none', 'spo']);
    expect(() => parseBenchOptions(['--network', 'dial-up'])).toThrow(/--network takes none, spo/);
  });

  it('measures one view with --view', () => {
    expect(parseBenchOptions(['--view', 'officer-directory']).views).toEqual(['officer-directory']);
    expect(parseBenchOptions(['--view=member-briefings']).views).toEqual(['member-briefings']);
  });

  it('takes several views repeated or comma-separated, in the bench order, each once', () => {
    expect(parseBenchOptions(['--view', 'member-briefings', '--view', 'member-profiles']).views).toEqual(['member-profiles', 'member-briefings']);
    expect(parseBenchOptions(['--view', 'member-briefings, officer-directory']).views).toEqual(['officer-directory', 'member-briefings']);
    expect(parseBenchOptions(['--view', 'officer-directory,officer-directory', '--view', 'officer-directory']).views).toEqual(['officer-directory']);
  });

  it('records CPU profiles with --profile', () => {
    expect(parseBenchOptions(['--profile', '--view', 'member-briefings']).profile).toBe(true);
  });

  it('seeds the Enquiries list with --enquiries (five years at 20,000 a year by default)', () => {
    expect(parseBenchOptions(['--enquiries', '20000', '--view', 'service-enquiries']).scale.enquiries).toBe(20000);
    expect(() => parseBenchOptions(['--enquiries', '0'])).toThrow('--enquiries must be a whole number of at least 1.');
  });

  it('keeps the other options alongside --view', () => {
    const parsed = parseBenchOptions(['--skip-build', '--runs', '2', '--officers', '5000', '--view', 'officer-directory']);
    expect(parsed).toEqual({
      skipBuild: true,
      runs: 2,
      scale: { members: 150, officers: 5000, services: 300, weeks: 520, enquiries: 100000 },
      views: ['officer-directory'],
      networks: ['none', 'spo'],
      profile: false
    });
  });

  it('rejects an unknown or empty view key, naming the keys it takes', () => {
    expect(() => parseBenchOptions(['--view', 'officers'])).toThrow(
      "--view takes member-profiles, officer-directory, member-briefings, member-enquiries, service-enquiries (repeat it or separate keys with commas); got 'officers'."
    );
    expect(() => parseBenchOptions(['--view', 'member-profiles,briefings'])).toThrow(/got 'briefings'\.$/);
    expect(() => parseBenchOptions(['--view', ''])).toThrow(/got ''\.$/);
  });

  it('rejects a run count or scale that is not a whole number of at least 1', () => {
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow('--runs must be a whole number of at least 1.');
    expect(() => parseBenchOptions(['--officers', '2.5'])).toThrow('--officers must be a whole number of at least 1.');
  });

  it('rejects an option it does not know', () => {
    expect(() => parseBenchOptions(['--views', 'member-profiles'])).toThrow(/--views/);
  });
});
