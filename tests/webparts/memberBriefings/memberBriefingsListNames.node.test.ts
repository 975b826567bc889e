/** @jest-environment node */
/**
 * List names from the property pane, through the shell's mapping, against the SharePoint emulator:
 * a list that is not on the site fails as "list not found" naming the list the admin typed,
 * which the view shows as "The list '…' was not found on …" (see MemberBriefings.test.tsx).
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { BriefingRepository } from '../../../src/data/BriefingRepository';
import { DataError } from '../../../src/data/DataError';
import { listTitlesFrom } from '../../../src/webparts/shared/listTitles';
import { MEMBER_BRIEFINGS_LISTS } from '../../../src/webparts/memberBriefings/memberBriefingsComposition';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator/server';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data: generateSampleCouncil({ seed: 5, members: 12, anchorDate: '2026-11-23' }) });
});

afterAll(() => emulator.close());

const sp = (): SPFI => spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }));

test('blank list names read the provisioned lists', async () => {
  const listTitles = listTitlesFrom({ listTitleWards: ' ' }, MEMBER_BRIEFINGS_LISTS);
  expect((await new BriefingRepository(sp(), { listTitles }).wards()).length).toBeGreaterThan(0);
});

test('a wrong list name fails as list not found, naming that list', async () => {
  const listTitles = listTitlesFrom({ listTitleWards: 'Divisions ' }, MEMBER_BRIEFINGS_LISTS);
  const failure: unknown = await new BriefingRepository(sp(), { listTitles }).wards().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(DataError);
  expect(failure).toMatchObject({ kind: 'listNotFound', listTitle: 'Divisions' });
});

test('a wrong briefings list name fails as list not found for the week’s briefing', async () => {
  const listTitles = listTitlesFrom({ listTitleBriefings: 'Member briefings' }, MEMBER_BRIEFINGS_LISTS);
  const failure: unknown = await new BriefingRepository(sp(), { listTitles }).forWeek('2026-11-23').catch((error: unknown) => error);
  expect(failure).toMatchObject({ kind: 'listNotFound', listTitle: 'Member briefings' });
});
