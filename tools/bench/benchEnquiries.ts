/**
 * The bench's Enquiries list at scale: the sample council (which holds a handful) filled to `count` enquiries, each
 * with one update, in the (member, service) folders with the permissions the deployment gives
 * (docs/enquiries-permissions.md), so the emulator sends a member only their own rows and an officer only their
 * service's. 20,000 a year (issue #19): `count` / 20,000 years of them, newest at the anchor date. A third go to
 * Highways, a third to Planning and Development (the two services that take enquiries in the sample council, each
 * with its officer group), a third to ten other services (member-only folders, as a service without a group would
 * have); the last fortnight's are open (about 800 at 20,000 a year), the rest closed 5–12 days after they came in.
 * Who the bench signs in as: a current member with enquiries, and a liaison officer in the Highways group.
 */
import { enquiryFolderName } from '../../src/schema/enquiryAccess';
import { RoleDefinitionIds } from '../emulator/scopes';
import { ModerationStatus, type ISiteData, type IStoredFolder, type IStoredItem, type IStoredRoleAssignment } from '../emulator/siteData';

export const ENQUIRIES_A_YEAR = 20_000;
const DAY_MS = 86_400_000;
const OPEN_DAYS = 14;
/** The site's Owners group (tools/emulator/shape/principalEntities.ts). */
const OWNERS_GROUP_ID = 3;
const OTHER_SERVICES = 10;

export interface IBenchEnquiries {
  readonly data: ISiteData;
  /** Enquiries in the list (the sample's own and the seeded). */
  readonly enquiries: number;
  /** The member the My enquiries view signs in as, and how many enquiries are theirs. */
  readonly member: { readonly userId: number; readonly title: string; readonly enquiries: number };
  /** The Highways liaison officer the queue signs in as, and how many Highways enquiries are open. */
  readonly officer: { readonly userId: number; readonly title: string; readonly openInQueue: number };
}

function stamp(id: number, received: number, authorId: number, editorId: number): Omit<IStoredItem, 'fields' | 'folder'> {
  const created = new Date(received).toISOString();
  return { Id: id, Created: created, Modified: created, AuthorId: authorId, EditorId: editorId, version: 1, moderationStatus: ModerationStatus.Approved };
}

