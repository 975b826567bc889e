/**
 * The receipts list: item-level permissions in the committed list schema (what SharePoint
 * receives), an index that keeps every receipts query within the list view threshold at a
 * county's size for twenty years, and the schema step that brings it.
 */
import { LIST_VIEW_THRESHOLD, MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING, schema } from '../../../src/schema';
import { SCHEMA_STEPS } from '../../../src/schema/history';
import { elementsNamed, parseAsset } from '../provisioning/parseXml';

const LARGE_COUNTY_MEMBERS = 150;
const TWENTY_YEARS_OF_WEEKS = 1040;

describe('BriefingReceipts', () => {
  const document = parseAsset('schema-BriefingReceipts.xml');
  const listElement = elementsNamed(document, 'List')[0];
  const field = (name: string): Element | undefined =>
    elementsNamed(elementsNamed(document, 'Fields')[0], 'Field').find((element) => element.getAttribute('Name') === name);

  it('is provisioned with item-level permissions: each member reads and edits only their own receipts', () => {
    expect(listElement.getAttribute('ReadSecurity')).toBe('2');
    expect(listElement.getAttribute('WriteSecurity')).toBe('2');
  });

  it('other lists keep SharePoint\'s default (every reader reads every item)', () => {
    const briefingItems = elementsNamed(parseAsset('schema-BriefingItems.xml'), 'List')[0];
    expect(briefingItems.getAttribute('ReadSecurity')).toBeNull();
    expect(briefingItems.getAttribute('WriteSecurity')).toBeNull();
  });

  it('indexes the Briefing lookup that every receipts query filters on first', () => {
    expect(schema.BriefingReceipts.queriedBy).toEqual(['Briefing']);
    expect(field('Briefing')?.getAttribute('Indexed')).toBe('TRUE');
  });

  it('is designed for 150 members over 20 years, far over the threshold', () => {
    const lowest = LARGE_COUNTY_MEMBERS * TWENTY_YEARS_OF_WEEKS;
    expect(lowest).toBeGreaterThan(LIST_VIEW_THRESHOLD);
    expect(schema.BriefingReceipts.expectedItems).toBeGreaterThanOrEqual(lowest);
  });

  it('one briefing\'s receipts (a read and every acknowledgement, by every member) fit under the threshold', () => {
    expect(LARGE_COUNTY_MEMBERS * (1 + MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING)).toBeLessThanOrEqual(LIST_VIEW_THRESHOLD);
  });

  it('keeps no version history and has no content approval (a withdrawn receipt is gone)', () => {
    expect(listElement.getAttribute('VersioningEnabled')).toBe('FALSE');
    expect(listElement.getAttribute('ModeratedList')).toBe('FALSE');
  });

  it('arrives with the flag on briefing items in schema step 1.2.0.0', () => {
    const step = SCHEMA_STEPS.find((candidate) => candidate.version === '1.2.0.0');
    expect(step?.lists).toContain('BriefingReceipts');
    expect(step?.fields?.BriefingItems).toContain('NeedsAcknowledgement');
    expect(schema.BriefingItems.fields.find((candidate) => candidate.internalName === 'NeedsAcknowledgement')?.type).toBe('Boolean');
  });
});
