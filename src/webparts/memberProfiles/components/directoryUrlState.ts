import type { MembershipRole, MemberType } from '../../../model/Member';
import type { MemberSort } from '../../../model/sortMembers';
import { MEMBERSHIP_ROLES } from '../../../schema';

export type DirectoryLayout = 'cards' | 'list';
export type DirectorySort = MemberSort;
export type DirectoryTab = 'members' | 'mailout' | 'committees';

/** What a shared link restores: the tab, search, filters, layout, sort and any open profile. */
export interface IDirectoryUrlState {
  readonly tab: DirectoryTab;
  readonly query: string;
  readonly partyIds: readonly number[];
  /** Political groups (a council group, distinct from the party). */
  readonly groupIds: readonly number[];
  readonly wardIds: readonly number[];
  readonly committeeId?: number;
  readonly committeeRole?: MembershipRole;
  readonly cabinetOnly: boolean;
  readonly responsibility?: string;
  /** Councillors, co-opted members, independent persons; empty means any. */
  readonly memberTypes: readonly MemberType[];
  /** Absent means "the layout the editor chose". */
  readonly layout?: DirectoryLayout;
  readonly sort: DirectorySort;
  readonly memberId?: number;
  readonly mailOutWardIds: readonly number[];
  readonly rosterCommitteeId?: number;
}

export const emptyDirectoryUrlState: IDirectoryUrlState = {
  tab: 'members',
  query: '',
  partyIds: [],
  groupIds: [],
  wardIds: [],
  cabinetOnly: false,
  memberTypes: [],
  sort: 'surname',
  mailOutWardIds: []
};

/** The filters an editor can show or hide; 'committee' covers the committee and its role. */
export type DirectoryFilter = 'party' | 'ward' | 'committee' | 'cabinet' | 'responsibility';
export const DIRECTORY_FILTERS: readonly DirectoryFilter[] = ['party', 'ward', 'committee', 'cabinet', 'responsibility'];
export type ShownFilters = Readonly<Record<DirectoryFilter, boolean>>;
export const ALL_FILTERS_SHOWN: ShownFilters = { party: true, ward: true, committee: true, cabinet: true, responsibility: true };

/**
 * The state without the filters the editor hid. A shared link made before a filter was hidden
 * (or made on another page) must not narrow the results with a filter readers cannot see or clear.
 */
export function withoutHiddenFilters(state: IDirectoryUrlState, shown: ShownFilters): IDirectoryUrlState {
  if (DIRECTORY_FILTERS.every((filter) => shown[filter])) return state;
  return {
    ...state,
    partyIds: shown.party ? state.partyIds : [],
    // The group filter belongs with the party filter: hiding one hides both.
    groupIds: shown.party ? state.groupIds : [],
    wardIds: shown.ward ? state.wardIds : [],
    committeeId: shown.committee ? state.committeeId : undefined,
    committeeRole: shown.committee ? state.committeeRole : undefined,
    cabinetOnly: shown.cabinet ? state.cabinetOnly : false,
    responsibility: shown.responsibility ? state.responsibility : undefined
  };
}

const KEYS = {
  tab: 'tab',
  query: 'q',
  party: 'party',
  group: 'group',
  ward: 'ward',
  committee: 'committee',
  role: 'role',
  cabinet: 'cabinet',
  responsibility: 'resp',
  memberType: 'type',
  layout: 'layout',
  sort: 'sort',
  member: 'member',
  mailOutWards: 'mailout',
  roster: 'roster'
} as const;

/**
 * What an editor may put before this directory's parameters ("b" makes "b.q", "b.party"…), so two
 * copies on one page keep their own state. Empty (the default) is the plain names shared links use.
 */
export function isUrlStatePrefix(value: string): boolean {
  return value === '' || /^[a-z0-9]{1,8}$/i.test(value);
}

