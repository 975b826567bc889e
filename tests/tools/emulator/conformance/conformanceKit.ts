/**
 * The conformance suite's client: PnPjs v4 as its documentation sets it up (`spfi(url).using(…)`),
 * pointed at the emulator, in each of SharePoint's three JSON flavours. The flavour is the one
 * thing PnPjs does not choose for us, so it goes in as an Accept header (InjectHeaders);
 * `JSONParse()` keeps the payload as SharePoint sent it, envelope included.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/content-types';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { SPBrowser, spfi, SPFI } from '@pnp/sp';
import { InjectHeaders, JSONParse } from '@pnp/queryable';
import type { IRunningEmulator } from '../../../../tools/emulator/server';
import type { ISiteUser } from '../../../../tools/emulator/siteData';

export type Format = 'nometadata' | 'minimalmetadata' | 'verbose';

export const FORMATS: readonly Format[] = ['nometadata', 'minimalmetadata', 'verbose'];

export type JsonObject = Record<string, unknown>;

/** PnPjs types what its calls resolve to; with JSONParse() they resolve to SharePoint's raw JSON object. */
export function asJson(value: unknown): JsonObject {
  expect(typeof value).toBe('object');
  return value as JsonObject;
}

/** A PnPjs client asking for one OData flavour and keeping SharePoint's raw JSON. */
export function spIn(emulator: IRunningEmulator, format: Format, user?: ISiteUser): SPFI {
  const headers: Record<string, string> = { Accept: `application/json;odata=${format}` };
  if (user) headers['X-Emulator-User'] = String(user.id);
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders(headers), JSONParse());
}

/** The rows of a collection payload: `d.results` (verbose) or `value`, after checking the envelope. */
export function rowsOf(payload: unknown, format: Format): JsonObject[] {
  const body = payload as JsonObject;
  if (format === 'verbose') {
    expect(Object.keys(body)).toEqual(['d']);
    return (body.d as { results: JsonObject[] }).results;
  }
  expect(Object.keys(body).sort()).toEqual(format === 'minimalmetadata' ? ['odata.metadata', 'value'] : ['value']);
  return body.value as JsonObject[];
}

/** One entity's payload: `d` (verbose) or the object itself. */
export function entityOf(payload: unknown, format: Format): JsonObject {
  const body = payload as JsonObject;
  if (format === 'verbose') {
    expect(Object.keys(body)).toEqual(['d']);
    return body.d as JsonObject;
  }
  if (format === 'minimalmetadata') expect(typeof body['odata.metadata']).toBe('string');
  return body;
}

/** Checks the per-entity annotations each flavour carries and returns the properties alone. */
export function propertiesOf(row: JsonObject, format: Format, type: string): JsonObject {
  const rest: JsonObject = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== '__metadata' && !key.startsWith('odata.')) rest[key] = value;
  }
  if (format === 'verbose') {
    expect(row.__metadata).toMatchObject({ type, uri: expect.any(String) });
  } else if (format === 'minimalmetadata') {
    expect(row).toMatchObject({ 'odata.type': type, 'odata.id': expect.any(String), 'odata.editLink': expect.any(String) });
  } else {
    expect(Object.keys(row).filter((key) => key === '__metadata' || key.startsWith('odata.'))).toEqual([]);
  }
  return rest;
}

/** A collection of strings as each flavour writes it. */
export function stringsIn(format: Format, values: readonly string[]): unknown {
  return format === 'verbose' ? { __metadata: { type: 'Collection(Edm.String)' }, results: values } : values;
}

/** The values of a collection property, whichever flavour wrote it. */
export function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return (value as { results: unknown[] }).results;
}
