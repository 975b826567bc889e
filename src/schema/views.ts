/**
 * The list views provisioned with each list, besides "All items": what admins open to do a job
 * (members by ward, officers due a review, liaison officers by service). Plain data; the
 * provisioning feature writes it as CAML (provisioning/viewXml.ts).
 *
 * A view on a list over the list view threshold must let SharePoint use an index: its first
 * filter is on an indexed column, and it sorts, groups and filters only by indexed columns
 * unless that first filter leaves fewer rows than the threshold (`expectedRows`).
 * `assertThresholdSafe` checks this when the assets are generated.
 */
import { IListDefinition, LIST_VIEW_THRESHOLD, ListKey } from './types';
import { lookupProjectionsOf } from './lookupProjections';

/** A value in a view's filter. `Today` is the day the view is opened, plus an offset in days. */
export type ViewValue =
  | { readonly type: 'Boolean'; readonly value: boolean }
  | { readonly type: 'Today'; readonly offsetDays: number }
  | { readonly type: 'Text'; readonly value: string };

export type ComparisonOperator = 'Eq' | 'Neq' | 'Lt' | 'Leq' | 'Gt' | 'Geq';

export type ViewCondition =
  | { readonly op: ComparisonOperator; readonly field: string; readonly value: ViewValue }
  | { readonly op: 'IsNull' | 'IsNotNull'; readonly field: string };

/** CAML's filter: comparisons, empty checks, and And/Or, which take exactly two conditions. */
export type ViewFilter = ViewCondition | { readonly op: 'And' | 'Or'; readonly conditions: readonly [ViewFilter, ViewFilter] };

export interface IViewSort {
  readonly field: string;
  readonly ascending: boolean;
}

export interface IViewDefinition {
  /** Name admins pick from the view menu. */
  readonly title: string;
  /** Page of the view inside the list folder, e.g. `CurrentByWard.aspx`. */
  readonly url: string;
  /** Internal names shown, in order; `LinkTitle` is the title linked to the item. */
  readonly columns: readonly string[];
  readonly filter?: ViewFilter;
  readonly orderBy: readonly IViewSort[];
  readonly groupBy?: { readonly field: string; readonly collapsed: boolean };
  /** Rows per page; every view is paged. */
  readonly rowLimit: number;
  /** How many rows the first filter leaves at the scale in the list's `expectedItems`. */
  readonly expectedRows?: number;
}

/** Columns SharePoint gives every list that views may show, filter or sort by. */
export const BUILT_IN_VIEW_COLUMNS: readonly string[] = [
  'ID',
  'LinkTitle',
  'Title',
  /** The pencil that opens the edit form, for lists whose title is optional. */
  'Edit',
  'Created',
  'Modified',
  'Author',
  'Editor',
  '_ModerationStatus'
];

/** SharePoint indexes the item id (the primary key) on every list. */
const ALWAYS_INDEXED = new Set(['ID']);

const TWELVE_MONTHS = -365;

export const LIST_VIEWS: Readonly<Partial<Record<ListKey, readonly IViewDefinition[]>>> = {
  Members: [
    {
      title: 'Current members by ward',
      url: 'CurrentByWard.aspx',
      columns: ['LinkTitle', 'Party', 'PartyColour', 'Email', 'WorkPhone', 'MobilePhone', 'PreferredContact', 'TermEnd'],
      filter: { op: 'Eq', field: 'IsCurrent', value: { type: 'Boolean', value: true } },
      groupBy: { field: 'Ward', collapsed: false },
      orderBy: [
        { field: 'Surname', ascending: true },
        { field: 'GivenName', ascending: true }
      ],
      rowLimit: 100
    },
    {
      title: 'Former members',
      url: 'Former.aspx',
      columns: ['LinkTitle', 'Ward', 'Party', 'TermStart', 'TermEnd'],
      filter: { op: 'Eq', field: 'IsCurrent', value: { type: 'Boolean', value: false } },
      orderBy: [{ field: 'TermEnd', ascending: false }],
      rowLimit: 50
    }
  ],
  Committees: [
    {
      title: 'Active committees',
      url: 'Active.aspx',
      columns: ['LinkTitle', 'CommitteeType', 'WebPageUrl'],
      filter: { op: 'Eq', field: 'IsActive', value: { type: 'Boolean', value: true } },
      orderBy: [{ field: 'Title', ascending: true }],
      rowLimit: 100
    }
  ],
  CommitteeMemberships: [
    {
      title: 'Current memberships by committee',
      url: 'CurrentByCommittee.aspx',
      columns: ['Edit', 'Member', 'MembershipRole', 'StartDate', 'EndDate'],
      filter: {
        op: 'Or',
        conditions: [
          { op: 'IsNull', field: 'EndDate' },
          { op: 'Geq', field: 'EndDate', value: { type: 'Today', offsetDays: 0 } }
        ]
      },
      groupBy: { field: 'Committee', collapsed: false },
      orderBy: [{ field: 'Member', ascending: true }],
      rowLimit: 100
    }
  ],
  Services: [
    {
      title: 'Missing contact guidance',
      url: 'MissingContactGuidance.aspx',
      columns: ['LinkTitle', 'Directorate', 'ServiceEmail', 'ServicePhone'],
      filter: { op: 'IsNull', field: 'HowToContact' },
      orderBy: [{ field: 'Title', ascending: true }],
      rowLimit: 50
    }
  ],
  Officers: [
    {
      // Officers never reviewed are not here: an "is empty" filter cannot use the index on a
      // list this size. The directory health web part lists them.
      title: 'Needs review',
      url: 'NeedsReview.aspx',
      columns: ['LinkTitle', 'JobTitle', 'Service', 'Email', 'LastReviewed'],
      filter: { op: 'Lt', field: 'LastReviewed', value: { type: 'Today', offsetDays: TWELVE_MONTHS } },
      orderBy: [{ field: 'LastReviewed', ascending: true }],
      rowLimit: 100
    },
    {
      title: 'Liaison officers',
      url: 'LiaisonOfficers.aspx',
      columns: ['LinkTitle', 'JobTitle', 'Email', 'Phone', 'LastReviewed'],
      filter: { op: 'Eq', field: 'IsLiaisonOfficer', value: { type: 'Boolean', value: true } },
      groupBy: { field: 'Service', collapsed: false },
      orderBy: [{ field: 'Title', ascending: true }],
      rowLimit: 100,
      // One or two per service, 300 services.
      expectedRows: 600
    }
  ],
  Briefings: [
    {
      title: 'Recent and upcoming',
      url: 'RecentAndUpcoming.aspx',
      columns: ['LinkTitle', 'WeekCommencing', '_ModerationStatus', 'Summary'],
      filter: { op: 'Geq', field: 'WeekCommencing', value: { type: 'Today', offsetDays: -91 } },
      orderBy: [{ field: 'WeekCommencing', ascending: false }],
      rowLimit: 30
    }
  ],
  BriefingItems: [
    {
      title: 'Latest by briefing',
      url: 'LatestByBriefing.aspx',
      columns: ['LinkTitle', 'Category', 'Service', 'Wards', 'IsConfidential', 'SortOrder', '_ModerationStatus'],
      groupBy: { field: 'Briefing', collapsed: false },
      orderBy: [{ field: 'ID', ascending: false }],
      rowLimit: 100
    }
  ]
};

