/**
 * Reads the council's settings item (HubSettings, src/schema/lists/hubSettings.ts). The one module
 * every view uses for it: the briefings put hubSettingsQuery in their opening $batch (no extra
 * round trip); any other view calls readHubSettings. A site without the list (installed before
 * 1.2.0.0) or without a column gives the defaults, never an error: settings must not stop a view.
 */
import { runtimeSchema, selectFor } from '../schema';
import { validateHubSettings, type IHubSettingProblem, type IHubSettings } from '../model/hubSettings';
import { calendarDateOfStored } from '../schema/dateOnlyColumns';
import { isDataError, toDataError, type DataError } from './DataError';
import { readText, type RawItem } from './fieldReaders';
import { webUrlOf } from './attachmentFolderUrl';
import { InjectHeaders, spfi, type IItems, type SPFI } from './pnp';

export const HUB_SETTINGS_COLUMNS = [
  'Id',
  'PreElectionStart',
  'PreElectionEnd',
  'WardWord',
  'ProtocolUrl',
  'BriefingsContactName',
  'BriefingsContactEmail'
] as const;

/**
 * - `read`: the first item was read (its problems say what was left out);
 * - `noItem`: the list is there but empty;
 * - `listMissing` / `columnMissing`: an older site, or a list or column renamed or deleted;
 * - `unreadable`: any other failure (no permission, throttled past retries, offline).
 * Every status but `read` means the defaults.
 */
export type HubSettingsStatus = 'read' | 'noItem' | 'listMissing' | 'columnMissing' | 'unreadable';

export interface IHubSettingsRead {
  readonly status: HubSettingsStatus;
  readonly settings: IHubSettings;
  readonly problems: readonly IHubSettingProblem[];
  /** The item's id, for its edit form, when one was read. */
  readonly itemId?: number;
  /** The missing column, for `columnMissing`. */
  readonly column?: string;
  /** What went wrong, for `unreadable` (and the missing list or column). */
  readonly error?: DataError;
}

/** No settings at all: every view's own defaults. */
export const NO_HUB_SETTINGS: IHubSettingsRead = { status: 'noItem', settings: {}, problems: [] };

/** The first settings item (the oldest, by ID: one item is the rule; a second one is ignored). */
export function hubSettingsQuery(sp: SPFI, listTitle: string = runtimeSchema.HubSettings.title): IItems {
  const shape = selectFor(runtimeSchema.HubSettings, HUB_SETTINGS_COLUMNS);
  return sp.web.lists.getByTitle(listTitle).items.select(...shape.select).orderBy('Id', true).top(1);
}

function hyperlinkUrl(item: RawItem, field: string): string | undefined {
  const value = item[field];
  const url = typeof value === 'object' && value !== null ? (value as { Url?: unknown }).Url : undefined;
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

/** The settings from the first item; `siteUrl` is the lists' site, to which the protocol link must belong. */
export function mapHubSettings(items: readonly RawItem[], siteUrl: string): IHubSettingsRead {
  const item = items[0];
  if (!item) return NO_HUB_SETTINGS;
  const { settings, problems } = validateHubSettings(
    {
      preElectionStart: calendarDateOfStored(item.PreElectionStart),
      preElectionEnd: calendarDateOfStored(item.PreElectionEnd),
      wardWord: readText(item, 'WardWord'),
      protocolUrl: hyperlinkUrl(item, 'ProtocolUrl'),
      contactName: readText(item, 'BriefingsContactName'),
      contactEmail: readText(item, 'BriefingsContactEmail')
    },
    siteUrl
  );
  const id = item.Id ?? item.ID;
  return { status: 'read', settings, problems, itemId: typeof id === 'number' ? id : undefined };
}

/** Defaults, saying why, from a failed read. */
export function hubSettingsFailure(error: DataError): IHubSettingsRead {
  if (error.kind === 'listNotFound') return { status: 'listMissing', settings: {}, problems: [], error };
  if (error.kind === 'columnNotFound') return { status: 'columnMissing', settings: {}, problems: [], column: error.column, error };
  return { status: 'unreadable', settings: {}, problems: [], error };
}

/**
 * The settings from a started read of hubSettingsQuery (on its own or in a $batch). Never rejects.
 * `sp` is the SPFI the read was made on, which knows the lists' site.
 */
export async function hubSettingsFrom(read: Promise<unknown>, sp: SPFI, listTitle: string = runtimeSchema.HubSettings.title): Promise<IHubSettingsRead> {
  try {
    const result = await read;
    return mapHubSettings(Array.isArray(result) ? (result as RawItem[]) : [], webUrlOf(sp));
  } catch (error) {
    return hubSettingsFailure(isDataError(error) ? error : await toDataError(error, { listTitle }));
  }
}

/** One request: the council's settings, for a view that has no batch of its own to put it in. */
export function readHubSettings(sp: SPFI, listTitle: string = runtimeSchema.HubSettings.title): Promise<IHubSettingsRead> {
  const light = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
  return hubSettingsFrom(hubSettingsQuery(light, listTitle)(), light, listTitle);
}
