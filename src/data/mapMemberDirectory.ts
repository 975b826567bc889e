import { NAME_NOT_RECORDED } from '../model/nameNotRecorded';
import { MEMBER_TYPES, MEMBERSHIP_ROLES, PARTY_KINDS, PREFERRED_CONTACT_METHODS } from '../schema';
import type { ICommittee, ICommitteeMembership, IMember, IParty, IWard } from '../model/Member';
import {
  RawItem,
  readBoolean,
  readChoice,
  readDate,
  readHexColour,
  readHyperlink,
  readImageUrl,
  readLines,
  readLookupId,
  readMultiChoice,
  readNumber,
  readText,
  readUserEmail
} from './fieldReaders';

/**
 * SharePoint items → member directory types. Every field is optional on the way in:
 * a missing or malformed value becomes undefined (or the column's default), never an exception.
 */

/**
 * Columns each list query reads; the mappers below read exactly these. The member directory reads
 * only what its views show (tests/data/memberDirectoryColumns.node.test.ts): its `IsCurrent eq 1`
 * filter needs no `IsCurrent` in the $select, and `mapMember` then takes the column's default, true.
 */
export const MEMBER_COLUMNS = [
  'Id', 'Title', 'GivenName', 'Surname', 'MemberType', 'MemberAccount', 'Email', 'WorkPhone', 'MobilePhone',
  'PublicPhone', 'PublicAddress', 'Photo', 'Party', 'PoliticalGroup', 'Ward',
  'CabinetRole', 'Portfolio', 'AdditionalRoles', 'OutsideAppointments', 'Skills', 'Interests', 'Biography',
  'PreferredContact', 'ContactNotes', 'RegisterOfInterestsUrl', 'TermStart', 'TermEnd'
] as const;
export const PARTY_COLUMNS = ['Id', 'Title', 'ShortName', 'Colour', 'PartyKind'] as const;
export const WARD_COLUMNS = ['Id', 'Title', 'WardCode', 'District', 'Seats'] as const;
export const COMMITTEE_COLUMNS = ['Id', 'Title', 'CommitteeType', 'Description', 'WebPageUrl', 'IsActive'] as const;
export const MEMBERSHIP_COLUMNS = ['Id', 'Member', 'Committee', 'MembershipRole', 'StartDate', 'EndDate'] as const;

function readId(item: RawItem): number {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : Number(id) || 0;
}

/** Last word of a display name, for members whose Surname column is blank. */
function surnameFrom(displayName: string): string {
  const words = displayName.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 ? words[words.length - 1] : '';
}

export interface IMemberMappingContext {
  /** Absolute URL of a member item's Attachments folder, for photos stored as attachments. */
  readonly attachmentFolderUrl?: (itemId: number) => string | undefined;
}

export function mapMember(item: RawItem, context: IMemberMappingContext = {}): IMember {
  const id = readId(item);
  const givenName = readText(item, 'GivenName');
  const surnameColumn = readText(item, 'Surname');
  const name = readText(item, 'Title') ?? [givenName, surnameColumn].filter(Boolean).join(' ');
  // A nameless item still needs readable text on its card, link and heading.
  const displayName = name || readText(item, 'Email') || NAME_NOT_RECORDED;
  return {
    id,
    displayName,
    givenName,
    surname: surnameColumn ?? surnameFrom(name),
    // Blank (an item from before the column existed) is a councillor: the column's default.
    memberType: readChoice(item, 'MemberType', MEMBER_TYPES) ?? 'Councillor',
    accountEmail: readUserEmail(item, 'MemberAccount'),
    email: readText(item, 'Email'),
    workPhone: readText(item, 'WorkPhone'),
    mobilePhone: readText(item, 'MobilePhone'),
    publicPhone: readText(item, 'PublicPhone'),
    publicAddress: readText(item, 'PublicAddress'),
    photoUrl: readImageUrl(item, 'Photo', context.attachmentFolderUrl?.(id)),
    partyId: readLookupId(item, 'Party'),
    politicalGroupId: readLookupId(item, 'PoliticalGroup'),
    wardId: readLookupId(item, 'Ward'),
    cabinetRole: readText(item, 'CabinetRole'),
    portfolio: readText(item, 'Portfolio'),
    additionalRoles: readMultiChoice(item, 'AdditionalRoles'),
    outsideAppointments: readLines(item, 'OutsideAppointments'),
    skills: readLines(item, 'Skills'),
    interests: readLines(item, 'Interests'),
    biographyHtml: readText(item, 'Biography'),
    preferredContact: readChoice(item, 'PreferredContact', PREFERRED_CONTACT_METHODS) ?? 'Email',
    contactNotes: readText(item, 'ContactNotes'),
    registerOfInterestsUrl: readHyperlink(item, 'RegisterOfInterestsUrl'),
    termStart: readDate(item, 'TermStart'),
    termEnd: readDate(item, 'TermEnd'),
    isCurrent: readBoolean(item, 'IsCurrent', true)
  };
}

export function mapParty(item: RawItem): IParty {
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? '',
    shortName: readText(item, 'ShortName'),
    colour: readHexColour(item, 'Colour'),
    kind: readChoice(item, 'PartyKind', PARTY_KINDS) ?? 'Political party'
  };
}

export function mapWard(item: RawItem): IWard {
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? '',
    code: readText(item, 'WardCode'),
    district: readText(item, 'District'),
    seats: readSeats(item)
  };
}

/** A whole number of seats from 1 up; anything else is "not recorded". */
function readSeats(item: RawItem): number | undefined {
  const seats = readNumber(item, 'Seats');
  return seats !== undefined && Number.isInteger(seats) && seats >= 1 ? seats : undefined;
}

export function mapCommittee(item: RawItem): ICommittee {
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? '',
    type: readText(item, 'CommitteeType') ?? 'Committee',
    description: readText(item, 'Description'),
    webPageUrl: readHyperlink(item, 'WebPageUrl'),
    isActive: readBoolean(item, 'IsActive', true)
  };
}

/** Undefined when the item does not name both a member and a committee. */
export function mapMembership(item: RawItem): ICommitteeMembership | undefined {
  const memberId = readLookupId(item, 'Member');
  const committeeId = readLookupId(item, 'Committee');
  if (memberId === undefined || committeeId === undefined) return undefined;
  return {
    id: readId(item),
    memberId,
    committeeId,
    role: readChoice(item, 'MembershipRole', MEMBERSHIP_ROLES) ?? 'Member',
    startDate: readDate(item, 'StartDate'),
    endDate: readDate(item, 'EndDate')
  };
}

/** Started (or no start date) and not yet ended (or no end date) on the given day. */
export function isCurrentMembership(membership: ICommitteeMembership, today: Date): boolean {
  const startOfDay = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const endOfDay = startOfDay + 24 * 60 * 60 * 1000;
  if (membership.startDate && membership.startDate.getTime() >= endOfDay) return false;
  if (membership.endDate && membership.endDate.getTime() < startOfDay) return false;
  return true;
}
