import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { membersToPopolo, OPEN_DATA_CSV_FIELDS, openDataCsvRows } from '../../src/model/openData';
import { aDirectory, aMember, seat } from './support/directory';

const SCHEMA_DIR = path.join(__dirname, '..', 'fixtures', 'popolo');
const BASE = 'http://www.popoloproject.com/schemas/';

type Json = { [key: string]: unknown };

/**
 * The published Popolo schemas are draft-03, which ajv 6 does not read: a property's
 * `"required": true` becomes its parent's `required` list, and the schema is declared draft-04.
 */
function toDraft04(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft04);
  if (node === null || typeof node !== 'object') return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$schema') result[key] = 'http://json-schema.org/draft-04/schema#';
    else if (key === 'required' && typeof value === 'boolean') continue;
    else result[key] = toDraft04(value);
  }
  const properties = (node as Json).properties;
  if (properties !== null && typeof properties === 'object') {
    const required = Object.entries(properties as Json)
      .filter(([, value]) => (value as Json | null)?.required === true)
      .map(([name]) => name);
    if (required.length > 0) result.required = required;
  }
  return result;
}

function popoloValidator(): Ajv.Ajv {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  // The schemas refer to one another (area → post → membership …), so all of them are loaded.
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'))) {
    const text = fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8');
    ajv.addSchema(toDraft04(JSON.parse(text)) as object);
  }
  return ajv;
}

const khalid = aMember(1, {
  displayName: 'Cllr خالد الهاشمي',
  givenName: 'خالد',
  surname: 'الهاشمي',
  email: 'k.alhashimi@council.example',
  photoUrl: 'https://council.example/photos/1.jpg',
  partyId: 2,
  politicalGroupId: 3,
  wardId: 1,
  termStart: new Date('2022-05-05T00:00:00Z'),
  termEnd: new Date('2026-05-07T00:00:00Z'),
  accountEmail: 'khalid@tenant.example',
  publicPhone: '07700 900123',
  publicAddress: '1 Private Road',
  contactNotes: 'Surgery on Saturdays',
  biographyHtml: '<p>Private biography</p>'
});
const former = aMember(2, { displayName: 'Cllr Former', isCurrent: false, email: 'former@council.example' });
const hostile = aMember(3, { displayName: '=HYPERLINK("http://evil.example")', surname: '+cmd' });
const directory = aDirectory([khalid, former, hostile], [{ ...seat(1, 10, 'Chair'), startDate: new Date('2024-05-20T00:00:00Z') }, seat(2, 11)]);

