import { readdirSync } from 'fs';
import { allLists } from '../../../src/schema';
import { SCHEMA_STEPS } from '../../../src/schema/history';
import { provisioningAssets } from '../../../src/schema/provisioning/provisioningAssets';
import { escapeXml } from '../../../src/schema/provisioning/xml';
import { ASSETS_DIR, parseXml, readAsset } from './parseXml';

describe('XML well-formedness', () => {
  test.each([
    ['an unclosed element', '<List><Fields></List>'],
    ['an unescaped ampersand', '<Field DisplayName="Fish & chips" />'],
    ['an unquoted attribute', '<Field Required=TRUE />'],
    ['two root elements', '<A /><B />']
  ])('the helper rejects %s', (_case, broken) => {
    expect(() => parseXml(broken, 'broken.xml')).toThrow(/broken\.xml is not well-formed XML/);
  });

  test('the helper accepts a well-formed document', () => {
    expect(parseXml('<Field DisplayName="Fish &amp; chips" />', 'ok.xml').documentElement.getAttribute('DisplayName')).toBe(
      'Fish & chips'
    );
  });

  test('escaping round-trips apostrophes, ampersands, quotes, angle brackets and en dashes', () => {
    const awkward = `Officer's "notes" <b> & Member–Officer`;
    const document = parseXml(`<Field DisplayName="${escapeXml(awkward)}">${escapeXml(awkward)}</Field>`, 'escaped.xml');
    expect(document.documentElement.getAttribute('DisplayName')).toBe(awkward);
    expect(document.documentElement.textContent).toBe(awkward);
  });

  test('every generated file is well formed', () => {
    for (const file of provisioningAssets(allLists).files) {
      expect(() => parseXml(file.content, file.name)).not.toThrow();
    }
  });

  test('every committed file in sharepoint/assets is well formed', () => {
    const names = readdirSync(ASSETS_DIR).filter((name) => name.endsWith('.xml'));
    // elements.xml and one schema per list; with upgrade steps, each step's manifest and upgrade actions.
    expect(names.sort()).toEqual(provisioningAssets(allLists, { steps: SCHEMA_STEPS }).files.map((file) => file.name).sort());
    for (const name of names) {
      expect(() => parseXml(readAsset(name), name)).not.toThrow();
    }
  });
});
