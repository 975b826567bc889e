import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSolutionPackage, formatChecks, ICheck, IPackageExpectations, projectExpectations } from '../../../tools/ci/checkPackage';
import type { IPackageSolution } from '../../../tools/ci/projectFiles';
import { teamsDir } from '../../../tools/ci/teamsApp/teamsAppFiles';
import { buildTeamsLocalization, buildTeamsManifest } from '../../../tools/ci/teamsApp/teamsManifest';


const webPartId = '882f48c3-26d9-44ac-9d4a-dbb67b9773b0';
const featureId = '1d593315-e88b-4cda-ab26-653e07c853a4';

const expected: IPackageExpectations = {
  solutionId: 'bf66bc58-efbc-4cae-9c74-a6ef51a99317',
  solutionVersion: '1.0.0.0',
  bundles: ['member-profiles-web-part'],
  webParts: [{ id: webPartId, alias: 'MemberProfilesWebPart', supportedHosts: ['SharePointWebPart', 'TeamsTab'] }],
  lists: [
    { key: 'Wards', title: 'Wards' },
    { key: 'Members', title: 'Members' }
  ],
  localizedResources: [
    { name: 'MemberProfilesWebPartStrings', locale: 'cy-gb' },
    { name: 'MemberProfilesWebPartStrings', locale: 'en-us' }
  ]
};

interface IPackageParts {
  appVersion?: string;
  listInstances?: string;
  files?: Record<string, string | Buffer | undefined>;
}

const wardsAndMembers =
  '<ListInstance Title="Wards" TemplateType="100" Url="Lists/Wards" CustomSchema="schema-Wards.xml" />' +
  '<ListInstance Title="Members" TemplateType="100" Url="Lists/Members" CustomSchema="schema-Members.xml" />';

/** A package shaped like `gulp package-solution` output, with the parts a test changes. */
async function buildPackage(parts: IPackageParts = {}): Promise<Buffer> {
  const files: Record<string, string | Buffer | undefined> = {
    'AppManifest.xml': `<?xml version="1.0" encoding="utf-8"?><App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="member-officer-hub" ProductID="${expected.solutionId}" Version="${parts.appVersion ?? '1.0.0.0'}"><Properties><Title>Member–Officer Hub</Title></Properties></App>`,
    'ClientSideAssets/member-profiles-web-part_0123456789abcdef.js': 'define([], function () {});',
    'ClientSideAssets/MemberProfilesWebPartStrings_en-us_0123456789abcdef.js': 'define([], function () { return {}; });',
    'ClientSideAssets/MemberProfilesWebPartStrings_cy-gb_fedcba9876543210.js': 'define([], function () { return {}; });',
    [`${featureId}/WebPart_${webPartId}.xml`]: '<Elements xmlns="http://schemas.microsoft.com/sharepoint/"><ClientSideComponent Id="x" /></Elements>',
    [`${featureId}/elements.xml`]: `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/">${parts.listInstances ?? wardsAndMembers}</Elements>`,
    'schema-Wards.xml': '<List />',
    'schema-Members.xml': '<List />',
    'ClientSideAssets/TeamsSPFxApp.zip': await teamsZipWith(() => undefined),
    ...parts.files
  };
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) if (content !== undefined) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

function failures(checks: readonly ICheck[]): string[] {
  return checks.filter((result) => !result.passed).map((result) => `${result.description} — ${result.detail ?? ''}`);
}

const solution: IPackageSolution = {
  solution: {
    name: 'member-officer-hub',
    title: 'Member–Officer Hub',
    id: expected.solutionId,
    version: expected.solutionVersion,
    developer: { name: 'Dev', websiteUrl: 'https://example.org/', privacyUrl: 'https://example.org/p', termsOfUseUrl: 'https://example.org/t' },
    metadata: { shortDescription: { default: 'Short.' }, longDescription: { default: 'Long.' } }
  },
  paths: { zippedPackage: 'solution/member-officer-hub.sppkg' }
};