describe('membersToPopolo', () => {
  const popolo = membersToPopolo(directory);
  const ajv = popoloValidator();

  test.each([
    ['persons', 'person'],
    ['organizations', 'organization'],
    ['memberships', 'membership'],
    ['areas', 'area']
  ] as const)('every one of %s is valid against the Popolo %s schema', (collection, schema) => {
    const validate = ajv.getSchema(`${BASE}${schema}.json#`);
    expect(validate).toBeDefined();
    expect(popolo[collection].length).toBeGreaterThan(0);
    for (const item of popolo[collection]) {
      expect({ item, valid: validate?.(item), errors: validate?.errors ?? null }).toEqual({ item, valid: true, errors: null });
    }
  });

  it('the validator rejects what Popolo forbids (so the test above can fail)', () => {
    const validate = ajv.getSchema(`${BASE}membership.json#`);
    expect(validate?.({ person_id: 'person/1', start_date: '20 May 2024' })).toBe(false);
    expect(ajv.getSchema(`${BASE}area.json#`)?.({ id: 'ward/1', identifier: 5 })).toBe(false);
    expect(ajv.getSchema(`${BASE}organization.json#`)?.({ identifiers: [{ scheme: 'gss' }] })).toBe(false); // draft-03 "required" kept
  });

  it('has the ward with its GSS code, parties, groups and committees, and roles with dates', () => {
    expect(popolo.areas).toContainEqual({ id: 'ward/1', name: 'Abbey', classification: 'ward', identifier: 'E05000001' });
    expect(popolo.organizations).toContainEqual(expect.objectContaining({ id: 'party/3', classification: 'political group' }));
    expect(popolo.organizations).toContainEqual(expect.objectContaining({ id: 'committee/10', name: 'Planning', classification: 'committee' }));
    expect(popolo.memberships).toContainEqual({ person_id: 'person/1', organization_id: 'committee/10', role: 'Chair', start_date: '2024-05-20' });
    expect(popolo.memberships).toContainEqual({
      person_id: 'person/1',
      organization_id: 'party/2',
      role: 'member',
      area_id: 'ward/1',
      start_date: '2022-05-05',
      end_date: '2026-05-07'
    });
  });

  it('exports current members only, and nothing beyond the open-data fields (no sign-in address, published phone or address, notes or biography)', () => {
    expect(popolo.persons.map((person) => person.id)).toEqual(['person/1', 'person/3']);
    expect(popolo.memberships.some((membership) => membership.person_id === 'person/2')).toBe(false);
    const text = JSON.stringify(popolo);
    for (const secret of ['khalid@tenant.example', '07700 900123', 'Private Road', 'Surgery', 'Private biography', 'former@council.example']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('openDataCsvRows', () => {
  it('uses Democracy Club column names where they map, and public fields only', () => {
    const rows = openDataCsvRows(directory);
    expect(OPEN_DATA_CSV_FIELDS.slice(0, 2)).toEqual(['person_id', 'person_name']);
    expect(rows[0]).toMatchObject({
      person_id: '1',
      person_name: 'Cllr خالد الهاشمي',
      party_name: 'Labour',
      political_group: 'Independent Group',
      post_label: 'Abbey',
      gss_code: 'E05000001',
      email: 'k.alhashimi@council.example',
      image_url: 'https://council.example/photos/1.jpg',
      term_start: '2022-05-05',
      term_end: '2026-05-07',
      committees: 'Planning (Chair)'
    });
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual([...OPEN_DATA_CSV_FIELDS]);
    expect(JSON.stringify(rows)).not.toMatch(/tenant\.example|07700|Private/);
  });
});

describe('open data: members who are not councillors', () => {
  const coopted = aMember(20, { displayName: 'Miriam Ashdown', memberType: 'Co-opted member' });
  const independent = aMember(21, { displayName: 'Graham Pellow', memberType: 'Independent person' });
  const councillor = aMember(22, { displayName: 'Cllr Ward', wardId: 1, partyId: 2 });
  const mixed = aDirectory([coopted, independent, councillor], [seat(20, 10), seat(21, 11, 'Vice-Chair'), seat(22, 10)]);

  it('labels their committee seats with what they sit as, valid Popolo, and gives councillors no label', () => {
    const popolo = membersToPopolo(mixed);
    const seats = popolo.memberships.filter((membership) => String(membership.organization_id).startsWith('committee/'));
    expect(seats.map((membership) => [membership.person_id, membership.role, membership.label])).toEqual([
      ['person/20', 'Member', 'Co-opted member'],
      ['person/21', 'Vice-Chair', 'Independent person'],
      ['person/22', 'Member', undefined]
    ]);
    const validate = popoloValidator().getSchema(`${BASE}membership.json#`);
    for (const membership of popolo.memberships) expect({ membership, valid: validate?.(membership) }).toEqual({ membership, valid: true });
  });

  it('gives the member type in the CSV, with no ward for those who represent none', () => {
    expect(openDataCsvRows(mixed).map((row) => [row.person_name, row.member_type, row.post_label])).toEqual([
      ['Miriam Ashdown', 'Co-opted member', ''],
      ['Graham Pellow', 'Independent person', ''],
      ['Cllr Ward', 'Councillor', 'Abbey']
    ]);
  });
});
