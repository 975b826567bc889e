/** @jest-environment node */
/**
 * List names from the property pane, through the shell's mapping, against the SharePoint emulator:
 * a list that is not on the site fails as "list not found" naming the list the admin typed,
 * which the view shows as "The list '…' was not found on …" (see MemberProfiles.test.tsx).
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { MemberRepository } from '../../../src/data/MemberRepository';
import { DataError } from '../../../src/data/DataError';
import { listTitlesFrom } from '../../../src/webparts/shared/listTitles';
import { MEMBER_PROFILES_LISTS } from '../../../src/webparts/memberProfiles/memberProfilesComposition';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { NON_COUNCILLOR_COUNT } from '../../../tools/sample-council/nonCouncillors';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator/server';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data: generateSampleCouncil({ seed: 5, members: 12, anchorDate: '2026-11-23' }) });
});

afterAll(() => emulator.close());

const sp = (): SPFI => spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }));

test('blank list names read the provisioned lists', async () => {
  const listTitles = listTitlesFrom({ listTitleMembers: '', listTitleWards: '  ' }, MEMBER_PROFILES_LISTS);
  const directory = await new MemberRepository(sp(), { listTitles }).loadDirectory();
  expect(directory.members).toHaveLength(12 + NON_COUNCILLOR_COUNT);
  expect(directory.wards.length).toBeGreaterThan(0);
});

test.each([
  ['listTitleMembers', 'Councilors'],
  ['listTitleCommitteeMemberships', 'Committee Membership']
] as const)('a wrong %s (%p) fails as list not found, naming that list', async (property, typed) => {
  const listTitles = listTitlesFrom({ [property]: ` ${typed} ` }, MEMBER_PROFILES_LISTS);
  const failure: unknown = await new MemberRepository(sp(), { listTitles }).loadDirectory().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(DataError);
  expect(failure).toMatchObject({ kind: 'listNotFound', listTitle: typed });
});
