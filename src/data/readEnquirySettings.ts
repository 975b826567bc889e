/**
 * The council's enquiry settings (docs/enquiries.md § Settings): the nation and targets on the
 * HubSettings item and the days in EnquiryClosureDays, read in one $batch and turned into an
 * `IEnquiryCalendarSettings` the arithmetic can always use. A site not yet upgraded to 1.4.0.0, a
 * missing list or column, an unreadable list or a bad value gives the defaults for that part and a
 * note saying so, never an error: due dates must still show.
 *
 * The enquiry columns are read on their own, not added to the briefings' HubSettings read
 * (hubSettings.ts), so a site without them cannot cost the briefings their settings.
 */
import { ENQUIRY_NATION_CHOICES, ACKNOWLEDGE_TARGET_RANGE, RESPOND_TARGET_RANGE, runtimeSchema } from '../schema';
import { calendarDateOfStored, dateOnlyRangeFilter } from '../schema/dateOnlyColumns';
import { addDays, type CalendarDate } from '../schema/ukDates';
import type { IClosureDay, IEnquiryCalendarSettings } from '../model/enquiries/enquiryCalendarSettings';
import type { IEnquiryTargets } from '../model/enquiries/enquiryTargets';
import { ukDateAt } from '../model/enquiries/ukDayBoundary';
import type { UkNation } from '../model/enquiries/ukNation';
import { isDataError, toDataError, type DataError } from './DataError';
import { readNumber, readText, type RawItem } from './fieldReaders';
import { InjectHeaders, spfi, type SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';

export const ENQUIRY_SETTINGS_COLUMNS = ['Id', 'EnquiryNation', 'EnquiryAcknowledgeDays', 'EnquiryRespondDays'] as const;
export const CLOSURE_DAY_COLUMNS = ['Id', 'Title', 'ClosureDate'] as const;

/** Closure days read: from a year ago to two years ahead (due dates are never further out), at most this many. */
export const CLOSURE_DAYS_TOP = 500;
const CLOSURE_WINDOW_DAYS_BACK = 366;
const CLOSURE_WINDOW_DAYS_AHEAD = 2 * 366;

/**
 * Why part of the settings is a default. The UI words each kind (the web parts' loc files).
 * - `settingsListMissing` / `settingsColumnMissing` / `settingsUnreadable` / `noSettingsItem`: nation and targets are defaults;
 * - `nationNotSet`: the settings give no nation (the caller's fallback, or England and Wales, is used);
 * - `acknowledgeTargetInvalid` / `respondTargetInvalid` / `targetsOutOfOrder`: that target is its default;
 * - `closureListMissing` / `closureUnreadable`: due dates ignore closure days;
 * - `closureDateInvalid`: one item without a usable date was left out (`value` is its title).
 */
export type EnquirySettingsNoteKind =
  | 'settingsListMissing'
  | 'settingsColumnMissing'
  | 'settingsUnreadable'
  | 'noSettingsItem'
  | 'nationNotSet'
  | 'acknowledgeTargetInvalid'
  | 'respondTargetInvalid'
  | 'targetsOutOfOrder'
  | 'closureListMissing'
  | 'closureUnreadable'
  | 'closureDateInvalid';

export interface IEnquirySettingsNote {
  readonly kind: EnquirySettingsNoteKind;
  /** The value left out, or the missing column, when there is one. */
  readonly value?: string;
}

export interface IEnquirySettingsRead {
  /** Always usable: `enquiryRulesFrom(settings)` does not throw. */
  readonly settings: IEnquiryCalendarSettings;
  /** Empty when every setting came from SharePoint as saved. */
  readonly notes: readonly IEnquirySettingsNote[];
  /** Where the nation came from: the council's settings, or the caller's fallback (or England and Wales). */
  readonly nationSource: 'settings' | 'fallback';
}

export interface IReadEnquirySettingsOptions {
  /** The nation to use when the settings give none (e.g. a web part's property); England and Wales if absent. */
  readonly fallbackNation?: UkNation;
  /** Today's instant, for the closure days' window (tests). */
  readonly now?: Date;
  readonly listTitles?: { readonly settings?: string; readonly closureDays?: string };
}

const NATION_OF_CHOICE: Readonly<Record<(typeof ENQUIRY_NATION_CHOICES)[number], UkNation>> = {
  England: 'england-and-wales',
  Wales: 'england-and-wales',
  Scotland: 'scotland',
  'Northern Ireland': 'northern-ireland'
};

function nationOfChoice(value: string | undefined): UkNation | undefined {
  return value !== undefined && Object.prototype.hasOwnProperty.call(NATION_OF_CHOICE, value)
    ? NATION_OF_CHOICE[value as keyof typeof NATION_OF_CHOICE]
    : undefined;
}

function settingsFailureNote(error: DataError): IEnquirySettingsNote {
  if (error.kind === 'listNotFound') return { kind: 'settingsListMissing' };
  if (error.kind === 'columnNotFound') return { kind: 'settingsColumnMissing', value: error.column };
  return { kind: 'settingsUnreadable' };
}

/** A closure list without its date column is not one the hub made: treated as missing. */
function closureFailureNote(error: DataError): IEnquirySettingsNote {
  if (error.kind === 'listNotFound' || error.kind === 'columnNotFound') return { kind: 'closureListMissing', value: error.column };
  return { kind: 'closureUnreadable' };
}

export type ReadOutcome = { readonly items: readonly RawItem[] } | { readonly error: DataError };

function target(item: RawItem, field: string, range: { readonly min: number; readonly max: number }, kind: EnquirySettingsNoteKind, notes: IEnquirySettingsNote[]): number | undefined {
  const raw = item[field];
  if (raw === null || raw === undefined || raw === '') return undefined;
  const value = readNumber(item, field);
  if (value !== undefined && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
  notes.push({ kind, value: String(raw) });
  return undefined;
}

/** Nation and targets from the first HubSettings item; pure, for tests. */
export function mapEnquirySettingsItem(items: readonly RawItem[]): { nation?: UkNation; targets: Partial<IEnquiryTargets>; notes: IEnquirySettingsNote[] } {
  const item = items[0];
  if (!item) return { targets: {}, notes: [{ kind: 'noSettingsItem' }] };
  const notes: IEnquirySettingsNote[] = [];
  const nation = nationOfChoice(readText(item, 'EnquiryNation'));
  const acknowledgeWorkingDays = target(item, 'EnquiryAcknowledgeDays', ACKNOWLEDGE_TARGET_RANGE, 'acknowledgeTargetInvalid', notes);
  let respondWorkingDays = target(item, 'EnquiryRespondDays', RESPOND_TARGET_RANGE, 'respondTargetInvalid', notes);
  // A response due before the acknowledgement is refused by the arithmetic: keep the acknowledgement, default the response.
  if ((respondWorkingDays ?? 10) < (acknowledgeWorkingDays ?? 1)) {
    notes.push({ kind: 'targetsOutOfOrder', value: String(respondWorkingDays) });
    respondWorkingDays = undefined;
  }
  const targets: Partial<IEnquiryTargets> = {
    ...(acknowledgeWorkingDays !== undefined ? { acknowledgeWorkingDays } : {}),
    ...(respondWorkingDays !== undefined ? { respondWorkingDays } : {})
  };
  return { nation, targets, notes };
}

/** Closure days from the list's items, each usable date once (sorted); items without one are noted. */
export function mapClosureDays(items: readonly RawItem[]): { closureDays: IClosureDay[]; notes: IEnquirySettingsNote[] } {
  const notes: IEnquirySettingsNote[] = [];
  const byDate = new Map<CalendarDate, IClosureDay>();
  for (const item of items) {
    const date = calendarDateOfStored(item.ClosureDate);
    const title = readText(item, 'Title') ?? '';
    if (date === undefined) notes.push({ kind: 'closureDateInvalid', value: title });
    else if (!byDate.has(date)) byDate.set(date, { date, title });
  }
  const closureDays = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { closureDays, notes };
}

/** The window of closure days read: a year back and two ahead of today's UK date. */
export function closureDaysWindow(now: Date): { readonly from: CalendarDate; readonly before: CalendarDate } {
  const today = ukDateAt(now);
  return { from: addDays(today, -CLOSURE_WINDOW_DAYS_BACK), before: addDays(today, CLOSURE_WINDOW_DAYS_AHEAD) };
}

async function settle(read: Promise<unknown>, listTitle: string): Promise<ReadOutcome> {
  try {
    const result = await read;
    return { items: Array.isArray(result) ? (result as RawItem[]) : [] };
  } catch (error) {
    return { error: isDataError(error) ? error : await toDataError(error, { listTitle }) };
  }
}

/**
 * The council's enquiry settings in one request (a $batch of the settings item and the closure days).
 * Never rejects. The one function the enquiry web parts call.
 */
export async function readEnquiryCalendarSettings(sp: SPFI, options: IReadEnquirySettingsOptions = {}): Promise<IEnquirySettingsRead> {
  const settingsTitle = options.listTitles?.settings ?? runtimeSchema.HubSettings.title;
  const closureTitle = options.listTitles?.closureDays ?? runtimeSchema.EnquiryClosureDays.title;
  const window = closureDaysWindow(options.now ?? new Date());
  const light = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
  let outcomes: readonly [ReadOutcome, ReadOutcome];
  try {
    outcomes = await readInOneBatch(light, (batched) =>
      Promise.all([
        settle(batched.web.lists.getByTitle(settingsTitle).items.select(...ENQUIRY_SETTINGS_COLUMNS).orderBy('Id', true).top(1)(), settingsTitle),
        settle(
          batched.web.lists
            .getByTitle(closureTitle)
            .items.select(...CLOSURE_DAY_COLUMNS)
            .filter(dateOnlyRangeFilter('ClosureDate', window.from, window.before))
            .orderBy('ClosureDate', true)
            .top(CLOSURE_DAYS_TOP)(),
          closureTitle
        )
      ] as const)
    );
  } catch (error) {
    // The $batch itself failed (offline, throttled past retries): both parts are defaults.
    const failed: ReadOutcome = { error: isDataError(error) ? error : await toDataError(error) };
    outcomes = [failed, failed];
  }
  return enquirySettingsFrom(outcomes[0], outcomes[1], options.fallbackNation);
}

/** The settings from the two reads' outcomes, with a note for each default used. */
export function enquirySettingsFrom(settingsRead: ReadOutcome, closureRead: ReadOutcome, fallbackNation?: UkNation): IEnquirySettingsRead {
  const notes: IEnquirySettingsNote[] = [];
  let nation: UkNation | undefined;
  let targets: Partial<IEnquiryTargets> = {};
  if ('error' in settingsRead) notes.push(settingsFailureNote(settingsRead.error));
  else {
    const mapped = mapEnquirySettingsItem(settingsRead.items);
    nation = mapped.nation;
    targets = mapped.targets;
    notes.push(...mapped.notes);
    if (nation === undefined && settingsRead.items.length > 0) notes.push({ kind: 'nationNotSet' });
  }
  let closureDays: IClosureDay[] = [];
  if ('error' in closureRead) notes.push(closureFailureNote(closureRead.error));
  else {
    const mapped = mapClosureDays(closureRead.items);
    closureDays = mapped.closureDays;
    notes.push(...mapped.notes);
  }
  return {
    settings: { nation: nation ?? fallbackNation ?? 'england-and-wales', targets, closureDays },
    notes,
    nationSource: nation !== undefined ? 'settings' : 'fallback'
  };
}
