import { allLists, FieldDefinition, schema } from '../../src/schema';
import {
  COLUMN_RULES,
  ColumnRuleKind,
  columnRuleOf,
  listRuleAccepts,
  listValidationFormula,
  listValidationMessage,
  MAX_VALIDATION_LENGTH,
  validationProblems
} from '../../src/schema/validation';
import { assertValidationLength } from '../../src/schema/provisioning/fieldXml';
import { CellValue, columnsIn, formulaAccepts, functionNestingDepth, serialOf } from './sharePointFormula';

/** Each rule against values an admin might type, with the answer the rule is meant to give. */
const TABLE: Readonly<Record<ColumnRuleKind, ReadonlyArray<readonly [value: string, accepted: boolean, why: string]>>> = {
  email: [
    ['jo.bloggs@example.gov.uk', true, 'an ordinary council address'],
    ['Cllr.O\'Neill@county.gov.uk', true, 'an apostrophe and capitals'],
    ['a@b.co', true, 'the shortest sensible address'],
    ['jo.bloggs', false, 'no @'],
    ['@example.gov.uk', false, 'nothing before the @'],
    ['jo bloggs@example.gov.uk', false, 'a space'],
    ['jo@bloggs@example.gov.uk', false, 'two @'],
    ['jo@example.gov.uk; sam@example.gov.uk', false, 'two addresses'],
    ['jo.bloggs@', false, 'nothing after the @'],
    ['jo@localhost', false, 'no dot in the domain'],
    ['jo@.gov.uk', false, 'the domain starts with its dot'],
    ['jo@example.gov.uk.', false, 'a trailing dot'],
    ['01234 567890', false, 'a phone number'],
    ['jo@example.gov.uk;AllStaff', false, 'a second recipient after a semicolon (Outlook resolves a bare name)'],
    ['jo@example.gov.uk,AllStaff', false, 'a second recipient after a comma'],
    ['jo@example.gov.uk\nAllStaff', false, 'a new line'],
    ['jo@example.gov.uk\r', false, 'a carriage return'],
    ['jo@example.gov.uk\tAllStaff', false, 'a tab'],
    ['jo@example.gov.uk?cc=AllStaff', false, 'a mailto query'],
    ['<jo@example.gov.uk>', false, 'angle brackets'],
    ['"Jo"jo@example.gov.uk', false, 'a quoted display name'],
    ['mailto:jo@example.gov.uk', false, 'a mailto: link'],
    ['jo+ward_1@example-council.gov.uk', true, 'plus, underscore and a hyphenated domain'],
    ['', true, 'blank (whether it is required is a separate setting)']
  ],
  hexColour: [
    ['#0087DC', true, 'upper-case hex'],
    ['#e4003b', true, 'lower-case hex'],
    ['#FaA61a', true, 'mixed case'],
    ['0087DC', false, 'no #'],
    ['#0087D', false, 'five digits'],
    ['#0087DCX', false, 'seven digits'],
    ['#0087DG', false, 'G is not a hex digit'],
    ['#00 7DC', false, 'a space'],
    ['#0087#C', false, 'a second #'],
    ['red', false, 'a colour name'],
    ['', true, 'blank']
  ],
  gssCode: [
    ['E05000001', true, 'an English ward'],
    ['W05000981', true, 'a Welsh electoral ward'],
    ['S13002516', true, 'a Scottish ward'],
    ['N08000101', true, 'a Northern Irish ward'],
    ['e05000001', false, 'a lower-case letter'],
    ['X05000001', false, 'not a UK country letter'],
    ['E0500001', false, 'seven digits'],
    ['E050000011', false, 'nine digits'],
    ['E05 00001', false, 'a space'],
    ['E0500000A', false, 'a letter among the digits'],
    ['05000001E', false, 'the letter at the end'],
    ['', true, 'blank']
  ],
  monday: [
    ['2026-11-23', true, 'Monday 23 November 2026'],
    ['2026-11-24', false, 'Tuesday 24 November 2026'],
    ['2026-11-22', false, 'Sunday 22 November 2026'],
    ['2026-11-28', false, 'Saturday 28 November 2026'],
    ['2026-03-30', true, 'Monday 30 March 2026, the day after the clocks go forward'],
    ['2024-02-26', true, 'a Monday in a leap-year February'],
    ['2028-02-29', false, 'Tuesday 29 February 2028'],
    ['', true, 'blank']
  ]
};

