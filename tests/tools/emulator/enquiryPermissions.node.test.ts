/**
 * @jest-environment node
 */
/**
 * Member enquiries' permissions as the emulator enforces them (docs/enquiries-permissions.md): folders per
 * (member, service) pair with unique role assignments; a member reads only their own enquiries and the
 * officers' updates on them, officers their service's, Democratic Services all; items the caller may not
 * read are left out of queries and answered 404 by id, also inside $batch; writes without the right are 403.
 */
import { issueDigest } from '../../../tools/emulator/auth';
import { RoleDefinitionIds } from '../../../tools/emulator/scopes';
import type { ISiteUser, IStoredItem } from '../../../tools/emulator/siteData';
import { enquiryFolderName } from '../../../src/schema/enquiryAccess';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from './emulatorKit';

const data = sampleCouncil();
const enquiries = data.lists.Enquiries;
const groups = data.security?.groups ?? [];
const serviceId = (title: string): number => {
  const found = data.lists.Services.find((item) => item.fields.Title === title);
  if (!found) throw new Error(`No service ${title}`);
  return found.Id;
};
const HIGHWAYS = serviceId('Highways');
const PLANNING = serviceId('Planning and Development');
const user = (id: number): ISiteUser => {
  const found = data.users.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No user ${id}`);
  return found;
};
const memberIds = [...new Set(enquiries.map((item) => Number(item.fields.Member)))];
const memberA = user(memberIds[0]);
const memberB = user(memberIds[1]);
const officerOf = (title: string): ISiteUser => user(groups.find((group) => group.title.endsWith(title))?.memberIds[0] ?? -1);
const highwaysOfficer = officerOf('Highways');
const planningOfficer = officerOf('Planning and Development');
const democraticServices = userWithRole(data, 'owner');
const enquiryOf = (member: ISiteUser, service: number): IStoredItem => {
  const found = enquiries.find((item) => item.fields.Member === member.id && item.fields.Service === service);
  if (!found) throw new Error('No such sample enquiry');
  return found;
};

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

interface IAnswer {
  readonly status: number;
  readonly body: { value?: { Id: number }[]; Id?: number } & Record<string, unknown>;
}

async function call(as: ISiteUser, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<IAnswer> {
  const response = await fetch(`${emulator.siteUrl}/_api/${path}`, {
    method,
    headers: {
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/json;odata=nometadata',
      'X-Emulator-User': String(as.id),
      ...(method === 'GET' ? {} : { 'X-RequestDigest': issueDigest() }),
      ...headers
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as IAnswer['body']) };
}

const enquiriesList = "web/lists/getbytitle('Enquiries')";
const updatesList = "web/lists/getbytitle('EnquiryUpdates')";

async function ids(as: ISiteUser, list: string, filter: string): Promise<number[]> {
  const answer = await call(as, 'GET', `${list}/items?$select=Id&$filter=${encodeURIComponent(filter)}&$top=5000`);
  expect(answer.status).toBe(200);
  return (answer.body.value ?? []).map((row) => row.Id);
}

function folderPath(list: 'Enquiries' | 'EnquiryUpdates', name: string): string {
  return `${emulator.store.serverRelativeUrl}/Lists/${list}/${name}`;
}

function memberItemIdOf(member: ISiteUser): number {
  const found = data.lists.Members.find((item) => item.fields.MemberAccount === member.id);
  if (!found) throw new Error('No member item');
  return found.Id;
}

describe('a member', () => {
  it('reads their own enquiries and not another member\u2019s, by query and by id', async () => {
    const own = enquiries.filter((item) => item.fields.Member === memberA.id).map((item) => item.Id);
    expect(own.length).toBeGreaterThan(0);
    expect((await ids(memberA, enquiriesList, `MemberId eq ${memberA.id}`)).sort()).toEqual([...own].sort());
    expect(await ids(memberA, enquiriesList, `MemberId eq ${memberB.id}`)).toEqual([]);
    expect(await ids(memberA, enquiriesList, `ServiceId eq ${HIGHWAYS}`)).toEqual(own.filter((id) => enquiries.find((item) => item.Id === id)?.fields.Service === HIGHWAYS));
    const others = enquiryOf(memberB, HIGHWAYS);
    expect((await call(memberA, 'GET', `${enquiriesList}/items(${others.Id})`)).status).toBe(404);
    expect((await call(memberB, 'GET', `${enquiriesList}/items(${others.Id})`)).status).toBe(200);
  });

  it('reads an enquiry Democratic Services logged for them, though they did not create it', async () => {
    const logged = enquiries.find((item) => item.fields.LoggedOnBehalf === true);
    expect(logged?.AuthorId).toBe(democraticServices.id);
    const member = user(Number(logged?.fields.Member));
    expect((await call(member, 'GET', `${enquiriesList}/items(${logged?.Id})`)).status).toBe(200);
    expect(await ids(member, enquiriesList, `MemberId eq ${member.id}`)).toContain(logged?.Id);
  });

  it('reads the officers\u2019 updates on their enquiry, and none on another member\u2019s', async () => {
    const enquiry = enquiries.find((item) => item.fields.Member === memberA.id && data.lists.EnquiryUpdates.some((update) => update.fields.Enquiry === item.Id && update.AuthorId !== memberA.id));
    const officerUpdates = data.lists.EnquiryUpdates.filter((update) => update.fields.Enquiry === enquiry?.Id && update.AuthorId !== memberA.id);
    expect(officerUpdates.length).toBeGreaterThan(0);
    expect(await ids(memberA, updatesList, `EnquiryId eq ${enquiry?.Id}`)).toEqual(expect.arrayContaining(officerUpdates.map((update) => update.Id)));
    const othersUpdate = data.lists.EnquiryUpdates.find((update) => enquiries.find((item) => item.Id === update.fields.Enquiry)?.fields.Member === memberB.id);
    expect(await ids(memberA, updatesList, `EnquiryId eq ${othersUpdate?.fields.Enquiry}`)).toEqual([]);
    expect((await call(memberA, 'GET', `${updatesList}/items(${othersUpdate?.Id})`)).status).toBe(404);
  });

  it('raises an enquiry into their own folder only, and cannot change its status', async () => {
    const values = [
      { FieldName: 'Title', FieldValue: 'Overgrown hedge blocks the footway' },
      { FieldName: 'Details', FieldValue: 'Pedestrians walk in the road.' },
      { FieldName: 'Member', FieldValue: JSON.stringify([{ Key: memberA.loginName }]) },
      { FieldName: 'Service', FieldValue: String(HIGHWAYS) },
      { FieldName: 'DueDate', FieldValue: '19/12/2026' }
    ];
    const own = folderPath('Enquiries', enquiryFolderName(memberItemIdOf(memberA), HIGHWAYS));
    const raised = await call(memberA, 'POST', `${enquiriesList}/AddValidateUpdateItemUsingPath()`, { listItemCreateInfo: { FolderPath: { DecodedUrl: own }, UnderlyingObjectType: 0 }, formValues: values, bNewDocumentUpdate: false });
    expect(raised.status).toBe(200);
    const results = raised.body.value as unknown as { ItemId: number; HasException: boolean }[];
    expect(results.every((result) => !result.HasException)).toBe(true);
    const id = results[0].ItemId;
    expect(emulator.store.item('Enquiries', id)?.fields.DueDate).toBe('2026-12-19T00:00:00.000Z');
    expect((await call(highwaysOfficer, 'GET', `${enquiriesList}/items(${id})`)).status).toBe(200);
    expect((await call(planningOfficer, 'GET', `${enquiriesList}/items(${id})`)).status).toBe(404);
    expect((await call(memberB, 'GET', `${enquiriesList}/items(${id})`)).status).toBe(404);

    const othersFolder = folderPath('Enquiries', enquiryFolderName(memberItemIdOf(memberB), HIGHWAYS));
    const intoOthers = await call(memberA, 'POST', `${enquiriesList}/AddValidateUpdateItemUsingPath()`, { listItemCreateInfo: { FolderPath: { DecodedUrl: othersFolder } }, formValues: values });
    expect(intoOthers.status).toBe(403);
    expect((await call(memberA, 'POST', `${enquiriesList}/items`, { Title: 'In the root', Details: 'x', MemberId: memberA.id, ServiceId: HIGHWAYS })).status).toBe(403);
    expect((await call(memberA, 'MERGE', `${enquiriesList}/items(${id})`, { EnquiryStatus: 'Closed' }, { 'IF-MATCH': '*' })).status).toBe(403);
    expect((await call(highwaysOfficer, 'MERGE', `${enquiriesList}/items(${id})`, { EnquiryStatus: 'Acknowledged' }, { 'IF-MATCH': '*' })).status).toBe(204);
  });
});

describe('officers', () => {
  it('of Highways read Highways\u2019 enquiries of every member, and not Planning\u2019s', async () => {
    const highways = enquiries.filter((item) => item.fields.Service === HIGHWAYS).map((item) => item.Id);
    expect(new Set(highways.map((id) => enquiries.find((item) => item.Id === id)?.fields.Member)).size).toBeGreaterThan(1);
    expect(await ids(highwaysOfficer, enquiriesList, `ServiceId eq ${HIGHWAYS}`)).toEqual(expect.arrayContaining(highways));
    expect(await ids(highwaysOfficer, enquiriesList, `ServiceId eq ${PLANNING}`)).toEqual([]);
    expect((await call(highwaysOfficer, 'GET', `${enquiriesList}/items(${enquiryOf(memberA, PLANNING).Id})`)).status).toBe(404);
    expect((await call(planningOfficer, 'GET', `${enquiriesList}/items(${enquiryOf(memberA, PLANNING).Id})`)).status).toBe(200);
  });

  it('cannot rewrite another officer\u2019s update (edit own items only)', async () => {
    const update = data.lists.EnquiryUpdates.find((item) => item.AuthorId !== highwaysOfficer.id && item.AuthorId !== democraticServices.id && enquiries.find((e) => e.Id === item.fields.Enquiry)?.fields.Service === HIGHWAYS && item.fields.UpdateKind !== 'Member reply');
    if (!update) throw new Error('No update by another officer');
    expect((await call(highwaysOfficer, 'GET', `${updatesList}/items(${update.Id})`)).status).toBe(200);
    expect((await call(highwaysOfficer, 'MERGE', `${updatesList}/items(${update.Id})`, { UpdateBody: 'Rewritten' }, { 'IF-MATCH': '*' })).status).toBe(403);
  });

  it('are refused in $batch parts as in single requests', async () => {
    const planningItem = enquiryOf(memberA, PLANNING);
    const boundary = 'batch_enq';
    const part = (id: number): string =>
      [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${emulator.siteUrl}/_api/${enquiriesList}/items(${id}) HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', ''].join('\r\n');
    const response = await fetch(`${emulator.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'X-Emulator-User': String(highwaysOfficer.id), 'X-RequestDigest': issueDigest() },
      body: `${part(enquiryOf(memberA, HIGHWAYS).Id)}${part(planningItem.Id)}--${boundary}--\r\n`
    });
    const text = await response.text();
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
    expect(statuses).toEqual([200, 404]);
  });
});

