/**
 * Member enquiries (docs/enquiries-permissions.md): two services take them (Highways, Planning and
 * Development), each with its officer group; every current member with an account has a folder per
 * service in Enquiries and EnquiryUpdates with unique permissions, as the deployment makes them; two
 * members have a handful of enquiries, one logged for them by Democratic Services, with officers' updates. Each
 * such service also has a folder for its internal notes in EnquiryUpdates (its officers and Democratic Services only).
 */
import { defaultEnquiryGroupName, ENQUIRY_SETTINGS_LISTS, enquiryFolderName, MEMBER_ENQUIRY_LEVEL, serviceNotesFolderName } from '../../src/schema/enquiryAccess';
import type { ISiteSecurity, ISiteUser, IStoredFolder, IStoredItem, IStoredRoleAssignment, StoredValue } from '../emulator/siteData';
import { LIST_SCOPE_ID, RoleDefinitionIds, SITE_ROLE_ASSIGNMENTS } from '../emulator/scopes';
import { ICouncilContext, stampFor } from './context';
import type { IMember } from './members';
import { storedItem } from './siteBuilder';
import { DayNumber, storedDateOnly, storedDateTime } from './ukDate';

export const ENQUIRY_SERVICE_TITLES = ['Highways', 'Planning and Development'] as const;

/** The custom level's id on the sample site (SharePoint numbers custom levels from 1073741924 up). */
const MEMBER_LEVEL_ID = 1073741925;
/**
 * Ids of the services' notes folders in EnquiryUpdates: above any item the sample council has or its preview
 * adds (folders share the items' ids), so the existing folders and items keep theirs.
 */
const NOTES_FOLDER_IDS_FROM = 900000;
/** The site's Owners group (tools/emulator/shape/principalEntities.ts). */
const OWNERS_GROUP_ID = 3;

/**
 * The enquiry settings lists as `npm run deploy` leaves them (tools/deploy/settingsLists.ts): the site's
 * assignments copied, the owners (Democratic Services) keeping Full Control, everyone else Read.
 */
function settingsListAssignments(): IStoredRoleAssignment[] {
  return SITE_ROLE_ASSIGNMENTS.map((assignment) =>
    assignment.principalId === OWNERS_GROUP_ID ? assignment : { principalId: assignment.principalId, roleDefId: RoleDefinitionIds.read }
  );
}

export interface IBuiltEnquiries {
  readonly services: IStoredItem[];
  readonly enquiries: IStoredItem[];
  readonly updates: IStoredItem[];
  readonly security: ISiteSecurity;
}

interface IEnquirySeed {
  readonly subject: string;
  readonly details: string;
  readonly service: (typeof ENQUIRY_SERVICE_TITLES)[number];
  readonly daysAgo: number;
  readonly status: 'Received' | 'Acknowledged' | 'Responded' | 'Closed';
  readonly location?: string;
  readonly loggedByDemocraticServices?: boolean;
}

const SEEDS: readonly (readonly IEnquirySeed[])[] = [
  [
    { subject: 'Pothole outside the primary school', details: 'A deep pothole by the school crossing; parents report near misses at drop-off.', service: 'Highways', daysAgo: 1, status: 'Received', location: 'Church Lane, by the school crossing' },
    { subject: 'Street light out for three weeks', details: 'Column 14 has been dark for three weeks; residents feel unsafe walking home.', service: 'Highways', daysAgo: 9, status: 'Acknowledged', location: 'Mill Road, column 14' },
    { subject: 'Progress of the depot planning application', details: 'Residents ask when the committee will consider the depot application and how to comment.', service: 'Planning and Development', daysAgo: 20, status: 'Closed' }
  ],
  [
    { subject: 'Blocked drain flooding the road', details: 'Logged by phone: the drain floods the road after every heavy shower.', service: 'Highways', daysAgo: 4, status: 'Acknowledged', location: 'Station Road, near the bus stop', loggedByDemocraticServices: true },
    { subject: 'Conditions on the quarry extension', details: 'Which conditions on lorry hours apply to the quarry extension, and who enforces them?', service: 'Planning and Development', daysAgo: 14, status: 'Responded' }
  ]
];

function folderAssignments(memberUserId: number, groupId: number, democraticServices: number): IStoredRoleAssignment[] {
  return [
    // breakRoleInheritance(false) leaves the account that ran it (Democratic Services) with Full Control.
    { principalId: democraticServices, roleDefId: RoleDefinitionIds.fullControl },
    { principalId: memberUserId, roleDefId: MEMBER_LEVEL_ID },
    { principalId: groupId, roleDefId: RoleDefinitionIds.contribute },
    { principalId: OWNERS_GROUP_ID, roleDefId: RoleDefinitionIds.fullControl }
  ];
}

