/** @jest-environment node */
import { HttpRequestError } from '@pnp/queryable';
import { classifyServerError, DataError, readServerError, toDataError } from '../../src/data/DataError';

const jsonLight = (code: string, message: string): string =>
  JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
const verbose = (code: string, message: string): string =>
  JSON.stringify({ error: { code, message: { lang: 'en-US', value: message } } });

describe('readServerError', () => {
  test.each([
    ['JSON light', jsonLight('-1, System.ArgumentException', 'List x'), '-1, System.ArgumentException', 'List x'],
    ['verbose', verbose('-2147024891, System.UnauthorizedAccessException', 'Access denied.'), '-2147024891, System.UnauthorizedAccessException', 'Access denied.'],
    [
      'XML',
      '<?xml version="1.0"?><m:error xmlns:m="x"><m:code>-2147024860, Microsoft.SharePoint.SPQueryThrottledException</m:code><m:message xml:lang="en-US">The attempted operation is prohibited.</m:message></m:error>',
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited.'
    ],
    ['an IIS HTML page', '<html><body>404 FILE NOT FOUND</body></html>', undefined, undefined],
    ['broken JSON', '{"odata.error": ', undefined, undefined],
    ['empty', '', undefined, undefined]
  ])('reads %s bodies', (_shape, body, code, message) => {
    expect(readServerError(body)).toEqual({ code, message });
  });
});

describe('classifyServerError maps real SharePoint answers', () => {
  test.each([
    {
      name: 'missing list',
      status: 404,
      code: '-1, System.ArgumentException',
      message: "List 'Members' does not exist at site with URL 'https://contoso.sharepoint.com/sites/hub'.",
      expected: { kind: 'listNotFound', listTitle: 'Members' }
    },
    {
      name: 'list by id that does not exist',
      status: 404,
      code: '-2130575322, Microsoft.SharePoint.SPException',
      message: 'List does not exist. The page you selected contains a list that does not exist.',
      expected: { kind: 'listNotFound', listTitle: 'Wards' }
    },
    {
      name: 'missing column in $select',
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The field or property 'Portfolio' does not exist.",
      expected: { kind: 'columnNotFound', column: 'Portfolio' }
    },
    {
      name: 'missing column in $filter',
      status: 400,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: "Column 'IsCurrent' does not exist. It may have been deleted by another user.",
      expected: { kind: 'columnNotFound', column: 'IsCurrent' }
    },
    {
      name: 'list view threshold',
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
      expected: { kind: 'overThreshold', limit: 'listView' }
    },
    {
      name: 'lookup column threshold',
      status: 500,
      code: '-2147024749, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold.',
      expected: { kind: 'overThreshold', limit: 'lookupColumns' }
    },
    {
      name: 'access denied',
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.',
      expected: { kind: 'accessDenied' }
    },
    { name: 'unauthenticated', status: 401, code: undefined, message: undefined, expected: { kind: 'accessDenied' } },
    {
      name: 'ETag mismatch',
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: "The request ETag value '\"8\"' does not match the object's ETag value '\"9\"'.",
      expected: { kind: 'conflict' }
    },
    { name: 'save conflict', status: 409, code: '-2130575305, Microsoft.SharePoint.SPException', message: 'Save Conflict.', expected: { kind: 'conflict' } },
    { name: 'throttled', status: 429, code: undefined, message: undefined, expected: { kind: 'throttled' } },
    { name: 'unavailable', status: 503, code: undefined, message: undefined, expected: { kind: 'throttled' } },
    { name: 'gateway timeout', status: 504, code: undefined, message: undefined, expected: { kind: 'throttled' } },
    {
      name: 'throttled with a SharePoint body',
      status: 429,
      code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      message: 'The request has been throttled.',
      expected: { kind: 'throttled' }
    },
    { name: 'site that is not there (bare 404)', status: 404, code: undefined, message: undefined, expected: { kind: 'siteNotFound' } },
    { name: 'site that is not there (File Not Found)', status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.', expected: { kind: 'siteNotFound' } },
    {
      name: 'site that is not there (no resource)',
      status: 404,
      code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      message: 'Cannot find resource for the request /sites/nowhere/_api/contextinfo.',
      expected: { kind: 'siteNotFound' }
    },
    { name: 'an item that is not there', status: 404, code: '-2130575338, Microsoft.SharePoint.SPException', message: 'Item does not exist.', expected: { kind: 'unknown' } },
    { name: 'anything else', status: 500, code: '-1, System.InvalidOperationException', message: 'Operation is not valid.', expected: { kind: 'unknown' } }
  ])('$name → $expected.kind', ({ status, code, message, expected }) => {
    const details = classifyServerError(status, { code, message }, { listTitle: 'Wards' });
    expect(details).toMatchObject({ status, serverCode: code, serverMessage: message, ...expected });
  });
});

describe('toDataError', () => {
  const httpError = async (status: number, body: string): Promise<HttpRequestError> =>
    HttpRequestError.init(new Response(body, { status, statusText: 'x' }));

  it('reads the body of a PnPjs HttpRequestError', async () => {
    const error = await httpError(404, jsonLight('-1, System.ArgumentException', "List 'Parties' does not exist at site with URL 'https://x'."));
    const dataError = await toDataError(error, { listTitle: 'Members' });
    expect(dataError).toBeInstanceOf(DataError);
    expect(dataError).toMatchObject({ kind: 'listNotFound', listTitle: 'Parties', status: 404 });
    expect(dataError.cause).toBe(error);
  });

  it('falls back to the message when the body was already read', async () => {
    const error = await httpError(400, jsonLight('-1, Microsoft.SharePoint.SPException', "The field or property 'Ward' does not exist."));
    await error.response.text();
    expect(await toDataError(error)).toMatchObject({ kind: 'columnNotFound', column: 'Ward' });
  });

  it('treats a rejected fetch as a network failure', async () => {
    expect(await toDataError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network' });
  });

  it('passes a DataError through unchanged and never throws on odd values', async () => {
    const original = new DataError({ kind: 'conflict' });
    expect(await toDataError(original)).toBe(original);
    expect(await toDataError('boom')).toMatchObject({ kind: 'unknown', serverMessage: 'boom' });
    expect(await toDataError(undefined)).toMatchObject({ kind: 'unknown' });
  });
});
