/**
 * The data layer's error, as views see it: what went wrong (kind) and where (list, column, setting), with
 * no PnPjs in it, so src/ui and the components may import it without pulling PnPjs into their bundle.
 * src/data/DataError.ts turns PnPjs and network failures into it.
 */
/**
 * What went wrong, in terms a view can explain to a person. The UI never sees HTTP:
 * repositories turn every failure into one of these.
 */
export type DataErrorKind =
  /** SharePoint kept answering 429/503/504 after our retries ran out. */
  | 'throttled'
  /** The list does not exist on the lists' site (not provisioned, renamed or wrong site). */
  | 'listNotFound'
  /** A column the product reads is missing from the list. */
  | 'columnNotFound'
  /** The lists' site itself does not exist at the configured URL. */
  | 'siteNotFound'
  /** The signed-in user may not read (or change) this. */
  | 'accessDenied'
  /** The query tripped the list view threshold or the lookup column limit. */
  | 'overThreshold'
  /** Someone else changed the item first (412) or a save conflict (409). */
  | 'conflict'
  /** No answer from the server at all (offline, DNS, CORS, aborted connection). */
  | 'network'
  /** The lists' site setting names a site off the current tenant's origin: nothing was sent there. */
  | 'listsSiteRefused'
  | 'unknown';

export interface IDataErrorDetails {
  readonly kind: DataErrorKind;
  readonly status?: number;
  /** The list the failed request was about, when known. */
  readonly listTitle?: string;
  /** The missing column, for 'columnNotFound'. */
  readonly column?: string;
  /** Which limit was hit, for 'overThreshold'. */
  readonly limit?: 'listView' | 'lookupColumns';
  /** SharePoint's own error code and message, for logs and support. */
  readonly serverCode?: string;
  readonly serverMessage?: string;
  /** For 'listsSiteRefused': which setting named the site, and its value. */
  readonly setting?: 'webPartProperty' | 'tenantProperty';
  readonly settingValue?: string;
}

export class DataError extends Error implements IDataErrorDetails {
  public readonly kind: DataErrorKind;
  public readonly status?: number;
  public readonly listTitle?: string;
  public readonly column?: string;
  public readonly limit?: 'listView' | 'lookupColumns';
  public readonly serverCode?: string;
  public readonly serverMessage?: string;
  public readonly setting?: 'webPartProperty' | 'tenantProperty';
  public readonly settingValue?: string;
  public readonly cause?: unknown;

  public constructor(details: IDataErrorDetails, cause?: unknown) {
    super(describe(details));
    this.name = 'DataError';
    this.kind = details.kind;
    this.status = details.status;
    this.listTitle = details.listTitle;
    this.column = details.column;
    this.limit = details.limit;
    this.serverCode = details.serverCode;
    this.serverMessage = details.serverMessage;
    this.setting = details.setting;
    this.settingValue = details.settingValue;
    this.cause = cause;
    // Keeps instanceof working when compiled to ES5 classes.
    Object.setPrototypeOf(this, DataError.prototype);
  }
}

export function isDataError(value: unknown): value is DataError {
  return value instanceof DataError;
}

function describe(details: IDataErrorDetails): string {
  const parts: string[] = [details.kind];
  if (details.status !== undefined) parts.push(`HTTP ${details.status}`);
  if (details.listTitle) parts.push(`list '${details.listTitle}'`);
  if (details.column) parts.push(`column '${details.column}'`);
  if (details.serverMessage) parts.push(details.serverMessage);
  if (details.setting) parts.push(`${details.setting} '${details.settingValue ?? ''}'`);
  return parts.join(': ');
}