export function buildEnquiries(
  context: ICouncilContext,
  input: { readonly services: readonly IStoredItem[]; readonly officers: readonly IStoredItem[]; readonly members: readonly IMember[]; readonly users: readonly ISiteUser[] }
): IBuiltEnquiries {
  const democraticServices = context.admins.democraticServices;
  let nextGroupId = Math.max(...input.users.map((user) => user.id)) + 1;
  const groups: { id: number; title: string; description: string; memberIds: number[] }[] = [];
  const serviceIds = new Map<string, { id: number; groupId: number; officerIds: number[] }>();
  const services = input.services.map((item) => {
    const title = String(item.fields.Title);
    if (!(ENQUIRY_SERVICE_TITLES as readonly string[]).includes(title)) return item;
    const groupTitle = defaultEnquiryGroupName(title);
    const officerIds = input.officers
      .filter((officer) => officer.fields.Service === item.Id && typeof officer.fields.OfficerAccount === 'number')
      .map((officer) => Number(officer.fields.OfficerAccount));
    const groupId = nextGroupId++;
    groups.push({ id: groupId, title: groupTitle, description: `Officers who answer members' enquiries to ${title}.`, memberIds: officerIds });
    serviceIds.set(title, { id: item.Id, groupId, officerIds });
    return { ...item, fields: { ...item.fields, TakesEnquiries: true, EnquiryGroup: groupTitle } };
  });

  const current = input.members.filter((member) => member.isCurrent && member.userId !== null);
  const folders: IStoredFolder[] = [];
  const scopes: Record<string, IStoredRoleAssignment[]> = {};
  let nextId = 1;
  for (const member of current) {
    for (const title of ENQUIRY_SERVICE_TITLES) {
      const service = serviceIds.get(title);
      if (!service || member.userId === null) continue;
      const id = nextId++;
      folders.push({ id, name: enquiryFolderName(member.id, service.id), authorId: democraticServices });
      scopes[String(id)] = folderAssignments(member.userId, service.groupId, democraticServices);
    }
  }

  const enquiries: IStoredItem[] = [];
  const updates: IStoredItem[] = [];
  let nextEnquiryId = nextId;
  let nextUpdateId = nextId;
  const day = (daysAgo: number): DayNumber => context.today - daysAgo;
  current.slice(0, SEEDS.length).forEach((member, index) => {
    for (const seed of SEEDS[index]) {
      const service = serviceIds.get(seed.service);
      if (!service || member.userId === null) continue;
      const officer = service.officerIds[index % Math.max(1, service.officerIds.length)] ?? democraticServices;
      const folder = enquiryFolderName(member.id, service.id);
      const received = day(seed.daysAgo);
      const author = seed.loggedByDemocraticServices ? democraticServices : member.userId;
      const progressed = seed.status !== 'Received';
      const responded = seed.status === 'Responded' || seed.status === 'Closed';
      const fields: Record<string, StoredValue> = {
        Title: seed.subject,
        Details: seed.details,
        Member: member.userId,
        Service: service.id,
        Ward: member.wardId,
        EnquiryLocation: seed.location ?? null,
        ConstituentReference: null,
        EnquiryStatus: seed.status,
        AssignedOfficer: progressed ? officer : null,
        ReceivedDate: seed.loggedByDemocraticServices ? storedDateTime(received, 9, 30) : null,
        AcknowledgedDate: progressed ? storedDateTime(received + 1, 10, 15) : null,
        DueDate: storedDateOnly(received + 14),
        RespondedDate: responded ? storedDateTime(received + 8, 15, 0) : null,
        ClosedDate: seed.status === 'Closed' ? storedDateTime(received + 10, 11, 0) : null,
        LoggedOnBehalf: seed.loggedByDemocraticServices === true
      };
      const enquiryId = nextEnquiryId++;
      enquiries.push({ ...storedItem(enquiryId, stampFor(context, received, author, { editedAfterDays: progressed ? 1 : 0, editorId: officer }), fields), folder });
      const update = (kind: string, body: string, authorId: number, afterDays: number): void => {
        updates.push({
          ...storedItem(nextUpdateId++, stampFor(context, received + afterDays, authorId), { Title: kind, Enquiry: enquiryId, EnquiryMember: member.userId, UpdateKind: kind, UpdateBody: body }),
          folder
        });
      };
      if (progressed) update('Update', 'Thank you: we have logged this and an inspector will visit this week.', officer, 1);
      if (responded) update('Response', 'We have looked into this; the full answer is below and in the member\u2019s inbox.', officer, 8);
      if (seed.status === 'Closed') update('Member reply', 'Thank you, residents are content.', member.userId, 10);
    }
  });

  // Each service's internal notes: its officers and Democratic Services, never a member.
  const notesFolders: IStoredFolder[] = [];
  const updateScopes: Record<string, IStoredRoleAssignment[]> = { ...scopes };
  for (const title of ENQUIRY_SERVICE_TITLES) {
    const service = serviceIds.get(title);
    if (!service) continue;
    const id = NOTES_FOLDER_IDS_FROM + service.id;
    notesFolders.push({ id, name: serviceNotesFolderName(service.id), authorId: democraticServices });
    updateScopes[String(id)] = [
      { principalId: democraticServices, roleDefId: RoleDefinitionIds.fullControl },
      { principalId: service.groupId, roleDefId: RoleDefinitionIds.contribute },
      { principalId: OWNERS_GROUP_ID, roleDefId: RoleDefinitionIds.fullControl }
    ];
  }

  return {
    services,
    enquiries,
    updates,
    security: {
      folders: { Enquiries: folders, EnquiryUpdates: [...folders, ...notesFolders] },
      uniqueScopes: {
        Enquiries: scopes,
        EnquiryUpdates: updateScopes,
        ...Object.fromEntries(ENQUIRY_SETTINGS_LISTS.map((list) => [list, { [String(LIST_SCOPE_ID)]: settingsListAssignments() }]))
      },
      groups,
      roleDefinitions: [{ id: MEMBER_LEVEL_ID, name: MEMBER_ENQUIRY_LEVEL.name, description: MEMBER_ENQUIRY_LEVEL.description, low: MEMBER_ENQUIRY_LEVEL.low, high: 0 }]
    }
  };
}
