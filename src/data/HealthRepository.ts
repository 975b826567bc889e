import { BRIEFING_CATEGORIES, LIST_VIEW_THRESHOLD, PREFERRED_CONTACT_METHODS, runtimeSchema, selectFor, STATUTORY_ROLES } from '../schema';
import type { IHealthData, IHealthMembership } from '../model/health/healthData';
import { attachmentFolderUrl, webUrlOf } from './attachmentFolderUrl';
import { isOnCurrentSiteOrigin } from './listsSiteOrigin';
import { toDataError } from './DataError';
import { NAME_NOT_RECORDED } from '../model/nameNotRecorded';
import { RawItem, readBoolean, readChoice, readDate, readNumber, readText } from './fieldReaders';
import type { IHealthRepository, IHealthSnapshot } from './IHealthRepository';
import { IListsFingerprint, readListsFingerprint } from './listsFingerprint';
import { isCurrentMembership, mapCommittee, mapMember, mapWard } from './mapMemberDirectory';
import { countItemsWithData, IListField, IPrivateColumn, IPrivateColumnFinding, privateColumnsAmong } from '../model/health/privateColumns';
import { IItems, InjectHeaders, SPCollection, SPFI, spfi } from './pnp';
import { readHubSettings, type IHubSettingsRead } from './hubSettings';
import { readInOneBatch } from './readInOneBatch';
import { readRestById } from './readRestById';

export type HealthListKey = 'Members' | 'Wards' | 'Committees' | 'CommitteeMemberships' | 'Services' | 'Officers' | 'BriefingItems';

/** The lists the health rules read, in the order they are read. */
export const HEALTH_LISTS: readonly HealthListKey[] = ['Members', 'Wards', 'Committees', 'CommitteeMemberships', 'Services', 'Officers', 'BriefingItems'];

/**
 * The columns each rule reads and nothing more (20,000 officers: every column counts on the wire).
 * Lookups are read as `<Lookup>Id` (no join): a lookup to a deleted item keeps its id, which is
 * how the rules find dangling references, and the lookup column limit never comes into it.
 */
export const HEALTH_COLUMNS: Readonly<Record<HealthListKey, readonly string[]>> = {
  Members: ['Id', 'Title', 'GivenName', 'Surname', 'MemberType', 'Email', 'WorkPhone', 'MobilePhone', 'Photo', 'PartyId', 'WardId', 'Skills', 'Interests', 'PreferredContact', 'IsCurrent'],
  Wards: ['Id', 'Title', 'Seats'],
  Committees: ['Id', 'Title', 'IsActive'],
  CommitteeMemberships: ['Id', 'MemberId', 'CommitteeId', 'StartDate', 'EndDate'],
  Services: ['Id', 'Title'],
  Officers: ['Id', 'Title', 'Email', 'ServiceId', 'IsLiaisonOfficer', 'LastReviewed', 'LiaisonProfile', 'StatutoryRole'],
  BriefingItems: ['Id', 'Title', 'Category']
};

export interface IHealthRepositoryOptions {
  /** List titles where a site names them differently; defaults come from src/schema. */
  readonly listTitles?: Partial<Record<HealthListKey, string>>;
  /** The clock: "today" for current committee seats, and when the snapshot was read. */
  readonly now?: () => Date;
}