function parameter(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

const TABS: readonly DirectoryTab[] = ['members', 'mailout', 'committees'];
const SORTS: readonly DirectorySort[] = ['surname', 'ward', 'party'];
const LAYOUTS: readonly DirectoryLayout[] = ['cards', 'list'];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Member types in a link: short words, so a shared address stays readable (`type=coopted,independent`). */
const MEMBER_TYPE_WORDS: ReadonlyArray<readonly [MemberType, string]> = [
  ['Councillor', 'councillor'],
  ['Co-opted member', 'coopted'],
  ['Independent person', 'independent']
];

function memberTypeList(value: string | null): MemberType[] {
  const words = new Set((value ?? '').split(',').map((word) => word.trim()));
  return MEMBER_TYPE_WORDS.filter(([, word]) => words.has(word)).map(([type]) => type);
}

function memberTypeWords(types: readonly MemberType[]): string {
  return MEMBER_TYPE_WORDS.filter(([type]) => types.includes(type)).map(([, word]) => word).join(',');
}

function positiveId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

function idList(value: string | null): number[] {
  if (!value) return [];
  const ids = value.split(',').map((part) => positiveId(part.trim()));
  return Array.from(new Set(ids.filter((id): id is number => id !== undefined)));
}

/**
 * Reads the directory state from a query string (its parameters named with `prefix`, if any);
 * anything unrecognised is ignored, never fatal.
 */
export function parseDirectoryUrlState(search: string, prefix = ''): IDirectoryUrlState {
  const params = new URLSearchParams(search);
  const get = (key: string): string | null => params.get(parameter(prefix, key));
  return {
    tab: oneOf(TABS, get(KEYS.tab)) ?? 'members',
    query: get(KEYS.query) ?? '',
    partyIds: idList(get(KEYS.party)),
    groupIds: idList(get(KEYS.group)),
    wardIds: idList(get(KEYS.ward)),
    committeeId: positiveId(get(KEYS.committee)),
    committeeRole: oneOf<MembershipRole>(MEMBERSHIP_ROLES, get(KEYS.role)),
    cabinetOnly: get(KEYS.cabinet) === '1',
    responsibility: get(KEYS.responsibility) || undefined,
    memberTypes: memberTypeList(get(KEYS.memberType)),
    layout: oneOf(LAYOUTS, get(KEYS.layout)),
    sort: oneOf(SORTS, get(KEYS.sort)) ?? 'surname',
    memberId: positiveId(get(KEYS.member)),
    mailOutWardIds: idList(get(KEYS.mailOutWards)),
    rosterCommitteeId: positiveId(get(KEYS.roster))
  };
}

/**
 * Writes the directory state into a query string, keeping parameters that belong to the page
 * (SharePoint adds its own, and another copy of the directory may have its own) and leaving
 * defaults out so shared links stay short.
 */
export function serialiseDirectoryUrlState(state: IDirectoryUrlState, currentSearch: string, prefix = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (key: string, value: string | undefined): void => {
    if (value) params.set(parameter(prefix, key), value);
    else params.delete(parameter(prefix, key));
  };
  set(KEYS.tab, state.tab === 'members' ? undefined : state.tab);
  set(KEYS.query, state.query.trim() ? state.query : undefined);
  set(KEYS.party, state.partyIds.join(','));
  set(KEYS.group, state.groupIds.join(','));
  set(KEYS.ward, state.wardIds.join(','));
  set(KEYS.committee, state.committeeId?.toString());
  set(KEYS.role, state.committeeRole);
  set(KEYS.cabinet, state.cabinetOnly ? '1' : undefined);
  set(KEYS.responsibility, state.responsibility);
  set(KEYS.memberType, memberTypeWords(state.memberTypes));
  set(KEYS.layout, state.layout);
  set(KEYS.sort, state.sort === 'surname' ? undefined : state.sort);
  set(KEYS.member, state.memberId?.toString());
  set(KEYS.mailOutWards, state.mailOutWardIds.join(','));
  set(KEYS.roster, state.rosterCommitteeId?.toString());
  const text = params.toString();
  return text ? `?${text}` : '';
}
