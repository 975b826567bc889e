import type { ListKey } from '../../schema';
import type { ListTitleProperties } from '../shared/listTitles';

/** The lists the officer directory reads, in the order the property pane offers them. */
export const OFFICER_DIRECTORY_LISTS = ['Officers', 'Services'] as const satisfies readonly ListKey[];
export type OfficerDirectoryListKey = (typeof OFFICER_DIRECTORY_LISTS)[number];
export type OfficerDirectoryListTitleProperties = ListTitleProperties<OfficerDirectoryListKey>;
