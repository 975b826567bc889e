import type { ListKey } from '../../schema';

/** The lists member briefings read, in the order the property pane offers them. */
export const MEMBER_BRIEFINGS_LISTS = ['Briefings', 'BriefingItems', 'Members', 'Wards'] as const satisfies readonly ListKey[];
export type MemberBriefingsListKey = (typeof MEMBER_BRIEFINGS_LISTS)[number];
