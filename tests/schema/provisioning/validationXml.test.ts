import { allLists } from '../../../src/schema';
import { columnRuleOf, listValidationFormula, listValidationMessage } from '../../../src/schema/validation';
import { siteColumnsOf } from '../../../src/schema/provisioning/siteColumns';
import { attribute, elementsNamed, parseAsset, parseElementManifests } from './parseXml';

/** These checks read the committed XML, which is what SharePoint receives. */
const elements = parseElementManifests();
const schemas = allLists.map((list) => ({ list, document: parseAsset(`schema-${list.key}.xml`) }));

function listField(document: Document, name: string): Element {
  const fields = elementsNamed(elementsNamed(document, 'Fields')[0], 'Field');
  const field = fields.find((candidate) => candidate.getAttribute('Name') === name);
  if (!field) throw new Error(`no <Field Name="${name}">`);
  return field;
}

/** The `<Validation>` elements directly inside an element. */
function validationsOf(parent: Element): Element[] {
  return Array.from(parent.children).filter((child) => child.tagName === 'Validation');
}

describe('column validation in the committed XML', () => {
  const rows = schemas.flatMap(({ list, document }) =>
    list.fields.map((field) => [`${list.key}.${field.internalName}`, field, listField(document, field.internalName)] as const)
  );

  test.each(rows)('%s carries exactly the formula and message its rule gives, or none', (_name, field, element) => {
    const rule = columnRuleOf(field);
    const validations = validationsOf(element);
    if (!rule) {
      expect(validations).toHaveLength(0);
      return;
    }
    expect(validations).toHaveLength(1);
    expect(validations[0].textContent).toBe(`=${rule.formula(field.internalName)}`);
    expect(attribute(validations[0], 'Message')).toBe(rule.message);
  });

  test('site columns carry the same validation as the list field with their id', () => {
    const siteFields = elementsNamed(elements, 'Field').filter((field) => field.parentElement?.tagName === 'Elements');
    const ruledSiteColumns = allLists.flatMap((list) => siteColumnsOf(list, allLists).filter((field) => columnRuleOf(field)));
    expect(ruledSiteColumns.map((field) => field.internalName).sort()).toEqual(['BriefingsContactEmail', 'Colour', 'ServiceEmail', 'WardCode', 'WeekCommencing']);
    for (const field of ruledSiteColumns) {
      const site = siteFields.find((candidate) => candidate.getAttribute('Name') === field.internalName);
      const [validation] = site ? validationsOf(site) : [];
      expect(validation?.textContent).toBe(`=${columnRuleOf(field)?.formula(field.internalName)}`);
    }
  });
});

describe('list validation in the committed XML', () => {
  test.each(schemas.map(({ list, document }) => [list.key, list, document] as const))(
    '%s: <MetaData> holds the list rule, or none',
    (_key, list, document) => {
      const [metaData] = elementsNamed(document, 'MetaData');
      const validations = validationsOf(metaData);
      const formula = listValidationFormula(list);
      if (formula === undefined) {
        expect(validations).toHaveLength(0);
        return;
      }
      expect(validations).toHaveLength(1);
      expect(validations[0].textContent).toBe(`=${formula}`);
      expect(attribute(validations[0], 'Message')).toBe(listValidationMessage(list));
    }
  );

  test('the list rules are on Members, CommitteeMemberships and HubSettings', () => {
    const withRule = schemas.filter(({ document }) => validationsOf(elementsNamed(document, 'MetaData')[0]).length > 0);
    expect(withRule.map(({ list }) => list.key)).toEqual(['Members', 'CommitteeMemberships', 'HubSettings']);
  });
});
