import type { IBriefingItem } from './Briefing';
import type { IMember, IMemberDirectory, IParty, IWard } from './Member';
import { lookupsFor } from './memberLookups';
import { compareNames } from './uiLocale';
import type { IOfficerDirectory } from './Officer';
import { IPlacedBriefingItem, orderBriefingItems } from './orderBriefingItems';
import { IContactAction, orderContactActions } from './orderContactActions';
import { compareByName } from './sortMembers';
import { IServiceAnswer, serviceAnswer } from './whoToContact';

/** One of the ward's councillors as the sheet shows them. */
export interface IWardMemberContact {
  readonly member: IMember;
  readonly party?: IParty;
  /** The political group, when it differs from the party. */
  readonly group?: IParty;
  /** Cabinet role, then additional roles (group leader, champion…), as recorded. */
  readonly roles: readonly string[];
  /** Their ways to be contacted, preferred first. */
  readonly actions: readonly IContactAction[];
}

/** "Councillors and officers for Ward X, and who to call about what." */
export interface IWardContactSheet {
  readonly ward: IWard;
  /** Current members for the ward, surname A to Z. */
  readonly members: readonly IWardMemberContact[];
  /** The services shown, A to Z, each with its Councillor Liaison Officers and how it wants to be contacted. */
  readonly services: readonly IServiceAnswer[];
  /** This week's items tagged with the ward first, then those for all wards, each in briefing order. */
  readonly briefingItems: readonly IPlacedBriefingItem[];
}

/** The ward's current councillors, surname A to Z, with party, roles and contact actions in their preferred order. */
export function wardMembers(directory: IMemberDirectory, wardId: number): IWardMemberContact[] {
  const { parties } = lookupsFor(directory);
  return directory.members
    .filter((member) => member.isCurrent && member.wardId === wardId)
    .sort(compareByName)
    .map((member) => {
      const party = member.partyId === undefined ? undefined : parties.get(member.partyId);
      const group = member.politicalGroupId === undefined || member.politicalGroupId === member.partyId ? undefined : parties.get(member.politicalGroupId);
      const roles = [member.cabinetRole, ...member.additionalRoles].filter((role): role is string => Boolean(role && role.trim()));
      return { member, party, group, roles, actions: orderContactActions(member) };
    });
}

/**
 * This week's items for the ward: those tagged with it (whatever their category) first, then those
 * tagged with no ward ("All wards"); items for other wards only are left out. Order within each
 * part is the briefing's own (category, then sort order).
 */
export function wardBriefingItems(items: readonly IBriefingItem[], wardId: number): IPlacedBriefingItem[] {
  return orderBriefingItems(items, wardId)
    .flatMap((section) => section.items)
    .filter((entry) => entry.affectsReaderWard || entry.affectsAllWards);
}

/**
 * The services a sheet shows when the reader has not chosen: those this week's items for the
 * ward come from (tagged with the ward first), each once. All of a council's services would not
 * fit on two A4 pages; the reader adds any other service by name.
 */
export function defaultServiceIds(items: readonly IBriefingItem[], wardId: number): number[] {
  const ids: number[] = [];
  for (const entry of wardBriefingItems(items, wardId)) {
    const id = entry.item.service?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The chosen services that exist, A to Z, each with its liaison officers and its own contact details. */
export function wardServices(officers: IOfficerDirectory, serviceIds: readonly number[]): IServiceAnswer[] {
  const wanted = new Set(serviceIds);
  return officers.services
    .filter((service) => wanted.has(service.id))
    .sort((a, b) => compareNames(a.name, b.name) || a.id - b.id)
    .map((service) => serviceAnswer(officers, service));
}

export interface IWardContactSheetInput {
  readonly directory: IMemberDirectory;
  readonly officers: IOfficerDirectory;
  /** This week's briefing items (approved ones only reach readers). */
  readonly items: readonly IBriefingItem[];
  readonly wardId: number;
  /** The services the reader chose; undefined: the default (defaultServiceIds). */
  readonly serviceIds?: readonly number[];
}

/** The whole sheet for one ward; undefined when the ward is not (or no longer) in the Wards list. */
export function wardContactSheet(input: IWardContactSheetInput): IWardContactSheet | undefined {
  const ward = input.directory.wards.find((candidate) => candidate.id === input.wardId);
  if (!ward) return undefined;
  return {
    ward,
    members: wardMembers(input.directory, ward.id),
    services: wardServices(input.officers, input.serviceIds ?? defaultServiceIds(input.items, ward.id)),
    briefingItems: wardBriefingItems(input.items, ward.id)
  };
}