/** The Teams app package for the expected web parts, with the committed icons and a changed manifest. */
async function teamsZipWith(change: (manifest: Record<string, unknown>) => void, welsh: Record<string, string> | null = {}): Promise<Buffer> {
  const webParts = expected.webParts.map((part) => ({
    ...part,
    componentType: 'WebPart',
    preconfiguredEntries: [{ title: { default: part.alias, 'cy-GB': `${part.alias} (cy)` }, description: { default: part.alias } }]
  }));
  const built = buildTeamsManifest(webParts, solution);
  const manifest = JSON.parse(JSON.stringify(built)) as Record<string, unknown>;
  change(manifest);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest));
  if (welsh) zip.file('cy-GB.json', JSON.stringify({ ...buildTeamsLocalization(built, webParts, 'cy-GB'), ...welsh }));
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, readFileSync(join(teamsDir, icon)));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('checkSolutionPackage', () => {
  it('passes a complete package, checking each part', async () => {
    const checks = await checkSolutionPackage(await buildPackage(), expected);
    expect(failures(checks)).toEqual([]);
    expect(checks.map((result) => result.description)).toEqual([
      'the package is a zip',
      'AppManifest.xml is present',
      `AppManifest.xml has solution id ${expected.solutionId}`,
      'AppManifest.xml has version 1.0.0.0',
      'client-side assets (ClientSideAssets/*.js) are included',
      'bundle member-profiles-web-part is included',
      `web part MemberProfilesWebPart (${webPartId}) is in a feature`,
      'MemberProfilesWebPartStrings strings for cy-gb are included',
      'MemberProfilesWebPartStrings strings for en-us are included',
      'list Wards is provisioned',
      'list Wards has its schema file',
      'list Members is provisioned',
      'list Members has its schema file',
      'Teams app package has manifest.json, color.png, outline.png at its root',
      'Teams manifest is valid against the v1.22 schema',
      'Teams colour icon is 192×192',
      'Teams outline icon is 32×32, white on transparent',
      'Teams tabs match the web parts that support Teams',
      'Teams localisation files are present and valid against the localisation schema'
    ]);
  });

  it('fails a package without the cy-gb strings', async () => {
    const sppkg = await buildPackage({ files: { 'ClientSideAssets/MemberProfilesWebPartStrings_cy-gb_fedcba9876543210.js': undefined } });
    expect(failures(await checkSolutionPackage(sppkg, expected))).toEqual([
      'MemberProfilesWebPartStrings strings for cy-gb are included — no ClientSideAssets/MemberProfilesWebPartStrings_cy-gb_<hash>.js'
    ]);
  });

  it('fails a Teams app package without its cy-GB.json, or with one the localisation schema refuses', async () => {
    const without = await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': await teamsZipWith(() => undefined, null) } });
    expect(failures(await checkSolutionPackage(without, expected))).toEqual([
      'Teams localisation files are present and valid against the localisation schema — cy-GB: cy-GB.json is not in the package'
    ]);
    const tooLong = await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': await teamsZipWith(() => undefined, { 'name.short': 'x'.repeat(31) }) } });
    expect(failures(await checkSolutionPackage(tooLong, expected))).toEqual([
      expect.stringContaining('Teams localisation files are present and valid against the localisation schema — cy-GB.json: /name.short')
    ]);
  });

  it('fails a file that is not a zip, and looks no further', async () => {
    const checks = await checkSolutionPackage(Buffer.from('<html>Not found</html>'), expected);
    expect(checks).toHaveLength(1);
    expect(failures(checks)).toEqual([expect.stringMatching(/^the package is a zip — /)]);
  });

  it('fails a missing list, a missing schema file and a wrong version', async () => {
    const sppkg = await buildPackage({
      appVersion: '0.9.0.0',
      listInstances: '<ListInstance Title="Wards" TemplateType="100" Url="Lists/Wards" CustomSchema="schema-Wards.xml" />',
      files: { 'schema-Wards.xml': undefined }
    });
    expect(failures(await checkSolutionPackage(sppkg, expected))).toEqual([
      'AppManifest.xml has version 1.0.0.0 — Version is 0.9.0.0',
      'list Wards has its schema file — schema-Wards.xml is not in the package',
      `list Members is provisioned — no ListInstance with Url="Lists/Members" in ${featureId}/WebPart_${webPartId}.xml, ${featureId}/elements.xml`
    ]);
  });

  it('fails missing bundles, web parts and AppManifest.xml', async () => {
    const sppkg = await buildPackage({
      files: {
        'AppManifest.xml': undefined,
        'ClientSideAssets/member-profiles-web-part_0123456789abcdef.js': undefined,
        'ClientSideAssets/MemberProfilesWebPartStrings_en-us_0123456789abcdef.js': undefined,
        'ClientSideAssets/MemberProfilesWebPartStrings_cy-gb_fedcba9876543210.js': undefined,
        [`${featureId}/WebPart_${webPartId}.xml`]: undefined
      }
    });
    expect(failures(await checkSolutionPackage(sppkg, expected))).toEqual([
      'AppManifest.xml is present — not in the package',
      'client-side assets (ClientSideAssets/*.js) are included — 0 script files',
      'bundle member-profiles-web-part is included — no ClientSideAssets/member-profiles-web-part_<hash>.js',
      `web part MemberProfilesWebPart (${webPartId}) is in a feature — no WebPart_<id>.xml`,
      'MemberProfilesWebPartStrings strings for cy-gb are included — no ClientSideAssets/MemberProfilesWebPartStrings_cy-gb_<hash>.js',
      'MemberProfilesWebPartStrings strings for en-us are included — no ClientSideAssets/MemberProfilesWebPartStrings_en-us_<hash>.js'
    ]);
  });

  it('fails a missing Teams app package when a web part supports Teams', async () => {
    const sppkg = await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': undefined } });
    expect(failures(await checkSolutionPackage(sppkg, expected))).toEqual([
      'Teams app package ClientSideAssets/TeamsSPFxApp.zip is present — missing, though web parts support Teams'
    ]);
    const noTeams = { ...expected, webParts: [{ ...expected.webParts[0], supportedHosts: ['SharePointWebPart' as const] }] };
    expect(failures(await checkSolutionPackage(sppkg, noTeams))).toEqual([]);
  });

  it('fails a Teams manifest that breaks the schema or points at another component', async () => {
    const broken = await teamsZipWith((manifest) => {
      delete manifest.accentColor;
      const tabs = manifest.configurableTabs as { configurationUrl: string }[];
      tabs[0].configurationUrl = tabs[0].configurationUrl.replace(webPartId, '00000000-0000-4000-8000-000000000000');
    });
    const result = failures(await checkSolutionPackage(await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': broken } }), expected));
    expect(result).toEqual([
      expect.stringContaining("Teams manifest is valid against the v1.22 schema —  must have required property 'accentColor'"),
      'Teams tabs match the web parts that support Teams — channel tab for 00000000-0000-4000-8000-000000000000, which is not a TeamsTab web part'
    ]);
  });

  it('fails personal tabs that do not match the TeamsPersonalApp web parts', async () => {
    const personal = { ...expected, webParts: [{ ...expected.webParts[0], supportedHosts: ['TeamsTab' as const, 'TeamsPersonalApp' as const] }] };
    expect(failures(await checkSolutionPackage(await buildPackage(), personal))).toEqual([
      `Teams tabs match the web parts that support Teams — no personal tab for TeamsPersonalApp web part ${webPartId}`
    ]);
    const stray = await teamsZipWith((manifest) => {
      manifest.staticTabs = [{ entityId: webPartId, name: 'Profiles', contentUrl: `https://{teamSiteDomain}/x?componentId=${webPartId}`, scopes: ['personal'] }];
    });
    expect(failures(await checkSolutionPackage(await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': stray } }), expected))).toEqual([
      `Teams tabs match the web parts that support Teams — personal tab for ${webPartId}, which is not a TeamsPersonalApp web part`
    ]);
  });

  it('names a TeamsTab web part left out of the app, since Teams allows one channel tab', async () => {
    const second = { id: '11111111-2222-4333-8444-555555555555', alias: 'OtherWebPart', supportedHosts: ['TeamsTab' as const] };
    const checks = await checkSolutionPackage(await buildPackage(), { ...expected, webParts: [...expected.webParts, second] });
    expect(failures(checks)).toEqual([`web part OtherWebPart (${second.id}) is in a feature — no WebPart_<id>.xml`]);
    expect(checks.find((result) => result.description === 'Teams tabs match the web parts that support Teams')?.detail).toBe(
      '1 channel tab(s), 0 personal tab(s); not in the Teams app: OtherWebPart'
    );
  });

  it('fails a Teams app package without its icons', async () => {
    const zip = new JSZip();
    zip.file('manifest.json', (await JSZip.loadAsync(await teamsZipWith(() => undefined))).file('manifest.json')!.async('nodebuffer'));
    const sppkg = await buildPackage({ files: { 'ClientSideAssets/TeamsSPFxApp.zip': await zip.generateAsync({ type: 'nodebuffer' }) } });
    expect(failures(await checkSolutionPackage(sppkg, expected))).toEqual([
      'Teams app package has manifest.json, color.png, outline.png at its root — missing color.png, outline.png (has manifest.json)'
    ]);
  });
});

describe('projectExpectations', () => {
  it('expects every list in src/schema and every web part in src/webparts', () => {
    const project = projectExpectations();
    expect(project.lists.map((list) => list.key)).toEqual([
      'Wards', 'Parties', 'Members', 'Committees', 'CommitteeMemberships', 'Services', 'Officers', 'Briefings', 'BriefingItems', 'BriefingReceipts', 'HubSettings', 'Enquiries', 'EnquiryUpdates', 'EnquiryClosureDays'
    ]);
    expect(project.webParts.map((part) => part.alias)).toEqual([
      'DirectoryHealthWebPart', 'EnquiryReportWebPart', 'MemberBriefingsWebPart', 'MemberEnquiriesWebPart', 'MemberProfilesWebPart', 'OfficerDirectoryWebPart', 'ServiceEnquiriesWebPart', 'WardContactsWebPart'
    ]);
    expect([...project.bundles].sort()).toEqual([
      'directory-health-web-part', 'enquiry-report-web-part', 'member-briefings-web-part', 'member-enquiries-web-part', 'member-profiles-web-part', 'officer-directory-web-part', 'service-enquiries-web-part', 'ward-contacts-web-part'
    ]);
  });

  it('expects member enquiries on SharePoint pages, as a Teams tab and as a personal app', () => {
    const part = projectExpectations().webParts.find((candidate) => candidate.alias === 'MemberEnquiriesWebPart');
    expect(part?.supportedHosts).toEqual(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage']);
  });

  it('expects the ward contact sheet on SharePoint pages, as a Teams tab and as a personal app', () => {
    const sheet = projectExpectations().webParts.find((part) => part.alias === 'WardContactsWebPart');
    expect(sheet?.supportedHosts).toEqual(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage']);
  });

  it('expects every web part string module in English and Welsh', () => {
    const resources = projectExpectations().localizedResources ?? [];
    for (const name of ['MemberProfilesWebPartStrings', 'MemberBriefingsWebPartStrings', 'OfficerDirectoryWebPartStrings', 'DirectoryHealthWebPartStrings', 'WardContactsWebPartStrings', 'EnquiryReportWebPartStrings', 'ServiceEnquiriesWebPartStrings', 'MemberEnquiriesWebPartStrings']) {
      expect(resources.filter((resource) => resource.name === name).map((resource) => resource.locale)).toEqual(['cy-gb', 'en-us']);
    }
  });

  it('expects the directory health web part on SharePoint pages only, never in Teams', () => {
    const health = projectExpectations().webParts.find((part) => part.alias === 'DirectoryHealthWebPart');
    expect(health?.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
  });

  it('expects the enquiries report on SharePoint pages only, never in Teams', () => {
    const report = projectExpectations().webParts.find((part) => part.alias === 'EnquiryReportWebPart');
    expect(report?.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
  });
});

describe('formatChecks', () => {
  it('marks each check ok or FAIL with its detail', () => {
    expect(formatChecks([{ passed: true, description: 'a' }, { passed: false, description: 'b', detail: 'why' }])).toBe('ok   a\nFAIL b — why');
  });
});
