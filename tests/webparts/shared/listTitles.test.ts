import { PropertyPaneFieldType } from '@microsoft/sp-property-pane';
import { isListTitleProperty, listTitleProperty, listTitlesFrom } from '../../../src/webparts/shared/listTitles';
import { listTitlesGroup } from '../../../src/webparts/shared/listTitlesPropertyPane';

describe('list titles from web part properties', () => {
  test('names each list’s property after its schema key', () => {
    expect(listTitleProperty('Members')).toBe('listTitleMembers');
    expect(listTitleProperty('CommitteeMemberships')).toBe('listTitleCommitteeMemberships');
  });

  test('passes on only the lists an admin renamed, trimmed', () => {
    const titles = listTitlesFrom(
      { listTitleMembers: '  Councillors ', listTitleParties: '', listTitleWards: '   ', listTitleCommittees: 'Council committees' },
      ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'] as const
    );
    expect(titles).toEqual({ Members: 'Councillors', Committees: 'Council committees' });
  });

  test('ignores properties for lists the web part does not read', () => {
    const properties = { listTitleOfficers: 'Staff', listTitleServices: 'Council services' };
    expect(listTitlesFrom(properties, ['Officers'] as const)).toEqual({ Officers: 'Staff' });
  });

  test('a page saved before list names existed uses the provisioned lists', () => {
    expect(listTitlesFrom({}, ['Briefings', 'BriefingItems', 'Members', 'Wards'] as const)).toEqual({});
  });

  test('tells list title changes from other property pane changes', () => {
    expect(isListTitleProperty('listTitleMembers')).toBe(true);
    expect(isListTitleProperty('listTitleBriefingItems')).toBe(true);
    expect(isListTitleProperty('listsSiteUrl')).toBe(false);
    expect(isListTitleProperty('listTitleNotAList')).toBe(false);
    expect(isListTitleProperty('title')).toBe(false);
  });
});

describe('list titles property pane group', () => {
  // The group's name and each field's description are the common strings (src/webparts/shared/loc).
  const group = listTitlesGroup(['Members', 'CommitteeMemberships'] as const, {
    Members: 'Members list',
    CommitteeMemberships: 'Committee memberships list'
  });

  test('one text field per list, labelled, with the provisioned title as placeholder and in the description', () => {
    expect(group.groupName).toBe('List names');
    expect(group.groupFields.map((field) => [field.type, field.targetProperty])).toEqual([
      [PropertyPaneFieldType.TextField, 'listTitleMembers'],
      [PropertyPaneFieldType.TextField, 'listTitleCommitteeMemberships']
    ]);
    expect(group.groupFields.map((field) => field.properties)).toEqual([
      { label: 'Members list', placeholder: 'Members', description: "Leave empty to use the app's list, 'Members'." },
      {
        label: 'Committee memberships list',
        placeholder: 'CommitteeMemberships',
        description: "Leave empty to use the app's list, 'CommitteeMemberships'."
      }
    ]);
  });

  test('starts collapsed, as most sites keep the provisioned lists', () => {
    expect(group.isCollapsed).toBe(true);
  });
});
