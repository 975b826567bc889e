import { HttpRequestError } from './pnp';
import { DataError, isDataError, type IDataErrorDetails } from '../contracts/dataError';

export { DataError, isDataError } from '../contracts/dataError';
export type { DataErrorKind, IDataErrorDetails } from '../contracts/dataError';

export interface IServerError {
  readonly code?: string;
  readonly message?: string;
}

/**
 * Reads SharePoint's error body in any of its shapes: JSON light (`odata.error`),
 * verbose (`error`) or XML (`m:error`). Returns an empty object for anything else.
 */
export function readServerError(body: string): IServerError {
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      const container = asRecord(parsed);
      const error = asRecord(container?.['odata.error']) ?? asRecord(container?.error) ?? asRecord(asRecord(container?.responseBody)?.['odata.error']);
      if (!error) return {};
      const message = error.message;
      const text = typeof message === 'string' ? message : asRecord(message)?.value;
      return {
        code: typeof error.code === 'string' ? error.code : undefined,
        message: typeof text === 'string' ? text : undefined
      };
    } catch {
      return {};
    }
  }
  const code = /<m:code>([\s\S]*?)<\/m:code>/i.exec(trimmed)?.[1]?.trim();
  const message = /<m:message[^>]*>([\s\S]*?)<\/m:message>/i.exec(trimmed)?.[1]?.trim();
  return { code, message };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

const LIST_VIEW_THRESHOLD_CODE = '-2147024860';
const LOOKUP_THRESHOLD_CODE = '-2147024749';
const LIST_DOES_NOT_EXIST_CODE = '-2130575322';

const LIST_MISSING = /List '([^']+)' does not exist at site/i;
const COLUMN_MISSING = [
  /The field or property '([^']+)' does not exist/i,
  /Field or property "([^"]+)" does not exist/i,
  /Column '([^']+)' does not exist/i
];

/**
 * Classifies a failed SharePoint answer from its status and error body. Pure, so the
 * table of real SharePoint answers in the tests pins every rule.
 */
export function classifyServerError(
  status: number,
  server: IServerError,
  context: { readonly listTitle?: string } = {}
): IDataErrorDetails {
  const code = server.code ?? '';
  const message = server.message ?? '';
  const base = { status, serverCode: server.code, serverMessage: server.message, listTitle: context.listTitle };

  // Throttling first: SharePoint's 429/503 bodies reuse the threshold's number (SPRequestThrottledException).
  if (status === 429 || status === 503 || status === 504 || code.includes('SPRequestThrottledException')) {
    return { ...base, kind: 'throttled' };
  }
  if (code.includes('SPQueryThrottledException') || code.startsWith(LIST_VIEW_THRESHOLD_CODE) || code.startsWith(LOOKUP_THRESHOLD_CODE)) {
    const lookup = code.startsWith(LOOKUP_THRESHOLD_CODE) || /lookup column threshold/i.test(message);
    return { ...base, kind: 'overThreshold', limit: lookup ? 'lookupColumns' : 'listView' };
  }
  const listMatch = LIST_MISSING.exec(message);
  if (listMatch) return { ...base, kind: 'listNotFound', listTitle: listMatch[1] };
  if (code.startsWith(LIST_DOES_NOT_EXIST_CODE)) return { ...base, kind: 'listNotFound' };
  for (const pattern of COLUMN_MISSING) {
    const columnMatch = pattern.exec(message);
    if (columnMatch) return { ...base, kind: 'columnNotFound', column: columnMatch[1] };
  }
  if (status === 401 || status === 403 || code.includes('UnauthorizedAccessException')) return { ...base, kind: 'accessDenied' };
  if (status === 412 || status === 409) return { ...base, kind: 'conflict' };
  // A 404 that names no list: the web itself is not at that URL (IIS's bare 404, "File Not Found."
  // or "Cannot find resource for the request").
  if (status === 404 && (!server.code || /FileNotFoundException|ResourceNotFoundException/.test(code))) {
    return { ...base, kind: 'siteNotFound' };
  }
  return { ...base, kind: 'unknown' };
}

/** Reads the body SharePoint sent with a failed request; PnPjs leaves the original unread. */
async function bodyOf(error: HttpRequestError): Promise<string> {
  try {
    return await error.response.clone().text();
  } catch {
    // The body was consumed elsewhere: PnPjs also puts it in the message after "::>".
    const marker = error.message.indexOf('::>');
    return marker >= 0 ? error.message.slice(marker + 3) : '';
  }
}

function isHttpRequestError(error: unknown): error is HttpRequestError {
  return error instanceof HttpRequestError || asRecord(error)?.isHttpRequestError === true;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // fetch rejects with a TypeError ("Failed to fetch", "NetworkError…", "fetch failed") when no answer came back.
  return error.name === 'TypeError' || error.name === 'AbortError' || /network|failed to fetch|fetch failed/i.test(error.message);
}

/** Turns anything a PnPjs call threw into a DataError. Never throws. */
export async function toDataError(error: unknown, context: { readonly listTitle?: string } = {}): Promise<DataError> {
  if (isDataError(error)) return error;
  if (isHttpRequestError(error)) {
    const server = readServerError(await bodyOf(error));
    return new DataError(classifyServerError(error.status, server, context), error);
  }
  if (isNetworkFailure(error)) {
    return new DataError({ kind: 'network', listTitle: context.listTitle, serverMessage: (error as Error).message }, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DataError({ kind: 'unknown', listTitle: context.listTitle, serverMessage: message }, error);
}
