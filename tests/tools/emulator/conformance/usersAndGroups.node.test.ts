/**
 * @jest-environment node
 */
/**
 * Site users and groups through PnPjs's documented calls (https://pnp.github.io/pnpjs/sp/site-users/,
 * https://pnp.github.io/pnpjs/sp/site-groups/): `web.siteUsers()`, `siteUsers.getByEmail/getById/
 * getByLoginName`, `web.getUserById`, `web.currentUser()`, `web.currentUser.groups()`,
 * `web.ensureUser(login)`, `web.siteGroups()`, `siteGroups.getById/getByName`, `group.users()`.
 * SP.User and SP.Group per https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15).
 */
import type { ISiteData, ISiteUser } from '../../../../tools/emulator/siteData';
import { sampleCouncil, sharePointError, startSampleEmulator, userWithRole } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { asJson, entityOf, FORMATS, JsonObject, propertiesOf, rowsOf, spIn } from './conformanceKit';

const NEWCOMER = { title: 'Priya Shah', email: 'priya.shah@council.example' };

let emulator: IRunningEmulator;
let data: ISiteData;
let owner: ISiteUser;
let reader: ISiteUser;

beforeAll(async () => {
  // The tenant directory knows one person who is not a site user yet: ensureUser's case.
  data = { ...sampleCouncil(), directory: [NEWCOMER] };
  emulator = await startSampleEmulator({ data });
  owner = userWithRole(data, 'owner');
  reader = userWithRole(data, 'reader');
});

afterAll(() => emulator.close());

function expectUser(row: JsonObject, user: ISiteUser): void {
  expect(row).toMatchObject({
    Id: user.id,
    Title: user.title,
    Email: user.email,
    LoginName: user.loginName,
    UserPrincipalName: user.email,
    PrincipalType: 1,
    IsSiteAdmin: user.role === 'owner'
  });
}

describe.each(FORMATS)('site users [%s]', (format) => {
  it(`web.siteUsers() and siteUsers.filter/select [${format}]`, async () => {
    const rows = rowsOf(await spIn(emulator, format).web.siteUsers(), format).map((row) => propertiesOf(row, format, 'SP.User'));
    expect(rows.length).toBeGreaterThanOrEqual(data.users.length);
    expectUser(rows.find((row) => row.Id === owner.id) ?? {}, owner);
    const admins = rowsOf(await spIn(emulator, format).web.siteUsers.filter('IsSiteAdmin eq true').select('Id')(), format).map((row) => row.Id);
    expect(admins).toEqual(data.users.filter((user) => user.role === 'owner').map((user) => user.id));
  });

  it(`siteUsers.getByEmail, getById, getByLoginName and web.getUserById [${format}]`, async () => {
    const sp = spIn(emulator, format);
    expectUser(propertiesOf(entityOf(await sp.web.siteUsers.getByEmail(reader.email)(), format), format, 'SP.User'), reader);
    expectUser(entityOf(await sp.web.siteUsers.getById(reader.id)(), format), reader);
    expectUser(entityOf(await sp.web.siteUsers.getByLoginName(reader.loginName)(), format), reader);
    expectUser(entityOf(await sp.web.getUserById(reader.id)(), format), reader);
  });

  it(`web.currentUser() and web.currentUser.groups() [${format}]`, async () => {
    const sp = spIn(emulator, format, reader);
    expectUser(propertiesOf(entityOf(await sp.web.currentUser(), format), format, 'SP.User'), reader);
    const groups = rowsOf(await sp.web.currentUser.groups(), format).map((row) => propertiesOf(row, format, 'SP.Group'));
    expect(groups.map((group) => group.Title)).toEqual([`${data.siteTitle} Visitors`]);
    expect(groups[0]).toMatchObject({ PrincipalType: 8, OwnerTitle: `${data.siteTitle} Owners` });
  });

  it(`web.siteGroups(), siteGroups.getById(n)(), getByName(…)(), group.users() [${format}]`, async () => {
    const sp = spIn(emulator, format);
    const groups = rowsOf(await sp.web.siteGroups(), format).map((row) => propertiesOf(row, format, 'SP.Group'));
    // The default groups, then the groups of officers who answer members' enquiries (tools/sample-council/enquiries.ts).
    expect(groups.map((group) => group.Title)).toEqual([
      ...['Owners', 'Visitors', 'Members'].map((name) => `${data.siteTitle} ${name}`),
      ...(data.security?.groups ?? []).map((group) => group.title)
    ]);
    const members = groups[2];
    expect(entityOf(await sp.web.siteGroups.getById(Number(members.Id)).select('Title')(), format).Title).toBe(members.Title);
    expect(entityOf(await sp.web.siteGroups.getByName(String(members.Title)).select('Id')(), format).Id).toBe(members.Id);
    const users = rowsOf(await sp.web.siteGroups.getById(Number(members.Id)).users.select('Id')(), format).map((row) => row.Id);
    expect(users).toEqual(data.users.filter((user) => user.role === 'editor').map((user) => user.id));
  });
});

describe('web.ensureUser', () => {
  it('returns the existing site user for a login name or an email', async () => {
    const sp = spIn(emulator, 'nometadata', owner);
    expectUser(asJson(await sp.web.ensureUser(reader.loginName)), reader);
    expectUser(asJson(await sp.web.ensureUser(reader.email)), reader);
  });

  it('adds a person the tenant directory knows to the site users, once', async () => {
    const sp = spIn(emulator, 'nometadata', owner);
    const added = asJson(await sp.web.ensureUser(`i:0#.f|membership|${NEWCOMER.email}`));
    expect(added).toMatchObject({ Title: NEWCOMER.title, Email: NEWCOMER.email, LoginName: `i:0#.f|membership|${NEWCOMER.email}`, IsSiteAdmin: false });
    const again = asJson(await sp.web.ensureUser(NEWCOMER.email));
    expect(again.Id).toBe(added.Id);
    const found = (await sp.web.siteUsers.getByEmail(NEWCOMER.email)()) as JsonObject;
    expect(found.Id).toBe(added.Id);
    // Ensured, not granted: no group.
    expect(((await sp.web.siteUsers.getById(Number(added.Id)).groups()) as { value: unknown[] }).value).toEqual([]);
  });

  it('fails for a login the directory does not know, and for a reader', async () => {
    expect(await sharePointError(() => spIn(emulator, 'nometadata', owner).web.ensureUser('i:0#.f|membership|ghost@council.example'))).toMatchObject({
      status: 404,
      message: 'The specified user i:0#.f|membership|ghost@council.example could not be found.'
    });
    expect(await sharePointError(() => spIn(emulator, 'nometadata', reader).web.ensureUser(reader.email))).toMatchObject({ status: 403 });
  });
});

describe('user errors', () => {
  it('answers an unknown user or group with SharePoint\'s "cannot be found"', async () => {
    const sp = spIn(emulator, 'nometadata');
    expect(await sharePointError(() => sp.web.siteUsers.getByEmail('nobody@council.example')())).toEqual({
      status: 404,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'User cannot be found.'
    });
    expect(await sharePointError(() => sp.web.siteGroups.getById(999)())).toMatchObject({ status: 404, message: 'Group cannot be found.' });
  });
});
