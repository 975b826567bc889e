/**
 * @jest-environment node
 */
/**
 * What the emulator does not support is an error in SharePoint's `odata.error` shape, never a
 * silent answer: unknown columns in $select, query options SharePoint ignores or the emulator does
 * not implement, unknown endpoints, writes the emulator does not implement. Driven through PnPjs's
 * documented calls; the one raw request is the $skip case, which PnPjs documents only for items'
 * paging helpers, not as `.skip()` on items.
 */
import { spGet, SPQueryable } from '@pnp/sp';
import { sharePointError, startSampleEmulator } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { FORMATS, JsonObject, spIn } from './conformanceKit';

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(() => emulator.close());

describe.each(FORMATS)('error envelopes [%s]', (format) => {
  it(`an unknown column in items $select is 400 "The field or property … does not exist." in ${format === 'verbose' ? '{error}' : '{"odata.error"}'} [${format}]`, async () => {
    try {
      await spIn(emulator, format).web.lists.getByTitle('Members').items.select('Title', 'NoSuchColumn')();
      throw new Error('expected a failure');
    } catch (error) {
      const response = (error as { response?: Response }).response;
      if (!response) throw error;
      expect(response.status).toBe(400);
      const body = (await response.json()) as JsonObject;
      const inner = { code: INVALID_QUERY, message: { lang: 'en-US', value: "The field or property 'NoSuchColumn' does not exist." } };
      expect(body).toEqual(format === 'verbose' ? { error: inner } : { 'odata.error': inner });
    }
  });
});

describe('query options and endpoints the emulator refuses', () => {
  it('refuses $skip on list items (SharePoint documents it does not work there) instead of returning the first page', async () => {
    const items = spIn(emulator, 'nometadata').web.lists.getByTitle('Wards').items;
    const skipped = SPQueryable(items).using();
    skipped.query.set('$skip', '10');
    expect(await sharePointError(() => spGet(skipped))).toMatchObject({ status: 400, code: INVALID_QUERY, message: expect.stringContaining('$skip') });
  });

  it('refuses a query option one item does not take ($top on items(n)) instead of ignoring it', async () => {
    const item = SPQueryable(spIn(emulator, 'nometadata').web.lists.getByTitle('Wards').items.getById(1)).using();
    item.query.set('$top', '1');
    expect(await sharePointError(() => spGet(item))).toMatchObject({ status: 400, code: INVALID_QUERY, message: "The query option '$top' is not supported on SP.ListItem." });
  });

  it('refuses a computed column (LinkTitle) in items $select rather than guessing its value', async () => {
    expect(await sharePointError(() => spIn(emulator, 'nometadata').web.lists.getByTitle('Members').items.select('LinkTitle')())).toMatchObject({
      status: 400,
      message: "The field or property 'LinkTitle' does not exist."
    });
  });

  it('answers an endpoint it does not emulate (list.getChanges, view.renderAsHtml) with an error, not an empty answer', async () => {
    const list = spIn(emulator, 'nometadata').web.lists.getByTitle('Members');
    expect(await sharePointError(() => list.getChanges({ Add: true }))).toMatchObject({ status: 404, code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException' });
    expect(await sharePointError(() => list.defaultView.renderAsHtml())).toMatchObject({ status: 404, code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException' });
  });

  it('refuses $orderby on a property SP.List does not have, and a malformed $filter', async () => {
    const lists = spIn(emulator, 'nometadata').web.lists;
    expect(await sharePointError(() => lists.orderBy('Colour')())).toMatchObject({ status: 400, message: expect.stringContaining("'Colour'") });
    expect(await sharePointError(() => lists.filter("Title eq 'Wards")())).toMatchObject({ status: 400, code: INVALID_QUERY });
  });
});
