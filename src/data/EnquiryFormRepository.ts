import type { IEnquiryCalendarSettings } from '../model/enquiries/enquiryCalendarSettings';
import type { UkNation } from '../model/enquiries/ukNation';
import { readEnquiryCalendarSettings } from './readEnquirySettings';
import { runtimeSchema } from '../schema';
import { toDataError } from './DataError';
import { readBoolean, readLookup, readNumber, readText, readUserEmail, type RawItem } from './fieldReaders';
import { splitKeywords } from './mapOfficerDirectory';
import { SiteGroup, type SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';

/** A service members can raise enquiries with (Services.TakesEnquiries). */
export interface IEnquiryService {
  readonly id: number;
  readonly name: string;
  /** The directory's words for it ("potholes", "bins"): what the form's suggestion matches. */
  readonly keywords: readonly string[];
}

export interface IEnquiryWard {
  readonly id: number;
  readonly name: string;
}

/** A current member with a Microsoft 365 account: whose folder an enquiry goes into. */
export interface IEnquiryMember {
  /** Their item in the Members list. */
  readonly id: number;
  readonly name: string;
  /** Their account's email: the Member person column's key. */
  readonly account: string;
  readonly wardId?: number;
}

export interface IEnquiryFormData {
  readonly services: readonly IEnquiryService[];
  readonly wards: readonly IEnquiryWard[];
  /** Current members with an account, for Democratic Services' "Member" choice and to find the signed-in member. */
  readonly members: readonly IEnquiryMember[];
  /** The signed-in user's Members item, when they are a current member. */
  readonly me?: IEnquiryMember;
  /**
   * Democratic Services: the site's Owners group (docs/enquiries-permissions.md: they hold Full Control on
   * every enquiry folder, so they can write into any member's). Anyone else raises only their own.
   */
  readonly canLogOnBehalf: boolean;
}

export interface IEnquiryFormRepository {
  /** Everything the "Raise an enquiry" form needs, in one $batch. */
  formData(): Promise<IEnquiryFormData>;
  /** The council's nation, targets and closure days, for the due dates shown before sending; never rejects. */
  calendarSettings(fallbackNation: UkNation): Promise<IEnquiryCalendarSettings>;
}

const SERVICE_COLUMNS = ['Id', 'Title', 'Keywords', 'TakesEnquiries'];
const MEMBER_COLUMNS = ['Id', 'Title', 'MemberAccount/EMail', 'Ward/Id', 'IsCurrent'];
/** The lists are small (wards and services in the hundreds, members up to ~150 current): one page each. */
const PAGE = 5000;

const byName = (a: { readonly name: string }, b: { readonly name: string }): number => a.name.localeCompare(b.name, 'en-GB');

export class EnquiryFormRepository implements IEnquiryFormRepository {
  public constructor(private readonly sp: SPFI) {}

  public async calendarSettings(fallbackNation: UkNation): Promise<IEnquiryCalendarSettings> {
    return (await readEnquiryCalendarSettings(this.sp, { fallbackNation })).settings;
  }

  public async formData(): Promise<IEnquiryFormData> {
    const [serviceRows, wardRows, memberRows, user, groupIds, ownersId] = await readInOneBatch(this.sp, (batched) =>
      Promise.all([
        this.rows(runtimeSchema.Services.title, () =>
          batched.web.lists.getByTitle(runtimeSchema.Services.title).items.filter('TakesEnquiries eq 1').select(...SERVICE_COLUMNS).top(PAGE)()
        ),
        this.rows(runtimeSchema.Wards.title, () => batched.web.lists.getByTitle(runtimeSchema.Wards.title).items.select('Id', 'Title').top(PAGE)()),
        this.rows(runtimeSchema.Members.title, () =>
          batched.web.lists
            .getByTitle(runtimeSchema.Members.title)
            .items.filter('IsCurrent eq 1')
            .select(...MEMBER_COLUMNS)
            .expand('MemberAccount', 'Ward')
            .top(PAGE)()
        ),
        this.read(() => batched.web.currentUser.select('Id', 'Email')() as Promise<{ Id?: unknown; Email?: unknown }>),
        this.read(async () => ((await batched.web.currentUser.groups.select('Id')()) as { Id?: unknown }[]).map((group) => group.Id)),
        // Not every caller may read the group (SharePoint can hide membership): not an owner, then.
        SiteGroup(batched.web, 'associatedownergroup').select('Id')().then(
          (group: { Id?: unknown }) => group.Id,
          () => undefined
        )
      ])
    );
    const services = serviceRows
      .filter((row) => readBoolean(row, 'TakesEnquiries'))
      .map((row) => ({ id: readNumber(row, 'Id') ?? 0, name: readText(row, 'Title') ?? '', keywords: splitKeywords(readText(row, 'Keywords')) }))
      .filter((service) => service.id > 0 && service.name !== '')
      .sort(byName);
    const wards = wardRows
      .map((row) => ({ id: readNumber(row, 'Id') ?? 0, name: readText(row, 'Title') ?? '' }))
      .filter((ward) => ward.id > 0 && ward.name !== '')
      .sort(byName);
    const members = memberRows
      .map((row): IEnquiryMember | undefined => {
        const id = readNumber(row, 'Id');
        const account = readUserEmail(row, 'MemberAccount');
        if (id === undefined || account === undefined) return undefined;
        return { id, name: readText(row, 'Title') ?? account, account, wardId: readLookup(row, 'Ward')?.id };
      })
      .filter((member): member is IEnquiryMember => member !== undefined)
      .sort(byName);
    const email = typeof user.Email === 'string' ? user.Email.trim().toLowerCase() : '';
    const me = email === '' ? undefined : members.find((member) => member.account.toLowerCase() === email);
    const canLogOnBehalf = typeof ownersId === 'number' && groupIds.includes(ownersId);
    return { services, wards, members, me, canLogOnBehalf };
  }

  private async rows(listTitle: string, read: () => Promise<unknown>): Promise<RawItem[]> {
    try {
      return (await read()) as RawItem[];
    } catch (error) {
      throw await toDataError(error, { listTitle });
    }
  }

  private async read<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      throw await toDataError(error);
    }
  }
}
