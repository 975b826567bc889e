import manifest from '../../../src/webparts/memberEnquiries/MemberEnquiriesWebPart.manifest.json';
import { memberEnquiriesPropertyPane } from '../../../src/webparts/memberEnquiries/propertyPane/memberEnquiriesPropertyPane';
import { composeMemberEnquiries } from '../../../src/webparts/memberEnquiries/memberEnquiriesComposition';
import type { IMemberEnquiriesWebPartProps } from '../../../src/webparts/memberEnquiries/IMemberEnquiriesWebPartProps';
import { listsSiteAt } from '../../fakes/listsSite';

describe('member enquiries settings', () => {
  const groups = memberEnquiriesPropertyPane().pages[0].groups.flatMap((group) => ('groupFields' in group ? [group] : []));

  test('the property pane offers the heading, the lists site and whose bank holidays count', () => {
    expect(groups.map((group) => [group.groupName, group.groupFields.map((field) => field.targetProperty)])).toEqual([
      ['Settings', ['title', 'listsSiteUrl', 'nation']]
    ]);
  });

  test('a new web part starts with every setting the pane offers, England and Wales by default', () => {
    const properties = manifest.preconfiguredEntries[0].properties;
    const paneProperties = groups.flatMap((group) => group.groupFields.map((field) => field.targetProperty));
    expect(Object.keys(properties).sort()).toEqual([...paneProperties].sort());
    expect(properties.nation).toBe('england-and-wales');
  });

  test('it can be a SharePoint web part, a Teams channel tab and a Teams personal app', () => {
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
  });

  test('composes the folders’ site from the lists’ site, and an unknown nation as England and Wales', () => {
    const composed = composeMemberEnquiries({
      properties: { title: 'My enquiries', listsSiteUrl: '', nation: 'atlantis' } as unknown as IMemberEnquiriesWebPartProps,
      lists: { listsSite: listsSiteAt('https://council.sharepoint.com/sites/members/') },
      user: { loginName: 'i:0#.f|membership|ada@council.example' }
    });
    expect(composed.repositoryOptions).toEqual({ listsWebServerRelativeUrl: '/sites/members' });
    expect(composed.rootProps.nation).toBe('england-and-wales');
    expect(composed.rootProps.user).toBe('i:0#.f|membership|ada@council.example');
  });
});
