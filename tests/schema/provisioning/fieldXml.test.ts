import { FieldDefinition } from '../../../src/schema';
import { assertProvisionable, fieldXml, titleFieldXml } from '../../../src/schema/provisioning/fieldXml';
import { wards } from '../../../src/schema/lists/wards';
import { parseXml } from './parseXml';

const ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

function base(internalName: string): { internalName: string; displayName: string; id: string } {
  return { internalName, displayName: `${internalName} label`, id: ID };
}

/** Attributes and child text of the one <Field> a definition produces. */
function parsed(field: FieldDefinition, scope: 'site' | 'list'): { attributes: Record<string, string>; choices: string[]; defaultValue?: string } {
  const root = parseXml(fieldXml(field, scope, 0), field.internalName).documentElement;
  const attributes: Record<string, string> = {};
  for (const attribute of Array.from(root.attributes)) attributes[attribute.name] = attribute.value;
  const choices = Array.from(root.getElementsByTagName('CHOICE')).map((choice) => choice.textContent ?? '');
  const defaultValue = root.getElementsByTagName('Default')[0]?.textContent ?? undefined;
  return { attributes, choices, defaultValue };
}

describe('fieldXml, one row per field type', () => {
  test.each<[string, FieldDefinition, Record<string, string>]>([
    ['Text', { ...base('Code'), type: 'Text', maxLength: 9 }, { Type: 'Text', MaxLength: '9' }],
    ['plain Note', { ...base('Notes2'), type: 'Note', richText: false, lines: 4 }, { Type: 'Note', NumLines: '4', RichText: 'FALSE' }],
    [
      'rich Note',
      { ...base('Bio'), type: 'Note', richText: true, lines: 12 },
      { Type: 'Note', NumLines: '12', RichText: 'TRUE', RichTextMode: 'FullHtml' }
    ],
    [
      'Choice',
      { ...base('Kind'), type: 'Choice', choices: ['A', 'B'], defaultValue: 'B' },
      { Type: 'Choice', Format: 'Dropdown', FillInChoice: 'FALSE' }
    ],
    [
      'MultiChoice with fill-in',
      { ...base('Roles'), type: 'MultiChoice', choices: ['A', 'B'], fillIn: true },
      { Type: 'MultiChoice', FillInChoice: 'TRUE' }
    ],
    ['Boolean', { ...base('IsOn'), type: 'Boolean', defaultValue: true }, { Type: 'Boolean' }],
    [
      'date-only DateTime',
      { ...base('When'), type: 'DateTime', dateOnly: true },
      { Type: 'DateTime', Format: 'DateOnly', FriendlyDisplayFormat: 'Disabled' }
    ],
    ['date and time', { ...base('At'), type: 'DateTime', dateOnly: false }, { Type: 'DateTime', Format: 'DateTime' }],
    [
      'Number with limits',
      { ...base('Order2'), type: 'Number', decimals: 0, min: 1, max: 99 },
      { Type: 'Number', Decimals: '0', Min: '1', Max: '99' }
    ],
    ['URL', { ...base('Link'), type: 'URL' }, { Type: 'URL', Format: 'Hyperlink' }],
    ['Image', { ...base('Photo'), type: 'Image' }, { Type: 'Thumbnail' }],
    [
      'User',
      { ...base('Account'), type: 'User' },
      { Type: 'User', List: 'UserInfo', UserSelectionMode: 'PeopleOnly', UserSelectionScope: '0' }
    ],
    [
      'Lookup',
      { ...base('Ward'), type: 'Lookup', target: 'Wards', showField: 'Title', indexed: true },
      { Type: 'Lookup', List: 'Lists/Wards', ShowField: 'Title', Indexed: 'TRUE' }
    ],
    [
      'LookupMulti',
      { ...base('Wards2'), type: 'LookupMulti', target: 'Wards', showField: 'Title' },
      { Type: 'LookupMulti', List: 'Lists/Wards', ShowField: 'Title', Mult: 'TRUE' }
    ]
  ])('%s', (_name, field, expected) => {
    const { attributes } = parsed(field, 'list');
    expect(attributes).toMatchObject({
      ID: `{${ID}}`,
      Name: field.internalName,
      StaticName: field.internalName,
      DisplayName: field.displayName,
      Required: 'FALSE',
      ...expected
    });
    expect(attributes.Group).toBeUndefined();
    if (field.type !== 'Lookup' && field.type !== 'LookupMulti' && field.type !== 'User') {
      expect(attributes.List).toBeUndefined();
    }
    if (field.type !== 'LookupMulti') expect(attributes.Mult).toBeUndefined();
  });
});

