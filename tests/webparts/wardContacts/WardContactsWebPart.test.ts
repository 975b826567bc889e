import manifest from '../../../src/webparts/wardContacts/WardContactsWebPart.manifest.json';
import { wardContactsPropertyPane } from '../../../src/webparts/wardContacts/propertyPane/wardContactsPropertyPane';

describe('ward contact sheet settings', () => {
  const groups = wardContactsPropertyPane().pages[0].groups.flatMap((group) => ('groupFields' in group ? [group] : []));

  test('the property pane offers the heading, the lists site, the council name for contact cards and the member enquiries page', () => {
    expect(groups.map((group) => [group.groupName, group.groupFields.map((field) => field.targetProperty)])).toEqual([
      ['Settings', ['title', 'listsSiteUrl', 'councilName', 'enquiriesPageUrl']]
    ]);
  });

  test('a new web part starts with every setting the pane offers', () => {
    const properties = manifest.preconfiguredEntries[0].properties;
    const paneProperties = groups.flatMap((group) => group.groupFields.map((field) => field.targetProperty));
    expect(Object.keys(properties).sort()).toEqual([...paneProperties].sort());
    expect(properties.title).toBe('Ward contact sheet');
  });

  test('it can be a SharePoint web part, a Teams channel tab and a Teams personal app', () => {
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
  });
});
