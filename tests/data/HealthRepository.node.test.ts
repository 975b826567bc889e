/** @jest-environment node */
/**
 * The real HealthRepository against the SharePoint emulator serving a county with 20,000 officers
 * (four times the list view threshold). The emulator enforces the threshold and the lookup column
 * limit, so a load that finishes proves every query was safe.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DataError } from '../../src/data/DataError';
import { HealthRepository } from '../../src/data/HealthRepository';
import { membershipIntegrity } from '../../src/model/health/membershipIntegrity';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import type { ISiteData, IStoredItem } from '../../tools/emulator/siteData';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';

jest.setTimeout(90_000);

const data: ISiteData = generateSampleCouncil({ seed: 2026, officers: 20000, services: 300 });
const owner = data.users.find((user) => user.role === 'owner');
const today = new Date('2026-11-23T12:00:00Z');

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data });
});

afterAll(() => emulator.close());

function spAs(userId: number | undefined = owner?.id): SPFI {
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders(userId === undefined ? {} : { 'X-Emulator-User': String(userId) }));
}

const stored = (list: 'Officers' | 'Members' | 'CommitteeMemberships' | 'BriefingItems'): readonly IStoredItem[] => emulator.store.items(list);

describe('HealthRepository on the emulator with 20,000 officers', () => {
  it('reads every item of the six lists in one $batch plus one GET per further 5,000, mapping blanks as blanks', async () => {
    const before = emulator.stats();
    const snapshot = await new HealthRepository(spAs(), { now: () => today }).load();
    const after = emulator.stats();

    expect(after.batchRequests - before.batchRequests).toBe(1);
    // The form digest (outside SPFx, before the first POST), the $batch, officer pages 2-4.
    expect(after.apiRequests - before.apiRequests).toBe(5);
    expect(snapshot.data.officers.map((officer) => officer.id)).toEqual(stored('Officers').map((item) => item.Id));
    expect(snapshot.data.members).toHaveLength(stored('Members').length);
    expect(snapshot.data.memberships).toHaveLength(stored('CommitteeMemberships').length);
    expect(snapshot.data.briefingItems).toHaveLength(stored('BriefingItems').length);
    expect(snapshot.readAt).toBe(today);

    const neverReviewed = stored('Officers').find((item) => item.fields.LastReviewed === null || item.fields.LastReviewed === undefined);
    const reviewed = stored('Officers').find((item) => typeof item.fields.LastReviewed === 'string');
    expect(snapshot.data.officers.find((officer) => officer.id === neverReviewed?.Id)?.lastReviewed).toBeUndefined();
    expect(snapshot.data.officers.find((officer) => officer.id === reviewed?.Id)?.lastReviewed?.toISOString()).toBe(
      new Date(String(reviewed?.fields.LastReviewed)).toISOString()
    );
    const liaison = stored('Officers').find((item) => item.fields.IsLiaisonOfficer === true && typeof item.fields.LiaisonProfile === 'string');
    expect(snapshot.data.officers.find((officer) => officer.id === liaison?.Id)).toMatchObject({
      isLiaisonOfficer: true,
      liaisonProfileHtml: String(liaison?.fields.LiaisonProfile).trim(),
      serviceId: liaison?.fields.Service
    });
    const membership = stored('CommitteeMemberships')[0];
    expect(snapshot.data.memberships[0]).toMatchObject({ id: membership.Id, memberId: membership.fields.Member, committeeId: membership.fields.Committee });
    const former = stored('Members').find((item) => item.fields.IsCurrent === false);
    expect(snapshot.data.members.find((member) => member.id === former?.Id)?.isCurrent).toBe(false);
  });

  it('keeps the id of a lookup whose member was deleted, so the dangling membership is found', async () => {
    const sp = spAs();
    const membership = stored('CommitteeMemberships').find((item) => typeof item.fields.Member === 'number');
    const memberId = Number(membership?.fields.Member);
    await sp.web.lists.getByTitle('Members').items.getById(memberId).delete();

    const snapshot = await new HealthRepository(sp, { now: () => today }).load();
    const findings = membershipIntegrity(snapshot.data);
    expect(findings.find((finding) => finding.membership.id === membership?.Id)?.problems).toEqual(['deletedMember']);
  });

  it('counts a photo only when profiles would show it: on the tenant, not on another host', async () => {
    const withPhoto = stored('Members').filter((item) => item.fields.Photo !== null && item.fields.Photo !== undefined);
    const [onTenant, offTenant] = withPhoto;
    if (owner === undefined) throw new Error('the sample council has an owner');
    emulator.store.update('Members', offTenant.Id, { fields: { Photo: { fileName: 'photo.jpg', serverRelativeUrl: 'https://evil.invalid/photo.jpg' } } }, owner.id);

    const members = (await new HealthRepository(spAs(), { now: () => today }).load()).data.members;
    expect(members.find((member) => member.id === onTenant.Id)?.hasPhoto).toBe(true);
    expect(members.find((member) => member.id === offTenant.Id)?.hasPhoto).toBe(false);
  });

  it('tells an edit apart with one small GET: the change token moves when an item changes', async () => {
    const repository = new HealthRepository(spAs());
    const first = await repository.changeToken();
    expect(await repository.changeToken()).toBe(first);

    const officer = stored('Officers')[10];
    await spAs().web.lists.getByTitle('Officers').items.getById(officer.Id).update({ LastReviewed: '2026-11-23T00:00:00Z' });
    const before = emulator.stats();
    const changed = await repository.changeToken();
    expect(changed).not.toBe(first);
    expect(emulator.stats().apiRequests - before.apiRequests).toBe(1);
    expect(emulator.stats().batchRequests - before.batchRequests).toBe(0);
    expect((await repository.load()).changeToken).toBe(changed);
  });

  it('names the missing list when a site lacks one', async () => {
    const repository = new HealthRepository(spAs(), { listTitles: { BriefingItems: 'Briefing items (renamed)' } });
    const failure = await repository.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataError);
    expect(failure).toMatchObject({ kind: 'listNotFound', listTitle: 'Briefing items (renamed)' });
  });
});
