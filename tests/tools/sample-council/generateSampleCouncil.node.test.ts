import { ModerationStatus } from '../../../tools/emulator/siteData';
import { SAMPLE_COUNCIL_DEFAULTS, generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { serialiseSiteData } from '../../../tools/sample-council/serialiseSiteData';
import { isUkMidnight, siteDataProblems } from '../../../tools/sample-council/siteDataProblems';
import { dayFromIso, isoFromDay, ukDayOfStored, weekdayOf } from '../../../tools/sample-council/ukDate';

const defaults = generateSampleCouncil();

describe('generateSampleCouncil: determinism', () => {
  test('the same options give byte-identical serialised output', () => {
    expect(serialiseSiteData(generateSampleCouncil())).toBe(serialiseSiteData(defaults));
    expect(serialiseSiteData(generateSampleCouncil({ ...SAMPLE_COUNCIL_DEFAULTS }))).toBe(serialiseSiteData(defaults));
  });

  test('a different seed gives different data', () => {
    const other = generateSampleCouncil({ seed: SAMPLE_COUNCIL_DEFAULTS.seed + 1 });
    expect(serialiseSiteData(other)).not.toBe(serialiseSiteData(defaults));
    expect(other.lists.Members.map((item) => item.fields.Title)).not.toEqual(defaults.lists.Members.map((item) => item.fields.Title));
  });

  test('changing the number of officers leaves the members, wards and committees unchanged', () => {
    const moreOfficers = generateSampleCouncil({ officers: 900 });
    expect(moreOfficers.lists.Members).toEqual(defaults.lists.Members);
    expect(moreOfficers.lists.Wards).toEqual(defaults.lists.Wards);
    expect(moreOfficers.lists.CommitteeMemberships).toEqual(defaults.lists.CommitteeMemberships);
  });

  test('serialisation sorts keys, so building order does not matter', () => {
    const json = serialiseSiteData(defaults);
    const firstMember = JSON.parse(json).lists.Members[0] as Record<string, unknown>;
    expect(Object.keys(firstMember)).toEqual([...Object.keys(firstMember)].sort());
  });
});

describe('generateSampleCouncil: every value matches the schema', () => {
  test('the default council has no schema problems', () => {
    expect(siteDataProblems(defaults)).toEqual([]);
  });

  test('a council at another anchor date, in summer time, has no schema problems', () => {
    const summer = generateSampleCouncil({ anchorDate: '2027-07-14', members: 30, officers: 200, services: 20, weeks: 30, seed: 11 });
    expect(siteDataProblems(summer)).toEqual([]);
  });
});

describe('generateSampleCouncil: anchored around an election', () => {
  // 1 May 2025 was polling day; councillors took office on 5 May.
  test.each(['2025-05-01', '2025-05-05', '2025-05-09', '2025-06-30', '2026-05-18', '2026-05-19', '2029-05-04'])('at %s no term, seat or edit lies in the future', (anchorDate) => {
    const council = generateSampleCouncil({ anchorDate, members: 40, officers: 60, services: 10, weeks: 3 });
    const endOfToday = Date.parse(`${anchorDate}T23:00:00Z`);
    expect(siteDataProblems(council)).toEqual([]);
    for (const member of council.lists.Members) {
      expect(Date.parse(member.fields.TermStart as string)).toBeLessThanOrEqual(endOfToday);
      if (member.fields.IsCurrent === false) expect(Date.parse(member.fields.TermEnd as string)).toBeLessThan(endOfToday);
      if (member.fields.TermEnd !== null) expect((member.fields.TermEnd as string) > (member.fields.TermStart as string)).toBe(true);
    }
    for (const seat of council.lists.CommitteeMemberships) {
      expect(Date.parse(seat.fields.StartDate as string)).toBeLessThanOrEqual(endOfToday);
      if (seat.fields.EndDate !== null) expect((seat.fields.EndDate as string) >= (seat.fields.StartDate as string)).toBe(true);
    }
    for (const items of Object.values(council.lists)) {
      for (const item of items) expect(Date.parse(item.Modified)).toBeLessThanOrEqual(endOfToday);
    }
  });
});

describe('generateSampleCouncil: briefing weeks', () => {
  const weekOf = (iso: unknown): string => isoFromDay(ukDayOfStored(iso as string));

  test('every WeekCommencing is midnight UK time on a Monday', () => {
    for (const briefing of defaults.lists.Briefings) {
      const stored = briefing.fields.WeekCommencing as string;
      expect(isUkMidnight(stored)).toBe(true);
      expect(weekdayOf(ukDayOfStored(stored))).toBe(0);
    }
  });

  test('summer weeks are stored as Sunday 23:00 UTC', () => {
    const summer = defaults.lists.Briefings.find((briefing) => weekOf(briefing.fields.WeekCommencing) === '2026-06-01');
    expect(summer?.fields.WeekCommencing).toBe('2026-05-31T23:00:00Z');
  });

  test("the anchor's week has the latest published briefing and next week's is a draft", () => {
    const briefings = defaults.lists.Briefings;
    const published = briefings.filter((briefing) => briefing.moderationStatus === ModerationStatus.Approved);
    const latest = published[published.length - 1];
    expect(weekOf(latest.fields.WeekCommencing)).toBe('2026-11-23');
    const next = briefings[briefings.length - 1];
    expect(weekOf(next.fields.WeekCommencing)).toBe('2026-11-30');
    expect(next.moderationStatus).toBe(ModerationStatus.Draft);
    const nextItems = defaults.lists.BriefingItems.filter((item) => item.fields.Briefing === next.Id);
    expect(nextItems.length).toBeGreaterThan(0);
    expect(nextItems.every((item) => item.moderationStatus === ModerationStatus.Draft)).toBe(true);
  });

  test('an anchor in mid-week still dates the latest briefing to that week’s Monday', () => {
    const council = generateSampleCouncil({ anchorDate: '2026-11-26', weeks: 2, members: 10, officers: 30, services: 5 });
    const weeks = council.lists.Briefings.map((briefing) => weekOf(briefing.fields.WeekCommencing));
    expect(weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });

  test('nothing is created or modified after the anchor date', () => {
    const endOfAnchorDay = Date.parse('2026-11-24T00:00:00Z');
    for (const items of Object.values(defaults.lists)) {
      for (const item of items) {
        expect(Date.parse(item.Modified)).toBeLessThan(endOfAnchorDay);
      }
    }
  });

  test('each briefing has 4 to 12 items, in sort order', () => {
    for (const briefing of defaults.lists.Briefings) {
      const items = defaults.lists.BriefingItems.filter((item) => item.fields.Briefing === briefing.Id);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.length).toBeLessThanOrEqual(12);
      const order = items.map((item) => item.fields.SortOrder as number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe('generateSampleCouncil: scale knobs', () => {
  test('defaults: 80 current members in 40 wards, 600 officers, 60 services, 52 weeks plus next week', () => {
    expect(defaults.lists.Members.filter((item) => item.fields.IsCurrent === true && item.fields.MemberType === 'Councillor')).toHaveLength(80);
    expect(defaults.lists.Wards).toHaveLength(40);
    expect(defaults.lists.Officers).toHaveLength(600);
    expect(defaults.lists.Services).toHaveLength(60);
    // 52 weeks back from the anchor's week, less Christmas week (no briefing goes out), plus next week's draft.
    expect(defaults.lists.Briefings).toHaveLength(52);
    expect(dayFromIso('2026-11-23') - ukDayOfStored(defaults.lists.Briefings[0].fields.WeekCommencing as string)).toBe(51 * 7);
  });

  test('a large county: 20,000 officers, 150 members, ten years of briefings', () => {
    const started = Date.now();
    const large = generateSampleCouncil({ officers: 20000, members: 150, weeks: 520, seed: 7 });
    const elapsedMs = Date.now() - started;
    expect(large.lists.Officers).toHaveLength(20000);
    expect(large.lists.Members.filter((item) => item.fields.IsCurrent === true && item.fields.MemberType === 'Councillor')).toHaveLength(150);
    expect(large.lists.Briefings.length).toBeGreaterThanOrEqual(520 - 10 + 1);
    expect(large.lists.CommitteeMemberships.length).toBeGreaterThan(1500);
    expect(large.lists.CommitteeMemberships.length).toBeLessThan(3000);
    // Generous: about 1.5 s on two cores; the bound catches an accidental quadratic step.
    expect(elapsedMs).toBeLessThan(20000);
    expect(siteDataProblems(large)).toEqual([]);
  });

  test('services beyond the built-in list get area variants with unique codes', () => {
    const many = generateSampleCouncil({ services: 130, officers: 300, members: 10, weeks: 1 });
    const titles = many.lists.Services.map((item) => item.fields.Title);
    expect(new Set(titles).size).toBe(130);
    expect(titles).toContain('Highways — North');
    expect(siteDataProblems(many)).toEqual([]);
  });

  test('tiny councils still hold together', () => {
    const tiny = generateSampleCouncil({ members: 1, officers: 1, services: 1, weeks: 1 });
    expect(siteDataProblems(tiny)).toEqual([]);
    expect(tiny.lists.Members.filter((item) => item.fields.IsCurrent === true && item.fields.MemberType === 'Councillor')).toHaveLength(1);
    expect(tiny.lists.Officers).toHaveLength(1);
  });

  test.each([['members', 0], ['officers', -1], ['weeks', 1.5]])('rejects %s = %p', (name, value) => {
    expect(() => generateSampleCouncil({ [name]: value })).toThrow(name);
  });
});
