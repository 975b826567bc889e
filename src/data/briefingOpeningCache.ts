import type { IBriefing, IBriefingItem, IBriefingReader, IWeeklyBriefing } from '../model/Briefing';
import type { IWard } from '../model/Member';
import type { IHubSettingsRead } from './hubSettings';
import type { IBrowserCopyFormat } from './cache/browserCopy';
import { isRecord, parseStoredRecord } from './cache/storedRecord';
import { BRIEFING_COLUMNS, BRIEFING_ITEM_COLUMNS, READER_COLUMNS } from './mapBriefing';
import { WARD_COLUMNS } from './mapMemberDirectory';
import { HUB_SETTINGS_COLUMNS } from './hubSettings';

/**
 * What the member briefings view opens with (the member signed in, every ward, the week's briefing and the
 * council's settings), kept in the browser between visits, per site and signed-in user, so a later visit
 * draws it before any request and revalidates it with the same one $batch. What it keeps (docs/privacy.md,
 * "Browser storage"): what every reader of the site can read in the lists, less the week's CONFIDENTIAL
 * items, which are never written to the browser's storage (a shared or unattended machine keeps none);
 * the revalidation adds them, so they show a moment after the rest. The member's read and acknowledged
 * receipts are theirs alone and are never kept: they are read after the week shows.
 */

/** Bump when a column's mapping changes without the column lists changing. */
const MAPPING_VERSION = 1;

export const BRIEFING_OPENING_SHAPE = `v${MAPPING_VERSION}:${[BRIEFING_COLUMNS, BRIEFING_ITEM_COLUMNS, READER_COLUMNS, WARD_COLUMNS, HUB_SETTINGS_COLUMNS]
  .map((columns) => columns.join(','))
  .join('|')}`;

export const BRIEFING_OPENING_COPY = 'briefing-opening';

export interface IBriefingOpeningSnapshot {
  /** The Monday the copy's week commences. */
  readonly week: string;
  /** The signed-in account it was read for, lower case ('' for none). */
  readonly account: string;
  readonly reader?: IBriefingReader;
  readonly wards: readonly IWard[];
  /** The week with its confidential items left out. */
  readonly weekBriefing: IWeeklyBriefing;
  /** How many confidential items were left out (they come with the revalidation). */
  readonly withheld: number;
  /** The settings as read, when they were read without an error (an error is not kept). */
  readonly settings?: Omit<IHubSettingsRead, 'error'>;
}

/** The copy to keep from what the opening read: confidential items and failed settings left out. */
export function openingSnapshot(read: {
  readonly week: string;
  readonly account: string;
  readonly reader: IBriefingReader | undefined;
  readonly wards: readonly IWard[];
  readonly weekBriefing: IWeeklyBriefing;
  readonly settings: IHubSettingsRead;
}): IBriefingOpeningSnapshot {
  const shared = read.weekBriefing.items.filter((item) => !item.isConfidential);
  return {
    week: read.week,
    account: read.account.trim().toLowerCase(),
    ...(read.reader ? { reader: read.reader } : {}),
    wards: read.wards,
    weekBriefing: { ...(read.weekBriefing.briefing ? { briefing: read.weekBriefing.briefing } : {}), items: shared },
    withheld: read.weekBriefing.items.length - shared.length,
    ...(read.settings.error === undefined ? { settings: read.settings } : {})
  };
}

export function serialiseOpening(snapshot: IBriefingOpeningSnapshot): string {
  return JSON.stringify({ shape: BRIEFING_OPENING_SHAPE, ...snapshot });
}

const hasIdAndName = (value: unknown): boolean => isRecord(value) && typeof value.id === 'number' && typeof value.name === 'string';

function isItem(value: unknown): value is IBriefingItem {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.title === 'string' &&
    typeof value.category === 'string' &&
    Array.isArray(value.wards) &&
    // A copy holding a confidential item was not written by this release: not drawn.
    value.isConfidential === false
  );
}

function isBriefing(value: unknown): value is IBriefing {
  return isRecord(value) && typeof value.id === 'number' && typeof value.title === 'string' && typeof value.weekCommencing === 'string';
}

/** Undefined for anything that is not a whole copy of this shape: the view waits for the lists instead. */
export function parseOpening(text: string | undefined): IBriefingOpeningSnapshot | undefined {
  const parsed = parseStoredRecord(text);
  if (parsed === undefined || parsed.shape !== BRIEFING_OPENING_SHAPE) return undefined;
  const { week, account, reader, wards, weekBriefing, withheld, settings } = parsed;
  if (typeof week !== 'string' || typeof account !== 'string' || typeof withheld !== 'number') return undefined;
  if (reader !== undefined && !(isRecord(reader) && typeof reader.memberId === 'number' && typeof reader.name === 'string')) return undefined;
  if (!Array.isArray(wards) || !wards.every(hasIdAndName)) return undefined;
  if (!isRecord(weekBriefing) || !Array.isArray(weekBriefing.items) || !weekBriefing.items.every(isItem)) return undefined;
  if (weekBriefing.briefing !== undefined && !isBriefing(weekBriefing.briefing)) return undefined;
  if (settings !== undefined && !(isRecord(settings) && typeof settings.status === 'string' && isRecord(settings.settings) && Array.isArray(settings.problems))) {
    return undefined;
  }
  return {
    week,
    account,
    ...(reader !== undefined ? { reader: reader as unknown as IBriefingReader } : {}),
    wards: wards as IWard[],
    weekBriefing: weekBriefing as unknown as IWeeklyBriefing,
    withheld,
    ...(settings !== undefined ? { settings: settings as unknown as IHubSettingsRead } : {})
  };
}

/** The copy's text format, for BrowserCopy. */
export const BRIEFING_OPENING_FORMAT: IBrowserCopyFormat<IBriefingOpeningSnapshot> = { parse: parseOpening, serialise: serialiseOpening };

/** True when what was read differs from what the copy drew (a week with confidential items always does). */
export function openingChanged(drawn: IBriefingOpeningSnapshot, fresh: IBriefingOpeningSnapshot): boolean {
  return fresh.withheld > 0 || serialiseOpening(drawn) !== serialiseOpening(fresh);
}
