import type { IEnquiryCalendarSettings } from '../../../src/model/enquiries/enquiryCalendarSettings';
import { DataError } from '../../../src/data/DataError';
import type { IEnquiryFormData, IEnquiryFormRepository } from '../../../src/data/EnquiryFormRepository';
import type {
  EnquiryUpdateKind,
  EnquiryWriteResult,
  IEnquiry,
  IEnquiryRepository,
  IEnquirySummary,
  IEnquiryUpdate,
  IMemberEnquiries,
  IMemberEnquiriesInFull,
  IRaiseEnquiry
} from '../../../src/data/IEnquiryRepository';

export const FOLDER = '/sites/hub/Lists/Enquiries/M5-S1';

export function enquiry(overrides: Partial<IEnquiry> & Pick<IEnquiry, 'id' | 'subject'>): IEnquiry {
  return {
    eTag: '"1"',
    details: 'Details of the enquiry.',
    memberUserId: 50,
    memberName: 'Ada Lovelace',
    serviceId: 1,
    serviceTitle: 'Highways',
    wardId: 10,
    wardTitle: 'Abbey',
    status: 'Received',
    received: new Date('2026-03-02T10:00:00Z'),
    due: new Date('2026-03-16T00:00:00Z'),
    loggedOnBehalf: false,
    folderUrl: FOLDER,
    ...overrides
  };
}

/** Only what the list reads (IEnquirySummary), as the real repository's first read gives it. */
function summaryOf(full: IEnquiry): IEnquirySummary {
  const { id, subject, memberUserId, serviceId, serviceTitle, wardId, wardTitle, status, received, due, loggedOnBehalf } = full;
  return { id, subject, memberUserId, serviceId, serviceTitle, wardId, wardTitle, status, received, due, loggedOnBehalf };
}

const byNewest = (a: { received: Date }, b: { received: Date }): number => b.received.getTime() - a.received.getTime();

/**
 * An in-memory IEnquiryRepository: records what the view asked it to write; `failRaise` makes raise refuse, `failMine`
 * and `failInFull` the two reads; `holdInFull()` keeps the second read (the rest and the updates) waiting until released.
 */
export class FakeEnquiryRepository implements IEnquiryRepository {
  public raised: IRaiseEnquiry[] = [];
  public replies: { enquiryId: number; kind: EnquiryUpdateKind; body: string }[] = [];
  public failRaise: DataError | undefined;
  public failMine: DataError | undefined;
  public failInFull: DataError | undefined;
  public mineCalls = 0;
  public inFullCalls = 0;
  private nextId = 100;
  private held: Promise<void> | undefined;

  public constructor(
    public enquiries: IEnquiry[] = [],
    public updates: IEnquiryUpdate[] = []
  ) {}

  public async mine(): Promise<IMemberEnquiries> {
    this.mineCalls += 1;
    if (this.failMine) throw this.failMine;
    return { enquiries: [...this.enquiries].sort(byNewest).map(summaryOf) };
  }

  public async mineInFull(): Promise<IMemberEnquiriesInFull> {
    this.inFullCalls += 1;
    await this.held;
    if (this.failInFull) throw this.failInFull;
    return { enquiries: [...this.enquiries].sort(byNewest), updates: [...this.updates] };
  }

  /** Holds mineInFull until the returned function is called. */
  public holdInFull(): () => void {
    let release = (): void => undefined;
    this.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.held = undefined;
      release();
    };
  }

  public async serviceQueue(): Promise<readonly IEnquiry[]> {
    return [];
  }

  public async updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]> {
    return this.updates.filter((update) => update.enquiryId === enquiryId);
  }

  public async raise(input: IRaiseEnquiry): Promise<IEnquiry> {
    if (this.failRaise) throw this.failRaise;
    this.raised.push(input);
    const added = enquiry({ id: this.nextId++, subject: input.subject, details: input.details, serviceId: input.serviceId, serviceTitle: 'Highways', received: new Date() });
    this.enquiries.push(added);
    return added;
  }

  public async addUpdate(target: IEnquiry, kind: EnquiryUpdateKind, body: string): Promise<IEnquiryUpdate> {
    this.replies.push({ enquiryId: target.id, kind, body });
    const update: IEnquiryUpdate = { id: this.nextId++, enquiryId: target.id, kind, body, authorId: 50, authorName: 'Ada Lovelace', created: new Date('2026-03-05T12:00:00Z'), folderUrl: FOLDER };
    this.updates.push(update);
    return update;
  }

  public async change(): Promise<EnquiryWriteResult> {
    throw new Error('members do not change enquiries');
  }

  public acknowledge(): Promise<EnquiryWriteResult> {
    return this.change();
  }

  public respond(): Promise<EnquiryWriteResult> {
    return this.change();
  }

  public close(): Promise<EnquiryWriteResult> {
    return this.change();
  }
}

export const ADA = { id: 5, name: 'Ada Lovelace', account: 'ada.lovelace@council.example', wardId: 10 };
export const BRAN = { id: 6, name: 'Bran Jones', account: 'bran.jones@council.example', wardId: 11 };

export function formData(overrides: Partial<IEnquiryFormData> = {}): IEnquiryFormData {
  return {
    services: [
      { id: 1, name: 'Highways', keywords: ['pothole', 'street light'] },
      { id: 2, name: 'Planning and Development', keywords: ['planning application'] }
    ],
    wards: [
      { id: 10, name: 'Abbey' },
      { id: 11, name: 'Brookside' }
    ],
    members: [ADA, BRAN],
    me: ADA,
    canLogOnBehalf: false,
    ...overrides
  };
}

export class FakeEnquiryFormRepository implements IEnquiryFormRepository {
  public calls = 0;
  public constructor(private readonly data: IEnquiryFormData = formData()) {}

  public async formData(): Promise<IEnquiryFormData> {
    this.calls += 1;
    return this.data;
  }

  public settings: IEnquiryCalendarSettings = { nation: 'england-and-wales', closureDays: [] };

  public async calendarSettings(): Promise<IEnquiryCalendarSettings> {
    return this.settings;
  }
}

export const throttled = (): DataError => new DataError({ kind: 'throttled', listTitle: 'Enquiries' });
export const accessDenied = (): DataError => new DataError({ kind: 'accessDenied', listTitle: 'Enquiries' });
export const offline = (): DataError => new DataError({ kind: 'network', listTitle: 'Enquiries' });