function positiveId(item: RawItem, field: string): number | undefined {
  const id = readNumber(item, field);
  return id !== undefined && Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * Reads the seven lists the health rules look at without ever tripping the list view threshold:
 * no $filter at all, only unfiltered pages of 5,000 in ID order (readRestById), like the officer
 * directory. One $batch carries the change fingerprint and every list's first page; lists over
 * 5,000 items then cost one GET per further page. `changeToken` is one small GET, so a view can
 * check for edits whenever it is shown again and reload only when something changed.
 */
/**
 * Profiles draw a photo only from the tenant's own origin (the lists site is on it); a photo elsewhere
 * is shown as initials, so Directory health must not count it as a photo.
 */
function isShownPhoto(photoUrl: string | undefined, listsSiteUrl: string): boolean {
  if (photoUrl === undefined) return false;
  try {
    return isOnCurrentSiteOrigin(new URL(photoUrl, `${listsSiteUrl}/`).href, listsSiteUrl);
  } catch {
    return false;
  }
}

export class HealthRepository implements IHealthRepository {
  private readonly _sp: SPFI;
  private readonly _titles: Readonly<Record<HealthListKey, string>>;
  private readonly _now: () => Date;

  public constructor(sp: SPFI, options: IHealthRepositoryOptions = {}) {
    // JSON without OData metadata: about a quarter fewer bytes on 20,000 officers.
    this._sp = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    const titles = {} as Record<HealthListKey, string>;
    for (const key of HEALTH_LISTS) titles[key] = options.listTitles?.[key] ?? runtimeSchema[key].title;
    this._titles = titles;
    this._now = options.now ?? (() => new Date());
  }

  public async load(): Promise<IHealthSnapshot> {
    const [fingerprint, memberFields, ...firstPages] = await readInOneBatch(this._sp, (batched) =>
      Promise.all([
        this._readFingerprint(batched),
        this._readFields(batched, 'Members'),
        ...HEALTH_LISTS.map((key) => this._read(key, this._page(batched, key)))
      ])
    );
    const [privateColumns, [members, wards, committees, memberships, services, officers, briefingItems]] = await Promise.all([
      this._countPrivateData('Members', privateColumnsAmong(runtimeSchema.Members, memberFields)),
      Promise.all(
        HEALTH_LISTS.map((key, index) => {
          const total = fingerprint.itemCounts.get(this._titles[key].toLowerCase());
          return readRestById(firstPages[index], (lastId) => this._read(key, this._page(this._sp, key).skip(lastId)), { total });
        })
      )
    ]);
    const now = this._now();
    return {
      data: { privateColumns, ...this._map({ members, wards, committees, memberships, services, officers, briefingItems }, now) },
      changeToken: fingerprint.value,
      readAt: now
    };
  }

  public async changeToken(): Promise<string> {
    return (await this._readFingerprint(this._sp)).value;
  }

  public settings(): Promise<IHubSettingsRead> {
    return readHubSettings(this._sp);
  }

  private _map(items: Readonly<Record<Exclude<keyof IHealthData, 'privateColumns'>, readonly RawItem[]>>, today: Date): IHealthData {
    const memberContext = { attachmentFolderUrl: attachmentFolderUrl(this._sp, 'Members') };
    const listsSiteUrl = webUrlOf(this._sp);
    return {
      members: items.members.map((item) => {
        const member = mapMember(item, memberContext);
        return {
          id: member.id,
          name: member.displayName,
          email: member.email,
          workPhone: member.workPhone,
          mobilePhone: member.mobilePhone,
          hasPhoto: isShownPhoto(member.photoUrl, listsSiteUrl),
          partyId: positiveId(item, 'PartyId'),
          wardId: positiveId(item, 'WardId'),
          skills: member.skills,
          interests: member.interests,
          preferredContact: readChoice(item, 'PreferredContact', PREFERRED_CONTACT_METHODS),
          memberType: member.memberType,
          isCurrent: member.isCurrent
        };
      }),
      wards: items.wards.map((item) => {
        const ward = mapWard(item);
        return { id: ward.id, name: ward.name, seats: ward.seats };
      }),
      committees: items.committees.map((item) => {
        const committee = mapCommittee(item);
        return { id: committee.id, name: committee.name, isActive: committee.isActive };
      }),
      memberships: items.memberships.map((item): IHealthMembership => {
        const period = { startDate: readDate(item, 'StartDate'), endDate: readDate(item, 'EndDate') };
        return {
          id: positiveId(item, 'Id') ?? 0,
          memberId: positiveId(item, 'MemberId'),
          committeeId: positiveId(item, 'CommitteeId'),
          // The member directory's own rule for a current seat; it looks only at the dates.
          isCurrent: isCurrentMembership({ id: 0, memberId: 0, committeeId: 0, role: 'Member', ...period }, today)
        };
      }),
      services: items.services.map((item) => ({ id: positiveId(item, 'Id') ?? 0, name: readText(item, 'Title') ?? '' })),
      officers: items.officers.map((item) => {
        const email = readText(item, 'Email');
        return {
          id: positiveId(item, 'Id') ?? 0,
          name: readText(item, 'Title') ?? email ?? NAME_NOT_RECORDED,
          email,
          serviceId: positiveId(item, 'ServiceId'),
          isLiaisonOfficer: readBoolean(item, 'IsLiaisonOfficer', false),
          lastReviewed: readDate(item, 'LastReviewed'),
          liaisonProfileHtml: readText(item, 'LiaisonProfile'),
          statutoryRole: readChoice(item, 'StatutoryRole', STATUTORY_ROLES)
        };
      }),
      briefingItems: items.briefingItems.map((item) => ({
        id: positiveId(item, 'Id') ?? 0,
        title: readText(item, 'Title') ?? '',
        category: readChoice(item, 'Category', BRIEFING_CATEGORIES)
      }))
    };
  }

  /** The list's visible columns, names only: one small part of the $batch. */
  private async _readFields(sp: SPFI, key: HealthListKey): Promise<IListField[]> {
    try {
      // SPCollection rather than '@pnp/sp/fields', which would add its whole module to every bundle.
      const fields: unknown = await SPCollection(sp.web.lists.getByTitle(this._titles[key]), 'fields')
        .filter('Hidden eq false')
        .select('InternalName', 'Title', 'TypeAsString')();
      return (Array.isArray(fields) ? (fields as RawItem[]) : []).map((field) => ({
        internalName: readText(field, 'InternalName') ?? '',
        title: readText(field, 'Title') ?? '',
        type: readText(field, 'TypeAsString')
      }));
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }

  /**
   * How many items hold data in each private column found: one read of Id and those columns
   * only, made only when there are any. The values are counted and dropped, never kept or cached.
   */
  private async _countPrivateData(key: HealthListKey, columns: readonly IPrivateColumn[]): Promise<IPrivateColumnFinding[]> {
    if (columns.length === 0) return [];
    const page = (): IItems =>
      this._sp.web.lists.getByTitle(this._titles[key]).items.select('Id', ...columns.map((column) => column.readAs)).top(LIST_VIEW_THRESHOLD);
    try {
      const firstPage = await this._read(key, page());
      const items = await readRestById(firstPage, (lastId) => this._read(key, page().skip(lastId)));
      return countItemsWithData(columns, items);
    } catch {
      // A column SharePoint cannot read this way (a calculated one, say) must not hide the rest of
      // the report: the columns are still listed, without a count.
      return columns.map((column) => ({ ...column, itemsWithData: undefined }));
    }
  }

  private _page(sp: SPFI, key: HealthListKey): IItems {
    const shape = selectFor(runtimeSchema[key], HEALTH_COLUMNS[key]);
    const items = sp.web.lists.getByTitle(this._titles[key]).items.select(...shape.select);
    return (shape.expand.length > 0 ? items.expand(...shape.expand) : items).top(LIST_VIEW_THRESHOLD);
  }

  private async _read(key: HealthListKey, items: IItems): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }

  /** The six lists' change dates and item counts, in one small GET on the site's list collection. */
  private _readFingerprint(sp: SPFI): Promise<IListsFingerprint> {
    return readListsFingerprint(sp, HEALTH_LISTS.map((key) => this._titles[key]));
  }
}
