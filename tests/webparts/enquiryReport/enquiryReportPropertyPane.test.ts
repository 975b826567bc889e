import { composeEnquiryReport, nationFrom } from '../../../src/webparts/enquiryReport/enquiryReportComposition';
import type { IEnquiryReportWebPartProps } from '../../../src/webparts/enquiryReport/IEnquiryReportWebPartProps';
import { enquiryReportPropertyPane } from '../../../src/webparts/enquiryReport/propertyPane/enquiryReportPropertyPane';
import manifest from '../../../src/webparts/enquiryReport/EnquiryReportWebPart.manifest.json';
import { listsSiteAt } from '../../fakes/listsSite';

interface IField {
  readonly targetProperty: string;
  readonly properties: { readonly options?: readonly { key: string; text: string }[] };
}

describe('enquiries report property pane, manifest and composition', () => {
  const groups = enquiryReportPropertyPane().pages[0].groups as unknown as { groupName: string; groupFields: IField[] }[];

  it('offers the heading, the lists site and the nation whose bank holidays count when the council’s settings name none', () => {
    const settings = groups[0].groupFields;
    expect(settings.map((field) => field.targetProperty)).toEqual(['title', 'listsSiteUrl', 'nation']);
    expect(settings[2].properties.options).toEqual([
      { key: 'england-and-wales', text: 'England and Wales' },
      { key: 'scotland', text: 'Scotland' },
      { key: 'northern-ireland', text: 'Northern Ireland' }
    ]);
  });

  it('is offered on SharePoint pages only, for England and Wales unless an editor says otherwise', () => {
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
    expect(manifest.preconfiguredEntries[0].properties).toEqual({ title: 'Enquiries report', listsSiteUrl: '', nation: 'england-and-wales' });
  });

  it('reads an unknown or missing nation as England and Wales; it is only the fallback for the council’s settings', () => {
    expect(nationFrom('scotland')).toBe('scotland');
    expect(nationFrom('wales')).toBe('england-and-wales');
    expect(nationFrom(undefined)).toBe('england-and-wales');
    const properties: IEnquiryReportWebPartProps = { title: 'Report', listsSiteUrl: '', nation: 'northern-ireland' };
    const { rootProps } = composeEnquiryReport({ properties, lists: { listsSite: listsSiteAt('https://council.sharepoint.com/sites/hub') }, user: { loginName: 'ds' } });
    // The targets and the nation come from the council's settings (readEnquirySettings.ts); the page's nation is the fallback.
    expect(rootProps).toMatchObject({ title: 'Report', fallbackNation: 'northern-ireland' });
    expect(rootProps).not.toHaveProperty('targets');
    expect(rootProps).not.toHaveProperty('nation');
  });
});
