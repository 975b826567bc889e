import { ISiteData, IStoredItem, ModerationStatus, StoredValue } from '../../../tools/emulator/siteData';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { siteDataProblems } from '../../../tools/sample-council/siteDataProblems';
import { ListKey } from '../../../src/schema';

const base = generateSampleCouncil({ members: 12, officers: 40, services: 8, weeks: 3 });

/** A copy of the data with one field of the first item of one list replaced. */
function withField(list: ListKey, field: string, value: StoredValue): ISiteData {
  const [first, ...rest] = base.lists[list];
  const changed: IStoredItem = { ...first, fields: { ...first.fields, [field]: value } };
  return { ...base, lists: { ...base.lists, [list]: [changed, ...rest] } };
}

describe('siteDataProblems', () => {
  test('finds nothing wrong with a generated council', () => {
    expect(siteDataProblems(base)).toEqual([]);
  });

  test.each<[string, ListKey, string, StoredValue, string]>([
    ['a choice that is not offered', 'BriefingItems', 'Category', 'Gossip', '"Gossip" is not one of the choices'],
    ['a lookup to a missing item', 'Members', 'Ward', 9999, 'no Wards item 9999'],
    ['a multi-lookup with a missing id', 'BriefingItems', 'Wards', [1, 9999], 'no Wards items [9999]'],
    ['a user who is not on the site', 'Members', 'MemberAccount', 424242, 'user 424242 does not exist'],
    ['a date that is not an ISO instant', 'Briefings', 'WeekCommencing', '23/11/2026', 'expected an ISO UTC instant'],
    ['a date-only value that is not UK midnight', 'Briefings', 'WeekCommencing', '2026-11-23T09:00:00Z', 'midnight UK time'],
    ['text over the column length', 'Parties', 'Colour', '#12345678', 'longer than 7 characters'],
    ['a number where a boolean belongs', 'Committees', 'IsActive', 1, 'expected true or false'],
    ['a missing required value', 'CommitteeMemberships', 'MembershipRole', null, 'MembershipRole is required'],
    ['a column the list does not have', 'Wards', 'Population', 1200, 'Population is not a column of Wards']
  ])('reports %s', (_, list, field, value, expected) => {
    const problems = siteDataProblems(withField(list, field, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  test('reports duplicates in unique columns', () => {
    const [first, second, ...rest] = base.lists.Wards;
    const duplicate: IStoredItem = { ...second, fields: { ...second.fields, WardCode: first.fields.WardCode } };
    const problems = siteDataProblems({ ...base, lists: { ...base.lists, Wards: [first, duplicate, ...rest] } });
    expect(problems).toEqual([`Wards ${second.Id} WardCode: ${JSON.stringify(first.fields.WardCode)} is not unique`]);
  });

  test('reports drafts in a list without content approval', () => {
    const [first, ...rest] = base.lists.Officers;
    const problems = siteDataProblems({ ...base, lists: { ...base.lists, Officers: [{ ...first, moderationStatus: ModerationStatus.Draft }, ...rest] } });
    expect(problems).toEqual([`Officers ${first.Id}: only lists with content approval hold unapproved items`]);
  });
});