export function withBenchEnquiries(base: ISiteData, count: number, anchorDate: string): IBenchEnquiries {
  const security = base.security;
  if (!security) throw new Error('The sample council has no enquiry permissions to seed into.');
  const services = base.lists.Services;
  const serviceId = (title: string): number => services.find((item) => item.fields.Title === title)?.Id ?? -1;
  const highways = serviceId('Highways');
  const planning = serviceId('Planning and Development');
  const groupOf = (title: string): { id: number; memberIds: readonly number[] } | undefined => security.groups.find((group) => group.title.endsWith(title));
  const highwaysGroup = groupOf('Highways');
  if (highways < 0 || planning < 0 || !highwaysGroup) throw new Error('The sample council has no Highways or Planning enquiry service.');
  const others = services.filter((item) => item.Id !== highways && item.Id !== planning).slice(0, OTHER_SERVICES).map((item) => item.Id);
  const memberLevel = security.roleDefinitions[0]?.id ?? RoleDefinitionIds.contribute;
  const members = base.lists.Members.filter((item) => item.fields.IsCurrent === true && typeof item.fields.MemberAccount === 'number').map((item) => ({
    itemId: item.Id,
    userId: Number(item.fields.MemberAccount),
    wardId: typeof item.fields.Ward === 'number' ? item.fields.Ward : null
  }));
  if (members.length === 0) throw new Error('The sample council has no current members with accounts.');
  const highwaysOfficers = base.lists.Officers.filter((item) => item.fields.Service === highways && highwaysGroup.memberIds.includes(Number(item.fields.OfficerAccount)));
  const liaison = highwaysOfficers.find((item) => item.fields.IsLiaisonOfficer === true) ?? highwaysOfficers[0];
  const officerId = liaison ? Number(liaison.fields.OfficerAccount) : highwaysGroup.memberIds[0];

  const existing = base.lists.Enquiries;
  const enquiryFolders = security.folders.Enquiries ?? [];
  const folders = new Map<string, IStoredFolder>(enquiryFolders.map((folder) => [folder.name, folder]));
  const scopes: Record<string, readonly IStoredRoleAssignment[]> = { ...(security.uniqueScopes.Enquiries ?? {}) };
  const adding = Math.max(0, count - existing.length);
  const maxId = Math.max(0, ...existing.map((item) => item.Id), ...base.lists.EnquiryUpdates.map((item) => item.Id), ...enquiryFolders.map((folder) => folder.id));
  // New folders after the new items and updates, so that no folder shares an id with an item of its list.
  let nextFolderId = maxId + adding + 1;
  const newFolders: IStoredFolder[] = [];
  const owner = base.users.find((user) => user.role === 'owner')?.id ?? officerId;
  const folderFor = (memberItemId: number, memberUserId: number, service: number): string => {
    const name = enquiryFolderName(memberItemId, service);
    if (!folders.has(name)) {
      const folder = { id: nextFolderId++, name, authorId: owner };
      folders.set(name, folder);
      newFolders.push(folder);
      scopes[String(folder.id)] = [
        { principalId: memberUserId, roleDefId: memberLevel },
        { principalId: OWNERS_GROUP_ID, roleDefId: RoleDefinitionIds.fullControl }
      ];
    }
    return name;
  };

  const anchor = Date.parse(`${anchorDate}T12:00:00Z`);
  const spanDays = Math.max(1, Math.round((count / ENQUIRIES_A_YEAR) * 365));
  const enquiries: IStoredItem[] = [];
  const updates: IStoredItem[] = [];
  let openInQueue = 0;
  for (let index = 0; index < adding; index++) {
    const id = maxId + 1 + index;
    const member = members[index % members.length];
    const service = index % 3 === 0 ? highways : index % 3 === 1 ? planning : others[index % others.length] ?? highways;
    const ageDays = Math.floor((index * spanDays) / adding);
    const received = anchor - ageDays * DAY_MS - (index % 8) * 3_600_000;
    const open = ageDays < OPEN_DAYS;
    const status = !open ? 'Closed' : ageDays < 2 ? 'Received' : index % 5 === 0 ? 'Responded' : 'Acknowledged';
    if (open && service === highways) openInQueue++;
    const assigned = service === highways && status !== 'Received' ? officerId : null;
    const folder = folderFor(member.itemId, member.userId, service);
    enquiries.push({
      ...stamp(id, received, member.userId, assigned ?? member.userId),
      fields: {
        Title: `Enquiry ${id}: street lighting on route ${index % 97}`,
        Details: 'Residents report the problem has lasted several weeks and ask when it will be put right.',
        Member: member.userId,
        Service: service,
        Ward: member.wardId,
        EnquiryLocation: null,
        ConstituentReference: null,
        EnquiryStatus: status,
        AssignedOfficer: assigned,
        ReceivedDate: null,
        AcknowledgedDate: status === 'Received' ? null : new Date(received + DAY_MS).toISOString(),
        DueDate: `${new Date(received + 14 * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`,
        RespondedDate: status === 'Closed' || status === 'Responded' ? new Date(received + (5 + (index % 6)) * DAY_MS).toISOString() : null,
        ClosedDate: status === 'Closed' ? new Date(received + (5 + (index % 8)) * DAY_MS).toISOString() : null,
        LoggedOnBehalf: false
      },
      folder
    });
    if (status !== 'Received') {
      updates.push({
        ...stamp(id, received + DAY_MS, assigned ?? owner, assigned ?? owner),
        fields: { Title: 'Update', Enquiry: id, EnquiryMember: member.userId, UpdateKind: 'Update', UpdateBody: 'Thank you: we have logged this and will reply within ten working days.' },
        folder
      });
    }
  }

  const updateFolders = security.folders.EnquiryUpdates ?? [];
  const data: ISiteData = {
    ...base,
    lists: { ...base.lists, Enquiries: [...existing, ...enquiries], EnquiryUpdates: [...base.lists.EnquiryUpdates, ...updates] },
    security: {
      ...security,
      folders: { ...security.folders, Enquiries: [...enquiryFolders, ...newFolders], EnquiryUpdates: [...updateFolders, ...newFolders] },
      uniqueScopes: {
        ...security.uniqueScopes,
        Enquiries: scopes,
        EnquiryUpdates: { ...(security.uniqueScopes.EnquiryUpdates ?? {}), ...Object.fromEntries(newFolders.map((folder) => [String(folder.id), scopes[String(folder.id)]])) }
      }
    }
  };
  const first = members[0];
  const userTitle = (id: number): string => base.users.find((user) => user.id === id)?.title ?? String(id);
  return {
    data,
    enquiries: existing.length + adding,
    member: { userId: first.userId, title: userTitle(first.userId), enquiries: data.lists.Enquiries.filter((item) => item.fields.Member === first.userId).length },
    officer: { userId: officerId, title: userTitle(officerId), openInQueue }
  };
}
