import { IListDefinition, LIST_VIEW_THRESHOLD, schema, selectFor } from '../schema';
import type { ICommitteeMembership, IMemberDirectory } from '../model/Member';
import { attachmentFolderUrl } from './attachmentFolderUrl';
import type { IMemberRepository } from './IMemberRepository';
import { toDataError } from './DataError';
import type { RawItem } from './fieldReaders';
import {
  COMMITTEE_COLUMNS,
  isCurrentMembership,
  mapCommittee,
  mapMember,
  mapMembership,
  mapParty,
  mapWard,
  MEMBER_COLUMNS,
  MEMBERSHIP_COLUMNS,
  PARTY_COLUMNS,
  WARD_COLUMNS
} from './mapMemberDirectory';
import type { IItems, SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';
import { readRestById } from './readRestById';

type DirectoryListKey = 'Members' | 'Parties' | 'Wards' | 'Committees' | 'CommitteeMemberships';

export interface IMemberRepositoryOptions {
  /** List titles where a site names them differently; defaults come from src/schema. */
  readonly listTitles?: Partial<Record<DirectoryListKey, string>>;
  /** "Today" for deciding which committee memberships are current. */
  readonly today?: () => Date;
}

/** A query over one list: which columns, which filter. */
interface IListQuery {
  readonly key: DirectoryListKey;
  readonly columns: readonly string[];
  /** Only on indexed columns, so the query stays safe past the list view threshold. */
  readonly filter?: string;
}

const QUERIES: Readonly<Record<DirectoryListKey, IListQuery>> = {
  Members: { key: 'Members', columns: MEMBER_COLUMNS, filter: 'IsCurrent eq 1' },
  Parties: { key: 'Parties', columns: PARTY_COLUMNS },
  Wards: { key: 'Wards', columns: WARD_COLUMNS },
  Committees: { key: 'Committees', columns: COMMITTEE_COLUMNS, filter: 'IsActive eq 1' },
  // EndDate is not indexed, so "current" is decided here rather than in a $filter that
  // would fail once the list passes 5,000 items; an unfiltered read by ID never does.
  CommitteeMemberships: { key: 'CommitteeMemberships', columns: MEMBERSHIP_COLUMNS }
};

/** Reads the member directory from the lists' site, in one $batch request. */
export class MemberRepository implements IMemberRepository {
  private readonly _titles: Readonly<Record<DirectoryListKey, string>>;
  private readonly _today: () => Date;

  public constructor(private readonly _sp: SPFI, options: IMemberRepositoryOptions = {}) {
    const titleOf = (key: DirectoryListKey): string => options.listTitles?.[key] ?? schema[key].title;
    this._titles = {
      Members: titleOf('Members'),
      Parties: titleOf('Parties'),
      Wards: titleOf('Wards'),
      Committees: titleOf('Committees'),
      CommitteeMemberships: titleOf('CommitteeMemberships')
    };
    this._today = options.today ?? (() => new Date());
  }

  public async loadDirectory(): Promise<IMemberDirectory> {
    const [members, parties, wards, committees, membershipPage] = await readInOneBatch(this._sp, (batched) => {
      const read = (key: DirectoryListKey): Promise<RawItem[]> => this._readList(this._query(batched, QUERIES[key]), key);
      return Promise.all([read('Members'), read('Parties'), read('Wards'), read('Committees'), read('CommitteeMemberships')]);
    });
    const membershipItems = await this._restOfList('CommitteeMemberships', membershipPage);

    const memberContext = { attachmentFolderUrl: attachmentFolderUrl(this._sp, 'Members') };
    const mappedMembers = members.map((item) => mapMember(item, memberContext));
    const mappedCommittees = committees.map(mapCommittee);
    const memberIds = new Set(mappedMembers.map((member) => member.id));
    const committeeIds = new Set(mappedCommittees.map((committee) => committee.id));
    const today = this._today();
    const memberships = membershipItems
      .map(mapMembership)
      .filter((membership): membership is ICommitteeMembership => membership !== undefined)
      .filter(
        (membership) =>
          memberIds.has(membership.memberId) && committeeIds.has(membership.committeeId) && isCurrentMembership(membership, today)
      );

    return {
      members: mappedMembers,
      parties: parties.map(mapParty),
      wards: wards.map(mapWard),
      committees: mappedCommittees,
      memberships
    };
  }

  private _query(sp: SPFI, query: IListQuery): IItems {
    const definition: IListDefinition = schema[query.key];
    const shape = selectFor(definition, query.columns);
    let items = sp.web.lists.getByTitle(this._titles[query.key]).items.select(...shape.select);
    if (shape.expand.length > 0) items = items.expand(...shape.expand);
    if (query.filter) items = items.filter(query.filter);
    return items.top(LIST_VIEW_THRESHOLD);
  }

  private async _readList(items: IItems, key: DirectoryListKey): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }

  private _restOfList(key: DirectoryListKey, firstPage: RawItem[]): Promise<RawItem[]> {
    return readRestById(firstPage, (lastId) => this._readList(this._query(this._sp, QUERIES[key]).skip(lastId), key));
  }
}
