/**
 * SharePoint Online's REST errors, with the status codes, exception codes and wording it uses.
 * Every failure the emulator reports is one of these, so client code meets the same errors here
 * as against a tenant.
 */

export class SharePointError extends Error {
  public constructor(
    public readonly status: number,
    /** "<HRESULT>, <exception type>" as SharePoint writes it in odata.error.code */
    public readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After. */
    public readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
    this.name = 'SharePointError';
  }
}

const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const ARGUMENT = '-1, System.ArgumentException';
const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';

export const spErrors = {
  listViewThreshold: (): SharePointError =>
    new SharePointError(
      500,
      THROTTLED,
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  lookupThreshold: (): SharePointError =>
    new SharePointError(
      500,
      THROTTLED,
      'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'
    ),
  listNotFound: (title: string, webUrl: string): SharePointError =>
    new SharePointError(404, ARGUMENT, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  itemNotFound: (): SharePointError =>
    new SharePointError(
      404,
      ARGUMENT,
      'Item does not exist. It may have been deleted by another user.'
    ),
  fieldNotFound: (name: string): SharePointError =>
    new SharePointError(400, INVALID_QUERY, `The field or property '${name}' does not exist.`),
  propertyNotOnType: (name: string, typeName: string): SharePointError =>
    new SharePointError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  lookupNotExpanded: (name: string): SharePointError =>
    new SharePointError(
      400,
      SP_EXCEPTION,
      `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name.split('/')[0]}.`
    ),
  fieldNotProjectable: (name: string): SharePointError =>
    new SharePointError(400, SP_EXCEPTION, `The query to field '${name}' is not valid.`),
  fieldNotFilterable: (name: string, type: string): SharePointError =>
    new SharePointError(
      400,
      SP_EXCEPTION,
      `The field '${name}' of type '${type}' cannot be used in the query filter expression.`
    ),
  /** A system query option the endpoint does not implement; SharePoint's wording for this case is not documented. */
  unsupportedQueryOption: (option: string, typeName: string): SharePointError =>
    new SharePointError(400, INVALID_QUERY, `The query option '${option}' is not supported on ${typeName}.`),
  /** GetByInternalNameOrTitle / GetByTitle on a field the list does not have (CSOM's ServerErrorCode -2147024809). */
  columnNotFound: (name: string, listUrl: string): SharePointError =>
    new SharePointError(
      400,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.  ${listUrl}`
    ),
  /** A list addressed by id (lists('guid')) that the web does not have. */
  listIdNotFound: (): SharePointError =>
    new SharePointError(
      404,
      ARGUMENT,
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
    ),
  invalidQuery: (message: string): SharePointError => new SharePointError(400, INVALID_QUERY, message),
  invalidValue: (message: string): SharePointError =>
    new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientServiceRequestException', message),
  securityValidation: (): SharePointError =>
    new SharePointError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  accessDenied: (): SharePointError =>
    new SharePointError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  etagMismatch: (sent: string, actual: string): SharePointError =>
    new SharePointError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`
    ),
  methodNotSupported: (typeName: string, method: string): SharePointError =>
    new SharePointError(405, INVALID_QUERY, `The type ${typeName} does not support HTTP ${method} method.`),
  endpointNotFound: (segment: string): SharePointError =>
    new SharePointError(
      404,
      '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      `Cannot find resource for the request ${segment}.`
    ),
  throttled: (status: 429 | 503, retryAfterSeconds: number): SharePointError =>
    new SharePointError(
      status,
      '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      status === 429
        ? 'The request has been throttled. Please retry after the time given in Retry-After.'
        : 'The server is currently too busy to handle the request. Please retry after the time given in Retry-After.',
      { 'Retry-After': String(retryAfterSeconds) }
    ),
  badRequestBody: (message: string): SharePointError => new SharePointError(400, INVALID_QUERY, message),
  /** A value breaks its column's validation formula; SharePoint answers with the column's message. */
  fieldValidation: (message: string): SharePointError =>
    new SharePointError(500, '-2130575163, Microsoft.SharePoint.SPFieldValidationException', message),
  /** The item breaks the list's validation formula. */
  listValidation: (message: string): SharePointError =>
    new SharePointError(500, '-2130575162, Microsoft.SharePoint.SPListDataValidationException', message),
  badRequestUrl: (path: string): SharePointError =>
    new SharePointError(400, INVALID_QUERY, `The request URL '${path}' is not valid.`)
};

/** decodeURIComponent that answers SharePoint's 400 instead of throwing URIError. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw spErrors.badRequestUrl(path);
  }
}

export type ODataFormat = 'nometadata' | 'minimalmetadata' | 'verbose';

/**
 * The body SharePoint sends with an error: `odata.error` for JSON light (nometadata and
 * minimalmetadata), `error` for verbose.
 */
export function errorBody(error: SharePointError, format: ODataFormat): Record<string, unknown> {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return format === 'verbose' ? { error: inner } : { 'odata.error': inner };
}
