import * as React from 'react';
import { spfi } from '@pnp/sp';
import { createTheme } from '@fluentui/react/lib/Theme';
import { previewViews, type IPreviewDataContext } from '../../../../tools/preview/client/previewViews';
import { memoryUrlStateStore } from '../../../../src/ui/urlStateStore';
import MemberBriefingsWebPart from '../../../../src/webparts/memberBriefings/MemberBriefingsWebPart';
import MemberProfilesWebPart from '../../../../src/webparts/memberProfiles/MemberProfilesWebPart';
import OfficerDirectoryWebPart from '../../../../src/webparts/officerDirectory/OfficerDirectoryWebPart';
import DirectoryHealthWebPart from '../../../../src/webparts/directoryHealth/DirectoryHealthWebPart';
import EnquiryReportWebPart from '../../../../src/webparts/enquiryReport/EnquiryReportWebPart';
import WardContactsWebPart from '../../../../src/webparts/wardContacts/WardContactsWebPart';
import ServiceEnquiriesWebPart from '../../../../src/webparts/serviceEnquiries/ServiceEnquiriesWebPart';
import MemberEnquiriesWebPart from '../../../../src/webparts/memberEnquiries/MemberEnquiriesWebPart';
import briefingsManifest from '../../../../src/webparts/memberBriefings/MemberBriefingsWebPart.manifest.json';
import profilesManifest from '../../../../src/webparts/memberProfiles/MemberProfilesWebPart.manifest.json';
import officersManifest from '../../../../src/webparts/officerDirectory/OfficerDirectoryWebPart.manifest.json';
import healthManifest from '../../../../src/webparts/directoryHealth/DirectoryHealthWebPart.manifest.json';
import enquiryReportManifest from '../../../../src/webparts/enquiryReport/EnquiryReportWebPart.manifest.json';
import wardManifest from '../../../../src/webparts/wardContacts/WardContactsWebPart.manifest.json';
import serviceEnquiriesManifest from '../../../../src/webparts/serviceEnquiries/ServiceEnquiriesWebPart.manifest.json';
import enquiriesManifest from '../../../../src/webparts/memberEnquiries/MemberEnquiriesWebPart.manifest.json';
import { fakeNetwork, hostWebPart, IFakeNetwork, PAGE_SITE } from '../../../webparts/support/hostedWebPart';

// The tenant setting cannot be read (the network fails), retried like any failed GET: seconds of real backoff.
jest.setTimeout(60000);

// The CommonJS module itself (the namespace import is read-only): its createElement can be watched.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reactModule = require('react') as typeof React;

const USER = { loginName: 'i:0#.f|membership|jo.officer@council.example', email: 'jo.officer@council.example' };

/** What only the host gives a root component (or what is a fresh object per host): left out of the comparison. */
const HOST_PROPS = ['repository', 'receipts', 'coverage', 'requestEvents', 'theme', 'teams', 'urlStateStore'];
/** The repositories the host builds (fresh objects each time): compared by kind. */
const REPOSITORIES = ['repository', 'receipts', 'coverage'];

function withoutHostProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !HOST_PROPS.includes(key)));
}

const webParts = [
  ['member-briefings', MemberBriefingsWebPart, briefingsManifest],
  ['member-profiles', MemberProfilesWebPart, profilesManifest],
  ['officer-directory', OfficerDirectoryWebPart, officersManifest],
  ['directory-health', DirectoryHealthWebPart, healthManifest],
  ['ward-contacts', WardContactsWebPart, wardManifest],
  ['enquiry-report', EnquiryReportWebPart, enquiryReportManifest],
  ['service-enquiries', ServiceEnquiriesWebPart, serviceEnquiriesManifest],
  ['member-enquiries', MemberEnquiriesWebPart, enquiriesManifest]
] as const;

describe('the preview builds each view as its SharePoint shell does', () => {
  let createElement: jest.SpyInstance;
  let network: IFakeNetwork;

  beforeEach(() => {
    localStorage.clear();
    // Nothing answers: the tenant setting is unreadable (so both use the page's site) and list reads never return.
    network = fakeNetwork((url) => (url.includes('getStorageEntity') ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    createElement = jest.spyOn(reactModule, 'createElement');
  });

  afterEach(() => {
    createElement.mockRestore();
    network.restore();
  });

  test('every preview view is one of these web parts', () => {
    expect(previewViews.map((view) => view.key).sort()).toEqual(webParts.map(([key]) => key).sort());
  });

  test.each(webParts)("%s: identical root props for the stored properties of the preview's page", async (key, WebPart, manifest) => {
    const view = previewViews.find((candidate) => candidate.key === key);
    if (!view) throw new Error(`no preview view ${key}`);
    // What a new page holds, and what the preview's page editor set on it (e.g. the ward sheet's page).
    const storedProperties = { ...manifest.preconfiguredEntries[0].properties, ...view.editorSettings?.() };

    // The shell, as SPFx hosts it.
    const hosted = await hostWebPart(WebPart, storedProperties, { user: USER });
    // The shell's first element is its root component (createView), before React renders anything inside it.
    const [rootComponent, shellProps] = createElement.mock.calls.find(([type]) => typeof type === 'function') as [{ name: string }, Record<string, unknown>];
    hosted.stop();
    localStorage.clear();

    // The preview, signed in as the same user on the same site.
    const dataContext: IPreviewDataContext = {
      siteUrl: PAGE_SITE,
      spFor: (siteUrl) => spfi(siteUrl),
      signedInUser: { userId: 7, title: 'Jo Officer', role: 'reader', persona: 'Officer', kind: 'Officer', ...USER }
    };
    const render = await (await view.load())(dataContext);
    const previewElement = render({ host: 'sharepoint', theme: createTheme({}), urlStateStore: memoryUrlStateStore('') });

    expect(previewElement.type).toBe(rootComponent);
    expect(withoutHostProps(previewElement.props as Record<string, unknown>)).toEqual(withoutHostProps(shellProps));
    const kindsOf = (props: Record<string, unknown>): (string | undefined)[] =>
      REPOSITORIES.map((name) => (props[name] as object | undefined)?.constructor.name);
    expect(kindsOf(previewElement.props as Record<string, unknown>)).toEqual(kindsOf(shellProps));
    // The comparison is of something: the heading and where the lists are, at least.
    expect(shellProps).toMatchObject({ title: storedProperties.title, listsSite: { url: PAGE_SITE, source: 'currentSite', ignored: [] } });
    // Both hand the view the retry notices of their requests.
    expect(shellProps.requestEvents).toBeDefined();
  });
});
