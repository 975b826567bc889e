/**
 * @jest-environment node
 */
/**
 * The "Raise an enquiry" form's data through real PnPjs against the emulator: the services that take
 * enquiries, the wards, current members with accounts, the signed-in member found by their account, and
 * "may log on behalf" exactly for the site's Owners group (Democratic Services), all in one $batch.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { EnquiryFormRepository } from '../../src/data/EnquiryFormRepository';
import { countingTransport, ICountingTransport } from '../../tools/bench/countingTransport';
import { issueDigest } from '../../tools/emulator/auth';
import type { ISiteUser } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

jest.setTimeout(60000);

const data = sampleCouncil();
const memberUser = data.users.find((user) => data.lists.Members.some((item) => item.fields.MemberAccount === user.id && item.fields.IsCurrent === true));
const officerUser = data.users.find((user) => data.lists.Officers.some((item) => item.fields.OfficerAccount === user.id));
const democraticServices = userWithRole(data, 'owner');

let emulator: IRunningEmulator;

function spAs(user: ISiteUser, wire?: ICountingTransport): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire?.transport, maxAttempts: 3, baseDelayMs: 1 }),
    InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() })
  );
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

describe('the enquiry form’s data', () => {
  it('gives a member the services that take enquiries, the wards, and themselves with their ward, in one request; not on behalf', async () => {
    if (!memberUser) throw new Error('The sample council has no current member with an account');
    const wire = countingTransport();
    const form = await new EnquiryFormRepository(spAs(memberUser, wire)).formData();
    expect(wire.records).toHaveLength(1);
    expect(form.services.map((service) => service.name)).toEqual(['Highways', 'Planning and Development']);
    expect(form.services.find((service) => service.name === 'Highways')?.keywords.length).toBeGreaterThan(0);
    expect(form.wards.length).toBe(data.lists.Wards.length);
    const item = data.lists.Members.find((candidate) => candidate.fields.MemberAccount === memberUser.id);
    expect(form.me).toEqual({ id: item?.Id, name: item?.fields.Title, account: memberUser.email, wardId: item?.fields.Ward });
    expect(form.members.length).toBe(data.lists.Members.filter((candidate) => candidate.fields.IsCurrent === true && typeof candidate.fields.MemberAccount === 'number').length);
    expect(form.canLogOnBehalf).toBe(false);
  });

  it('lets Democratic Services (the Owners group) log on behalf, and nobody else', async () => {
    const ds = await new EnquiryFormRepository(spAs(democraticServices)).formData();
    expect(ds.canLogOnBehalf).toBe(true);
    expect(ds.me).toBeUndefined();
    if (!officerUser) throw new Error('The sample council has no officer with an account');
    const officer = await new EnquiryFormRepository(spAs(officerUser)).formData();
    expect(officer.canLogOnBehalf).toBe(false);
    expect(officer.me).toBeUndefined();
  });
});