/** The column value SharePoint evaluates: text as typed, a date as its serial number, blank as nothing. */
function cellOf(kind: ColumnRuleKind, value: string): CellValue {
  if (value === '') return null;
  return kind === 'monday' ? serialOf(value) : value;
}

const RULE_KINDS = Object.keys(TABLE) as ColumnRuleKind[];

describe.each(RULE_KINDS)('the %s rule', (kind) => {
  const rule = COLUMN_RULES[kind];
  const formula = rule.formula('Column');

  test.each(TABLE[kind].map(([value, accepted, why]) => [why, value, accepted] as const))(
    '%s: the predicate and the SharePoint formula both give the intended answer',
    (_why, value, accepted) => {
      expect(rule.accepts(value)).toBe(accepted);
      expect(formulaAccepts(formula, { Column: cellOf(kind, value) })).toBe(accepted);
    }
  );

  test('null and undefined count as blank', () => {
    expect([rule.accepts(null), rule.accepts(undefined)]).toEqual([true, true]);
  });

  test('the formula refers only to its own column (SharePoint column validation cannot see others)', () => {
    expect(columnsIn(formula)).toEqual(['Column']);
    expect(columnsIn(rule.formula('WeekCommencing'))).toEqual(['WeekCommencing']);
  });

  test('the formula is en-US syntax within SharePoint\'s length limit, the message plain and short', () => {
    const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideStrings).not.toContain(';');
    expect(`=${rule.formula('RegisterOfInterestsUrl')}`.length).toBeLessThanOrEqual(MAX_VALIDATION_LENGTH);
    expect(functionNestingDepth(formula)).toBeLessThanOrEqual(8);
    expect(rule.message.length).toBeLessThanOrEqual(200);
    expect(rule.message).toMatch(/^[A-Z].*\.$/);
  });
});

test('the evaluator behind these tests tells a failing formula from a passing one', () => {
  expect(formulaAccepts('IF(ISBLANK([C]),TRUE,FIND("x",[C])>0)', { C: 'box' })).toBe(true);
  expect(formulaAccepts('IF(ISBLANK([C]),TRUE,FIND("x",[C])>0)', { C: 'bag' })).toBe(false);
  expect(formulaAccepts('WEEKDAY([C],2)=1', { C: serialOf('2026-11-23') })).toBe(true);
  expect(formulaAccepts('WEEKDAY([C],1)=2', { C: serialOf('2026-11-23') })).toBe(true);
  expect(formulaAccepts('ISERROR(FIND(CHAR(10),[C]))', { C: 'a\nb' })).toBe(false);
  expect(formulaAccepts('ISERROR(FIND(CHAR(10),[C]))', { C: 'a\tb' })).toBe(true);
  expect(functionNestingDepth('IF(ISBLANK([C]),TRUE,AND(LEN([C])=7,ISERROR(FIND(CHAR(10),[C]))))')).toBe(5);
  expect(() => formulaAccepts('SEARCH("x",[C])', { C: 'x' })).toThrow(/does not know SEARCH/);
  expect(() => formulaAccepts('AND([C];TRUE)', { C: 'x' })).toThrow(/Cannot read/);
});

describe('rules on the lists', () => {
  const ruled = allLists.flatMap((list) =>
    list.fields.flatMap((field) => (columnRuleOf(field) ? [`${list.key}.${field.internalName}:${columnRuleOf(field)?.kind}`] : []))
  );

  test('email, colour and Monday rules sit on the columns that hold them', () => {
    expect(ruled.sort()).toEqual(
      [
        'Briefings.WeekCommencing:monday',
        'HubSettings.BriefingsContactEmail:email',
        'Members.Email:email',
        'Officers.Email:email',
        'Parties.Colour:hexColour',
        'Services.ServiceEmail:email',
        'Wards.WardCode:gssCode'
      ].sort()
    );
  });

  test('a Monday rule is only on date-only columns and text rules only on text columns', () => {
    for (const list of allLists) {
      for (const field of list.fields) {
        const rule = columnRuleOf(field);
        if (!rule) continue;
        const expectedType: FieldDefinition['type'] = rule.kind === 'monday' ? 'DateTime' : 'Text';
        expect(`${list.key}.${field.internalName}:${field.type}`).toBe(`${list.key}.${field.internalName}:${expectedType}`);
      }
    }
  });
});