describe('fieldXml details', () => {
  test('choices and the default are written as child elements', () => {
    const { choices, defaultValue } = parsed({ ...base('Kind'), type: 'Choice', choices: ['Chair', 'Vice-Chair'], defaultValue: 'Chair' }, 'list');
    expect(choices).toEqual(['Chair', 'Vice-Chair']);
    expect(defaultValue).toBe('Chair');
  });

  test.each([
    [true, '1'],
    [false, '0']
  ])('a Boolean defaulting to %s writes Default %s', (value, expected) => {
    expect(parsed({ ...base('IsOn'), type: 'Boolean', defaultValue: value }, 'list').defaultValue).toBe(expected);
  });

  test('required, indexed and unique become Required, Indexed and EnforceUniqueValues', () => {
    const { attributes } = parsed({ ...base('Code'), type: 'Text', required: true, indexed: true, unique: true }, 'list');
    expect(attributes).toMatchObject({ Required: 'TRUE', Indexed: 'TRUE', EnforceUniqueValues: 'TRUE' });
  });

  test('a site column carries the group and leaves indexes to each list', () => {
    const { attributes } = parsed({ ...base('Code'), type: 'Text', indexed: true, unique: true }, 'site');
    expect(attributes.Group).toBe('Member–Officer Hub');
    expect(attributes.Indexed).toBeUndefined();
    expect(attributes.EnforceUniqueValues).toBeUndefined();
  });

  test('apostrophes, ampersands, quotes and en dashes survive in names and choices', () => {
    const awkward = `Officer's "Q&A" – <draft>`;
    const field: FieldDefinition = { ...base('Awkward'), displayName: awkward, description: awkward, type: 'Choice', choices: [awkward], defaultValue: awkward };
    const { attributes, choices, defaultValue } = parsed(field, 'list');
    expect([attributes.DisplayName, attributes.Description, choices[0], defaultValue]).toEqual([awkward, awkward, awkward, awkward]);
  });

  test('the same definition always produces the same bytes', () => {
    const field: FieldDefinition = { ...base('Kind'), type: 'Choice', choices: ['A', 'B'], defaultValue: 'A' };
    expect(fieldXml(field, 'list', 3)).toBe(fieldXml({ ...field }, 'list', 3));
  });

  test('the Title column is renamed per list and keeps its built-in id', () => {
    const root = parseXml(titleFieldXml(wards, 0), 'title').documentElement;
    expect([root.getAttribute('ID'), root.getAttribute('Name'), root.getAttribute('DisplayName'), root.getAttribute('Required')]).toEqual([
      '{fa564e0f-0c70-4ab9-b863-0177e6ddd247}',
      'Title',
      'Ward name',
      'TRUE'
    ]);
  });
});

describe('assertProvisionable', () => {
  test.each<[string, FieldDefinition, RegExp]>([
    ['an indexed rich text column', { ...base('Bio'), type: 'Note', richText: true, indexed: true }, /cannot index/],
    ['an indexed multi-value lookup', { ...base('Wards2'), type: 'LookupMulti', target: 'Wards', showField: 'Title', indexed: true }, /cannot index/],
    ['unique values without an index', { ...base('Code'), type: 'Text', unique: true }, /only on an indexed column/],
    ['a default that is not a choice', { ...base('Kind'), type: 'Choice', choices: ['A'], defaultValue: 'Z' }, /not one of its choices/]
  ])('refuses %s', (_case, field, message) => {
    expect(() => assertProvisionable(field)).toThrow(message);
    expect(() => fieldXml(field, 'list', 0)).toThrow(message);
  });
});
