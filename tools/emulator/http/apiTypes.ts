/** The transport-free request and response the API endpoints and $batch parts share. */
import type { ISiteUser } from '../siteData';
import { errorBody, ODataFormat, SharePointError, spErrors } from '../errors';
import { contentTypeFor } from '../odata/format';
import type { Json } from '../shape/fieldValues';

export interface IApiRequest {
  /** Effective method: X-HTTP-Method already applied. */
  readonly method: string;
  readonly url: URL;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  readonly user: ISiteUser;
  /** Parts of a $batch carry no digest of their own: the batch request had it. */
  readonly inBatch: boolean;
}

export interface IApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export type BatchRunner = (request: IApiRequest) => Promise<IApiResponse>;

export function json(
  status: number,
  format: ODataFormat,
  payload: Json,
  headers: Record<string, string> = {}
): IApiResponse {
  return { status, headers: { 'Content-Type': contentTypeFor(format), ...headers }, body: JSON.stringify(payload) };
}

export function sharePointErrorResponse(error: SharePointError, format: ODataFormat): IApiResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': contentTypeFor(format), ...error.headers },
    body: JSON.stringify(errorBody(error, format))
  };
}

export function requireMethod(method: string, allowed: readonly string[], typeName: string): void {
  if (!allowed.includes(method)) {
    throw spErrors.methodNotSupported(typeName, method);
  }
}