describe('list validation across columns', () => {
  test.each([
    ['Members', 'TermStart', 'TermEnd', '2026-05-07', '2030-05-09', true],
    ['Members', 'TermStart', 'TermEnd', '2026-05-07', '2026-05-07', false],
    ['Members', 'TermStart', 'TermEnd', '2026-05-07', '2022-05-05', false],
    ['Members', 'TermStart', 'TermEnd', '', '2022-05-05', true],
    ['Members', 'TermStart', 'TermEnd', '2026-05-07', '', true],
    ['CommitteeMemberships', 'StartDate', 'EndDate', '2026-05-20', '2026-05-20', true],
    ['CommitteeMemberships', 'StartDate', 'EndDate', '2026-05-20', '2027-05-19', true],
    ['CommitteeMemberships', 'StartDate', 'EndDate', '2026-05-20', '2026-05-19', false]
  ] as const)('%s: %s %s, %s %s → %s', (key, earlierColumn, laterColumn, earlier, later, accepted) => {
    const list = schema[key];
    const formula = listValidationFormula(list) ?? '';
    const cell = (value: string): CellValue => (value === '' ? null : serialOf(value));
    expect(list.validation && listRuleAccepts(list.validation, earlier, later)).toBe(accepted);
    expect(formulaAccepts(formula, { [earlierColumn]: cell(earlier), [laterColumn]: cell(later) })).toBe(accepted);
    expect(columnsIn(formula).sort()).toEqual([earlierColumn, laterColumn].sort());
  });

  test('messages name the columns as admins see them', () => {
    expect(listValidationMessage(schema.Members)).toBe("'Term of office ends' must be after 'Term of office starts'.");
    expect(listValidationMessage(schema.CommitteeMemberships)).toBe("'End date' must be the same day as 'Start date' or later.");
  });

  test('only Members, CommitteeMemberships and HubSettings (the pre-election period) carry a list rule', () => {
    expect(allLists.filter((list) => listValidationFormula(list) !== undefined).map((list) => list.key)).toEqual([
      'Members',
      'CommitteeMemberships',
      'HubSettings'
    ]);
  });

  test('a rule naming a column that is not a date-only column of the list is refused', () => {
    const broken = { ...schema.Members, validation: { kind: 'dateOrder' as const, earlier: 'TermStart', later: 'Surname', sameDayAllowed: false } };
    expect(() => listValidationFormula(broken)).toThrow(/'Surname', which is not a date-only column/);
  });

  test('an unreadable date breaks the rule rather than passing it', () => {
    expect(listRuleAccepts({ kind: 'dateOrder', earlier: 'A', later: 'B', sameDayAllowed: true }, '2026-05-07', 'next May')).toBe(false);
  });
});

describe('validationProblems', () => {
  test('reports each broken column rule with its message, then the list rule', () => {
    expect(
      validationProblems(schema.Members, { Email: 'jo.bloggs', TermStart: '2026-05-07', TermEnd: '2025-05-01', Surname: 'Bloggs' })
    ).toEqual([
      { column: 'Email', message: COLUMN_RULES.email.message },
      { message: "'Term of office ends' must be after 'Term of office starts'." }
    ]);
  });

  test('a clean item and an update that leaves ruled columns out have no problems', () => {
    expect(validationProblems(schema.Officers, { Email: 'sam.patel@example.gov.uk', Title: 'Sam Patel' })).toEqual([]);
    expect(validationProblems(schema.Officers, { Title: 'Sam Patel' })).toEqual([]);
  });

  test('dates are checked as calendar dates', () => {
    expect(validationProblems(schema.Briefings, { WeekCommencing: '2026-11-24' })).toEqual([
      { column: 'WeekCommencing', message: COLUMN_RULES.monday.message }
    ]);
    expect(validationProblems(schema.Briefings, { WeekCommencing: '2026-11-23' })).toEqual([]);
  });
});

test('a formula or message over 1,024 characters is refused when the assets are generated', () => {
  expect(() => assertValidationLength('Long', 'A'.repeat(MAX_VALIDATION_LENGTH), 'ok')).toThrow(/too long for SharePoint: formula 1025/);
  expect(() => assertValidationLength('Long', 'TRUE', 'm'.repeat(MAX_VALIDATION_LENGTH + 1))).toThrow(/message 1025/);
  expect(() => assertValidationLength('Short', 'A'.repeat(MAX_VALIDATION_LENGTH - 1), 'ok')).not.toThrow();
});