describe('Democratic Services', () => {
  it('read every enquiry', async () => {
    expect((await ids(democraticServices, enquiriesList, `ServiceId eq ${HIGHWAYS}`)).length).toBeGreaterThanOrEqual(enquiries.filter((item) => item.fields.Service === HIGHWAYS).length);
    expect(await ids(democraticServices, enquiriesList, `MemberId eq ${memberB.id}`)).toEqual(expect.arrayContaining(enquiries.filter((item) => item.fields.Member === memberB.id).map((item) => item.Id)));
  });

  it('make a folder with unique permissions; members and officers cannot', async () => {
    const name = 'M9999-S1';
    const make = (as: ISiteUser): Promise<IAnswer> =>
      call(as, 'POST', `${enquiriesList}/AddValidateUpdateItemUsingPath()`, { listItemCreateInfo: { FolderPath: { DecodedUrl: folderPath('Enquiries', '') }, UnderlyingObjectType: 1, LeafName: { DecodedUrl: name } }, formValues: [] });
    expect((await make(memberA)).status).toBe(403);
    const made = await make(democraticServices);
    expect(made.status).toBe(200);
    const folderId = emulator.store.security.folder('Enquiries', name)?.id;
    expect(folderId).toBeDefined();
    expect((await call(highwaysOfficer, 'POST', `${enquiriesList}/items(${folderId})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`)).status).toBe(403);
    expect((await call(democraticServices, 'POST', `${enquiriesList}/items(${folderId})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`)).status).toBe(200);
    expect((await call(democraticServices, 'POST', `${enquiriesList}/items(${folderId})/roleassignments/addroleassignment(principalid=${memberB.id},roledefid=${RoleDefinitionIds.contribute})`)).status).toBe(200);
    expect(emulator.store.security.assignments('Enquiries', folderId ?? -1)).toEqual([
      { principalId: democraticServices.id, roleDefId: RoleDefinitionIds.fullControl },
      { principalId: memberB.id, roleDefId: RoleDefinitionIds.contribute }
    ]);
  });

  it('create a group and add an officer, who then reads what the group was given', async () => {
    const created = await call(democraticServices, 'POST', 'web/sitegroups', { Title: 'Enquiries – Test' });
    expect(created.status).toBe(200);
    expect((await call(memberA, 'POST', 'web/sitegroups', { Title: 'Sneaky' })).status).toBe(403);
    const groupId = Number(created.body.Id);
    expect((await call(democraticServices, 'POST', `web/sitegroups(${groupId})/users`, { LoginName: planningOfficer.loginName })).status).toBe(200);
    const folder = emulator.store.security.folder('Enquiries', enquiryFolderName(memberItemIdOf(memberA), HIGHWAYS));
    const item = enquiryOf(memberA, HIGHWAYS);
    expect((await call(planningOfficer, 'GET', `${enquiriesList}/items(${item.Id})`)).status).toBe(404);
    expect((await call(democraticServices, 'POST', `${enquiriesList}/items(${folder?.id})/roleassignments/addroleassignment(principalid=${groupId},roledefid=${RoleDefinitionIds.read})`)).status).toBe(200);
    expect((await call(planningOfficer, 'GET', `${enquiriesList}/items(${item.Id})`)).status).toBe(200);
  });

  it('reassign an enquiry by moving it to the other service\u2019s folder: it inherits the new folder\u2019s permissions', async () => {
    const item = enquiryOf(memberB, HIGHWAYS);
    const memberItemId = memberItemIdOf(memberB);
    const from = `${folderPath('Enquiries', enquiryFolderName(memberItemId, HIGHWAYS))}/${item.Id}_.000`;
    const to = `${folderPath('Enquiries', enquiryFolderName(memberItemId, PLANNING))}/${item.Id}_.000`;
    const move = (as: ISiteUser): Promise<IAnswer> => call(as, 'POST', `web/getfilebyserverrelativeurl('${from}')/moveto(newurl='${to}',flags=1)`);
    expect((await move(highwaysOfficer)).status).toBe(403);
    expect((await move(democraticServices)).status).toBe(200);
    expect((await call(highwaysOfficer, 'GET', `${enquiriesList}/items(${item.Id})`)).status).toBe(404);
    expect((await call(planningOfficer, 'GET', `${enquiriesList}/items(${item.Id})`)).status).toBe(200);
    expect((await call(memberB, 'GET', `${enquiriesList}/items(${item.Id})`)).status).toBe(200);
  });
});
