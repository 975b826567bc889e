import { IListDefinition, ListKey } from './types';
import type { IRuntimeList } from './runtimeTypes';
import { wards } from './lists/wards';
import { parties } from './lists/parties';
import { members } from './lists/members';
import { committees } from './lists/committees';
import { committeeMemberships } from './lists/committeeMemberships';
import { services } from './lists/services';
import { officers } from './lists/officers';
import { briefings } from './lists/briefings';
import { briefingItems } from './lists/briefingItems';
import { briefingReceipts } from './lists/briefingReceipts';
import { hubSettings } from './lists/hubSettings';
import { enquiries } from './lists/enquiries';
import { enquiryUpdates } from './lists/enquiryUpdates';
import { enquiryClosureDays } from './lists/enquiryClosureDays';

export * from './types';
export type { IRuntimeField, IRuntimeList } from './runtimeTypes';
export { runtimeSchema } from './runtimeSchema.generated';
export { PARTY_KINDS } from './lists/parties';
export { PREFERRED_CONTACT_METHODS, ADDITIONAL_ROLES, MEMBER_TYPES } from './lists/members';
export { COMMITTEE_TYPES } from './lists/committees';
export { MEMBERSHIP_ROLES } from './lists/committeeMemberships';
export { STATUTORY_ROLES } from './lists/officers';
export type { StatutoryRole } from './lists/officers';
export { BRIEFING_CATEGORIES } from './lists/briefingItems';
export { RECEIPT_KINDS, MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING } from './lists/briefingReceipts';
export { WARD_WORDS, ENQUIRY_NATION_CHOICES, ACKNOWLEDGE_TARGET_RANGE, RESPOND_TARGET_RANGE } from './lists/hubSettings';
export { ENQUIRY_STATUSES } from './lists/enquiries';
export { ENQUIRY_UPDATE_KINDS } from './lists/enquiryUpdates';
export { selectFor, IListQueryShape } from './selectFor';
export { LEGACY_PRIVATE_COLUMNS, privateDetailIn, wordsOfColumnName } from './privateDetails';
export { personalDataColumns, IPersonalDataColumn } from './personalData';
export {
  COLUMN_RULES,
  columnRuleOf,
  listRuleAccepts,
  listValidationFormula,
  listValidationMessage,
  validationProblems,
  IColumnRule,
  IValidationProblem,
  ColumnRuleKind,
  ListRule
} from './validation';

/** Every list the product provisions, in dependency order (lookup targets first). */
export const allLists: readonly IListDefinition[] = [
  wards,
  parties,
  members,
  committees,
  committeeMemberships,
  services,
  officers,
  briefings,
  briefingItems,
  briefingReceipts,
  hubSettings,
  enquiries,
  enquiryUpdates,
  enquiryClosureDays
];

export const schema: Readonly<Record<ListKey, IListDefinition>> = {
  Wards: wards,
  Parties: parties,
  Members: members,
  Committees: committees,
  CommitteeMemberships: committeeMemberships,
  Services: services,
  Officers: officers,
  Briefings: briefings,
  BriefingItems: briefingItems,
  BriefingReceipts: briefingReceipts,
  HubSettings: hubSettings,
  Enquiries: enquiries,
  EnquiryUpdates: enquiryUpdates,
  EnquiryClosureDays: enquiryClosureDays
};

/** The built-in Title column, shared by every list. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** A column of a list, full (IListDefinition) or as the web parts read it (runtimeSchema). */
export function fieldOf<TList extends IRuntimeList>(list: TList, internalName: string): TList['fields'][number] | undefined {
  return list.fields.find((field) => field.internalName === internalName);
}