export function viewsOf(list: IListDefinition): readonly IViewDefinition[] {
  return LIST_VIEWS[list.key] ?? [];
}

/** Fields a filter names, first condition first. */
export function filterFields(filter: ViewFilter | undefined): string[] {
  if (!filter) return [];
  return 'conditions' in filter ? filter.conditions.flatMap(filterFields) : [filter.field];
}

function firstCondition(filter: ViewFilter): ViewCondition {
  return 'conditions' in filter ? firstCondition(filter.conditions[0]) : filter;
}

function hasEmptyCheck(filter: ViewFilter | undefined): boolean {
  if (!filter) return false;
  if ('conditions' in filter) return filter.conditions.some(hasEmptyCheck);
  return filter.op === 'IsNull' || filter.op === 'IsNotNull';
}

function isIndexed(list: IListDefinition, name: string): boolean {
  return ALWAYS_INDEXED.has(name) || list.fields.some((field) => field.internalName === name && field.indexed === true);
}

/** Throws when the view names a column the list does not have. */
export function assertViewColumns(list: IListDefinition, view: IViewDefinition): void {
  const known = new Set([
    ...BUILT_IN_VIEW_COLUMNS,
    ...list.fields.map((field) => field.internalName),
    ...lookupProjectionsOf(list).map(({ projection }) => projection.internalName)
  ]);
  const named = [...view.columns, ...filterFields(view.filter), ...view.orderBy.map((sort) => sort.field), ...(view.groupBy ? [view.groupBy.field] : [])];
  const unknown = named.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`View '${view.title}' on '${list.key}' names ${unknown.join(', ')}, which the list does not have.`);
  }
  if (view.rowLimit < 1 || view.rowLimit > LIST_VIEW_THRESHOLD) {
    throw new Error(`View '${view.title}' on '${list.key}' shows ${view.rowLimit} rows a page; use 1 to ${LIST_VIEW_THRESHOLD}.`);
  }
}

/**
 * Throws unless SharePoint can serve the view from an index when the list is over the threshold.
 * Small lists are always safe.
 */
export function assertThresholdSafe(list: IListDefinition, view: IViewDefinition): void {
  if (list.expectedItems <= LIST_VIEW_THRESHOLD) return;
  const fail = (reason: string): never => {
    throw new Error(`View '${view.title}' on '${list.key}' (${list.expectedItems} items) would trip the list view threshold: ${reason}`);
  };
  if (hasEmptyCheck(view.filter)) fail('an "is empty" filter cannot be answered from an index.');
  if (view.filter && !isIndexed(list, firstCondition(view.filter).field)) {
    fail(`its first filter, on '${firstCondition(view.filter).field}', is not on an indexed column.`);
  }
  const narrowed = view.filter !== undefined && view.expectedRows !== undefined && view.expectedRows <= LIST_VIEW_THRESHOLD;
  if (narrowed) return;
  const used = [...filterFields(view.filter), ...view.orderBy.map((sort) => sort.field), ...(view.groupBy ? [view.groupBy.field] : [])];
  const unindexed = used.filter((name) => !isIndexed(list, name));
  if (unindexed.length > 0) {
    fail(`it filters, sorts or groups by ${unindexed.join(', ')}, which are not indexed, and no indexed filter narrows it first.`);
  }
}
