/**
 * @jest-environment node
 */
/**
 * The emulator refuses writes that break the column and list validation provisioned from
 * src/schema/validation, with the admin's message, as SharePoint does on save.
 */
import { COLUMN_RULES } from '../../../src/schema';
import type { ISiteData } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

let emulator: IRunningEmulator;
let data: ISiteData;

beforeAll(async () => {
  data = sampleCouncil(50);
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

const FIELD_VALIDATION = '-2130575163, Microsoft.SharePoint.SPFieldValidationException';
const LIST_VALIDATION = '-2130575162, Microsoft.SharePoint.SPListDataValidationException';

describe('column validation on create', () => {
  test.each([
    ['Officers', { Title: 'Sam Patel', Email: 'sam.patel' }, COLUMN_RULES.email.message],
    ['Services', { Title: 'Bins', Directorate: 'Place', ServiceEmail: 'bins @example.gov.uk' }, COLUMN_RULES.email.message],
    ['Parties', { Title: 'Green', PartyKind: 'Political party', Colour: 'green' }, COLUMN_RULES.hexColour.message],
    ['Briefings', { Title: 'Week of 24 November', WeekCommencing: '2026-11-24T00:00:00Z' }, COLUMN_RULES.monday.message]
  ])('%s refuses %j with the column\'s message', async (list, values, message) => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const before = data.lists[list as keyof ISiteData['lists']].length;
    const error = await sharePointError(() => sp.web.lists.getByTitle(list).items.add(values));
    expect(error).toEqual({ status: 500, code: FIELD_VALIDATION, message });
    const count = (await sp.web.lists.getByTitle(list).items.select('Id').top(5000)()).length;
    expect(count).toBe(before);
  });

  test('valid values are saved, including a summer Monday stored as the Sunday 23:00Z before', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const party = (await sp.web.lists.getByTitle('Parties').items.add({ Title: 'Harbour Independents', PartyKind: 'Political group', Colour: '#1a7f37' })) as { Id: number };
    expect(party.Id).toBeGreaterThan(0);
    const briefing = (await sp.web.lists.getByTitle('Briefings').items.add({ Title: 'Week of 20 July', WeekCommencing: '2026-07-19T23:00:00Z' })) as { Id: number };
    expect(briefing.Id).toBeGreaterThan(0);
  });

  test('a blank optional column is not checked', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const officer = (await sp.web.lists.getByTitle('Officers').items.add({ Title: 'No Email Yet', Email: null })) as { Id: number };
    expect(officer.Id).toBeGreaterThan(0);
  });
});

describe('validation on update', () => {
  test('an update that breaks a column rule is refused and leaves the item as it was', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const officer = sp.web.lists.getByTitle('Officers').items.getById(data.lists.Officers[0].Id);
    const before = (await officer.select('Email')()) as { Email: string };
    const error = await sharePointError(() => officer.update({ Email: 'two@example.gov.uk; three@example.gov.uk' }));
    expect(error).toEqual({ status: 500, code: FIELD_VALIDATION, message: COLUMN_RULES.email.message });
    expect(((await officer.select('Email')()) as { Email: string }).Email).toBe(before.Email);
  });

  test('the list rule is checked on the item as saved: a new end before the stored start is refused', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const stored = data.lists.Members.find((member) => typeof member.fields.TermStart === 'string');
    if (!stored) throw new Error('the sample council has a member with a term start');
    const member = sp.web.lists.getByTitle('Members').items.getById(stored.Id);
    const start = String(stored.fields.TermStart);
    const dayBefore = new Date(Date.parse(start) - 86_400_000).toISOString();
    const error = await sharePointError(() => member.update({ TermEnd: dayBefore }));
    expect(error).toEqual({ status: 500, code: LIST_VALIDATION, message: "'Term of office ends' must be after 'Term of office starts'." });
    const fourYearsOn = new Date(Date.parse(start) + 4 * 365 * 86_400_000).toISOString();
    await member.update({ TermEnd: fourYearsOn });
    expect(((await member.select('TermEnd')()) as { TermEnd: string }).TermEnd).toBe(fourYearsOn.replace(/\.\d{3}Z$/, 'Z'));
  });

  test('an update that leaves ruled columns alone is not held up by them', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const officer = sp.web.lists.getByTitle('Officers').items.getById(data.lists.Officers[1].Id);
    await officer.update({ Team: 'Highways North' });
    expect(((await officer.select('Team')()) as { Team: string }).Team).toBe('Highways North');
  });
});
