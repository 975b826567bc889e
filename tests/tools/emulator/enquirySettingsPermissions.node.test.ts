/**
 * @jest-environment node
 */
/**
 * Who can change the targets the enquiry report measures against (docs/enquiries-permissions.md § Who can change
 * the targets): HubSettings and EnquiryClosureDays have unique permissions, Democratic Services (the site's owners)
 * keep Full Control and everyone else who reads the site has Read. The emulator starts as `npm run deploy` leaves a
 * site; the last block starts from a site whose lists still inherit and runs the deploy tool's REST calls.
 */
import { issueDigest } from '../../../tools/emulator/auth';
import { RoleDefinitionIds } from '../../../tools/emulator/scopes';
import type { ISiteData, ISiteUser } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from './emulatorKit';

const data = sampleCouncil();
const owner = userWithRole(data, 'owner');
const officer = userWithRole(data, 'editor');
const member = userWithRole(data, 'reader');
const settingsId = data.lists.HubSettings[0]?.Id ?? -1;
const MEMBERS_GROUP_ID = 5;

const closureDays = "web/lists/getbytitle('EnquiryClosureDays')";
const hubSettings = "web/lists/getbytitle('HubSettings')";

async function call(emulator: IRunningEmulator, as: ISiteUser, method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${emulator.siteUrl}/_api/${path}`, {
    method: method === 'MERGE' ? 'POST' : method,
    headers: {
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/json;odata=nometadata',
      'X-Emulator-User': String(as.id),
      ...(method === 'GET' ? {} : { 'X-RequestDigest': issueDigest() }),
      ...(method === 'MERGE' ? { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } : {})
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  await response.text();
  return response.status;
}

const addClosureDay = (emulator: IRunningEmulator, as: ISiteUser): Promise<number> =>
  call(emulator, as, 'POST', `${closureDays}/items`, { Title: 'Extra closure', ClosureDate: '2026-12-31T00:00:00Z' });
const changeRespondTarget = (emulator: IRunningEmulator, as: ISiteUser, days: number): Promise<number> =>
  call(emulator, as, 'MERGE', `${hubSettings}/items(${settingsId})`, { EnquiryRespondDays: days });

describe('a site as the deployment leaves it', () => {
  let emulator: IRunningEmulator;
  beforeAll(async () => {
    emulator = await startSampleEmulator({ data });
  });
  afterAll(() => emulator.close());

  it('lets an officer in the site\u2019s Members group read the settings but not add a closure day or change the targets (403)', async () => {
    expect(settingsId).toBeGreaterThan(0);
    expect(await call(emulator, officer, 'GET', `${hubSettings}/items(${settingsId})?$select=EnquiryRespondDays`)).toBe(200);
    expect(await call(emulator, officer, 'GET', `${closureDays}/items?$select=ClosureDate`)).toBe(200);
    expect(await addClosureDay(emulator, officer)).toBe(403);
    expect(await changeRespondTarget(emulator, officer, 20)).toBe(403);
    const firstDay = data.lists.EnquiryClosureDays[0]?.Id ?? -1;
    expect(await call(emulator, officer, 'DELETE', `${closureDays}/items(${firstDay})`)).toBe(403);
  });

  it('lets a member (a visitor) read the settings, and refuses their writes', async () => {
    expect(await call(emulator, member, 'GET', `${hubSettings}/items(${settingsId})?$select=EnquiryNation`)).toBe(200);
    expect(await addClosureDay(emulator, member)).toBe(403);
    expect(await changeRespondTarget(emulator, member, 20)).toBe(403);
  });

  it('lets Democratic Services (an owner) add a closure day and change the targets', async () => {
    expect(await addClosureDay(emulator, owner)).toBe(201);
    expect(await changeRespondTarget(emulator, owner, 15)).toBe(204);
  });

  it('refuses an officer who tries to give themselves edit on the list back (Manage Permissions)', async () => {
    expect(await call(emulator, officer, 'POST', `${hubSettings}/roleassignments/addroleassignment(principalid=${MEMBERS_GROUP_ID},roledefid=${RoleDefinitionIds.edit})`)).toBe(403);
    expect(await changeRespondTarget(emulator, officer, 20)).toBe(403);
  });
});

describe('a site whose settings lists still inherit, and the deploy tool\u2019s calls', () => {
  let emulator: IRunningEmulator;
  const inheriting: ISiteData = {
    ...data,
    security: {
      folders: data.security?.folders ?? {},
      groups: data.security?.groups ?? [],
      roleDefinitions: data.security?.roleDefinitions ?? [],
      uniqueScopes: { Enquiries: data.security?.uniqueScopes.Enquiries ?? {}, EnquiryUpdates: data.security?.uniqueScopes.EnquiryUpdates ?? {} }
    }
  };
  beforeAll(async () => {
    emulator = await startSampleEmulator({ data: inheriting });
  });
  afterAll(() => emulator.close());

  it('lets any officer change the targets while the lists inherit the site\u2019s Edit', async () => {
    expect(await addClosureDay(emulator, officer)).toBe(201);
    expect(await changeRespondTarget(emulator, officer, 25)).toBe(204);
  });

  it('after break (copying), remove and add Read for the Members group: officers read but cannot write; owners can; a re-run changes nothing', async () => {
    for (const list of [closureDays, hubSettings]) {
      for (let run = 0; run < 2; run += 1) {
        // The CLI's one-argument form (`m365 spo list roleinheritance break` without --clearExistingPermissions).
        expect(await call(emulator, owner, 'POST', `${list}/breakroleinheritance(true)`)).toBe(200);
        expect(await call(emulator, owner, 'POST', `${list}/roleassignments/removeroleassignment(principalid='${MEMBERS_GROUP_ID}')`)).toBe(200);
        expect(await call(emulator, owner, 'POST', `${list}/roleassignments/addroleassignment(principalid='${MEMBERS_GROUP_ID}',roledefid='${RoleDefinitionIds.read}')`)).toBe(200);
      }
    }
    expect(await addClosureDay(emulator, officer)).toBe(403);
    expect(await changeRespondTarget(emulator, officer, 30)).toBe(403);
    expect(await call(emulator, officer, 'GET', `${hubSettings}/items(${settingsId})?$select=EnquiryRespondDays`)).toBe(200);
    expect(await call(emulator, member, 'GET', `${closureDays}/items?$select=ClosureDate`)).toBe(200);
    expect(await addClosureDay(emulator, owner)).toBe(201);
    expect(await changeRespondTarget(emulator, owner, 10)).toBe(204);
  });

  it('refuses to break the list\u2019s inheritance for someone without Manage Permissions', async () => {
    const fresh = await startSampleEmulator({ data: inheriting });
    try {
      expect(await call(fresh, officer, 'POST', `${hubSettings}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`)).toBe(403);
      expect(await changeRespondTarget(fresh, officer, 12)).toBe(204);
    } finally {
      await fresh.close();
    }
  });
});
