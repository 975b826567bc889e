import { LIST_VIEW_THRESHOLD, runtimeSchema, selectFor } from '../schema';
import type { ListKey } from '../schema';
import type { IBriefing, IBriefingItem } from '../model/Briefing';
import type { ICoverageMember } from '../model/briefingCoverage';
import type { IBriefingReceipt } from '../model/BriefingReceipt';
import { toDataError } from './DataError';
import { readNumber, type RawItem } from './fieldReaders';
import { BRIEFING_COLUMNS, BRIEFING_ITEM_COLUMNS, mapBriefing, mapBriefingItem } from './mapBriefing';
import { mapMember, mapParty, mapWard, PARTY_COLUMNS, WARD_COLUMNS } from './mapMemberDirectory';
import { mapReceipt } from './mapReceipt';
import type { IItems, SPFI } from './pnp';
import { briefingReceiptsFilter, RECEIPT_COLUMNS } from './receiptQueries';

const MEMBER_COVERAGE_COLUMNS = ['Id', 'Title', 'GivenName', 'Surname', 'Email', 'MemberAccount', 'Ward', 'PoliticalGroup', 'IsCurrent', 'MemberType'] as const;

/** How many recent published weeks the coverage report offers. */
export const COVERAGE_WEEKS = 12;

export interface IWeekCoverageData {
  readonly members: readonly ICoverageMember[];
  readonly receipts: readonly IBriefingReceipt[];
  readonly itemsAsking: readonly IBriefingItem[];
}

export interface ICoverageRepository {
  /** The latest published briefings, newest first. */
  recentBriefings(): Promise<readonly IBriefing[]>;
  /** Everything the coverage of one briefing needs: current members, every receipt, the items that ask. */
  week(briefingId: number): Promise<IWeekCoverageData>;
}

/**
 * Reads for Democratic Services' coverage report. Every receipt of a week is readable only to
 * site owners (item-level permissions); anyone else gets their own and the report says so by its
 * numbers. Members by the indexed IsCurrent, receipts and items by their indexed Briefing lookup.
 */
export class CoverageRepository implements ICoverageRepository {
  public constructor(private readonly sp: SPFI) {}

  public async recentBriefings(): Promise<readonly IBriefing[]> {
    const rows = await this.read('Briefings', (items) => items.orderBy('WeekCommencing', false).top(COVERAGE_WEEKS + 2), BRIEFING_COLUMNS);
    return rows
      .map(mapBriefing)
      .filter((briefing): briefing is IBriefing => briefing !== undefined && (briefing.approval === undefined || briefing.approval === 'approved'))
      .slice(0, COVERAGE_WEEKS);
  }

  public async week(briefingId: number): Promise<IWeekCoverageData> {
    const [memberRows, wardRows, partyRows, receiptRows, itemRows] = await Promise.all([
      this.read('Members', (items) => items.filter('IsCurrent eq 1').top(LIST_VIEW_THRESHOLD), MEMBER_COVERAGE_COLUMNS, ['MemberAccountId']),
      this.read('Wards', (items) => items.top(LIST_VIEW_THRESHOLD), WARD_COLUMNS),
      this.read('Parties', (items) => items.top(LIST_VIEW_THRESHOLD), PARTY_COLUMNS),
      this.read('BriefingReceipts', (items) => items.filter(briefingReceiptsFilter(briefingId)).top(LIST_VIEW_THRESHOLD), [], RECEIPT_COLUMNS),
      this.read('BriefingItems', (items) => items.filter(`BriefingId eq ${briefingId}`).top(LIST_VIEW_THRESHOLD), [...BRIEFING_ITEM_COLUMNS])
    ]);
    const wards = new Map(wardRows.map(mapWard).map((ward) => [ward.id, ward.name]));
    const groups = new Map(partyRows.map(mapParty).map((party) => [party.id, party.name]));
    // Weekly briefings are for the ward councillors; co-opted members and independent persons are not counted.
    const councillorRows = memberRows.filter((row) => mapMember(row).memberType === 'Councillor');
    const members = councillorRows.map((row): ICoverageMember => {
      const member = mapMember(row);
      return {
        member,
        accountId: readNumber(row, 'MemberAccountId'),
        wardName: (member.wardId !== undefined ? wards.get(member.wardId) : undefined) ?? '',
        groupName: groups.get(member.politicalGroupId ?? member.partyId ?? -1) ?? ''
      };
    });
    return {
      members,
      receipts: receiptRows.map(mapReceipt).filter((receipt): receipt is IBriefingReceipt => receipt !== undefined),
      itemsAsking: itemRows
        .map(mapBriefingItem)
        .filter((item): item is IBriefingItem => item !== undefined && item.needsAcknowledgement === true && (item.approval === undefined || item.approval === 'approved'))
    };
  }

  /** `columns` through selectFor (lookups expanded); `rawColumns` as SharePoint names them (`AuthorId`). */
  private async read(key: ListKey, shape: (items: IItems) => IItems, columns: readonly string[], rawColumns: readonly string[] = []): Promise<RawItem[]> {
    const list = runtimeSchema[key];
    try {
      const select = columns.length > 0 ? selectFor(list, columns) : { select: [], expand: [] };
      let items = this.sp.web.lists.getByTitle(list.title).items.select(...select.select, ...rawColumns);
      if (select.expand.length > 0) items = items.expand(...select.expand);
      const rows: unknown = await shape(items)();
      return Array.isArray(rows) ? (rows as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: list.title });
    }
  }
}
