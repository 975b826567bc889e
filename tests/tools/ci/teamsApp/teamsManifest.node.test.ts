import { IPackageSolution, IWebPartManifest, readPackageSolution, readWebPartManifests, SupportedHost } from '../../../../tools/ci/projectFiles';
import {
  buildTeamsManifest,
  channelTabConfigurationUrl,
  personalTabContentUrl,
  teamsAppIdentity,
  teamsAppVersion
} from '../../../../tools/ci/teamsApp/teamsManifest';
import { validateTeamsManifest } from '../../../../tools/ci/teamsApp/validateTeamsManifest';


const packageSolution: IPackageSolution = {
  solution: {
    name: 'member-officer-hub',
    title: 'Hub title',
    id: 'bf66bc58-efbc-4cae-9c74-a6ef51a99317',
    version: '2.3.4.0',
    developer: { name: 'Dev', websiteUrl: 'https://example.org/', privacyUrl: 'https://example.org/p', termsOfUseUrl: 'https://example.org/t' },
    metadata: { shortDescription: { default: 'Short.' }, longDescription: { default: 'Long.' } }
  },
  paths: { zippedPackage: 'solution/member-officer-hub.sppkg' }
};

function webPart(id: string, alias: string, supportedHosts: SupportedHost[]): IWebPartManifest {
  return {
    id,
    alias,
    componentType: 'WebPart',
    supportedHosts,
    preconfiguredEntries: [{ title: { default: `${alias} title` }, description: { default: `${alias} description` } }]
  };
}

const profiles = webPart('882f48c3-26d9-44ac-9d4a-dbb67b9773b0', 'MemberProfilesWebPart', ['SharePointWebPart', 'TeamsTab']);
const briefings = webPart('11111111-2222-4333-8444-555555555555', 'MemberBriefingsWebPart', ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']);
const officers = webPart('66666666-7777-4888-9999-000000000000', 'OfficerDirectoryWebPart', ['SharePointWebPart']);

describe('buildTeamsManifest', () => {
  it('makes the one TeamsTab web part the channel tab, hosted by SharePoint with its component id', () => {
    const manifest = buildTeamsManifest([profiles, officers], packageSolution);
    expect(manifest.configurableTabs).toEqual([
      {
        id: 'MemberProfilesWebPart',
        configurationUrl: channelTabConfigurationUrl(profiles.id),
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab']
      }
    ]);
    expect(manifest.configurableTabs?.[0].configurationUrl).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx' +
        '%3FopenPropertyPane=true%26teams%26componentId=882f48c3-26d9-44ac-9d4a-dbb67b9773b0%26forceLocale={locale}'
    );
    expect(manifest.staticTabs).toBeUndefined();
  });

  it('adds a personal tab for each TeamsPersonalApp web part, on the tenant root site', () => {
    const manifest = buildTeamsManifest([officers, briefings], packageSolution);
    expect(manifest.staticTabs).toEqual([
      { entityId: briefings.id, name: 'MemberBriefingsWebPart title', contentUrl: personalTabContentUrl(briefings.id), scopes: ['personal'] }
    ]);
    expect(manifest.staticTabs?.[0].contentUrl).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx' +
        '%3Fteams%26personal%26componentId=11111111-2222-4333-8444-555555555555%26forceLocale={locale}'
    );
  });

  it('builds schema-valid manifests for a channel tab plus personal tabs, as the briefings web part will need', async () => {
    const both = buildTeamsManifest([profiles, briefings, officers], packageSolution, { ...teamsAppIdentity, channelTabPreference: [briefings.id] });
    expect(both.configurableTabs).toHaveLength(1);
    expect(both.staticTabs).toHaveLength(1);
    expect(await validateTeamsManifest(both)).toEqual([]);
  });

  it('refuses two TeamsTab web parts unless one is preferred, since Teams allows one channel tab', () => {
    expect(() => buildTeamsManifest([profiles, briefings], packageSolution, { ...teamsAppIdentity, channelTabPreference: [] })).toThrow(
      'Teams allows one channel tab per app, but MemberProfilesWebPart, MemberBriefingsWebPart all support TeamsTab'
    );
    const chosen = buildTeamsManifest([profiles, briefings], packageSolution, { ...teamsAppIdentity, channelTabPreference: [officers.id, briefings.id] });
    expect(chosen.configurableTabs?.map((tab) => tab.id)).toEqual(['MemberBriefingsWebPart']);
  });

  it('falls back to the only TeamsTab web part when no preferred one is in the solution', () => {
    const manifest = buildTeamsManifest([profiles, officers], packageSolution, { ...teamsAppIdentity, channelTabPreference: [briefings.id] });
    expect(manifest.configurableTabs?.map((tab) => tab.id)).toEqual(['MemberProfilesWebPart']);
  });

  it('refuses to build an app with no Teams-capable web part', () => {
    expect(() => buildTeamsManifest([officers], packageSolution)).toThrow('No web part supports TeamsTab or TeamsPersonalApp');
  });

  it('takes title, version, developer and descriptions from the solution, without the SPFx-only mpnId', () => {
    const manifest = buildTeamsManifest([profiles], {
      ...packageSolution,
      solution: { ...packageSolution.solution, developer: { ...packageSolution.solution.developer, mpnId: 'Undefined-1.23.2' } as IPackageSolution['solution']['developer'] }
    });
    expect(manifest.version).toBe('2.3.4');
    expect(manifest.developer).toEqual(packageSolution.solution.developer);
    expect(manifest.name.short).toBe('Hub title');
    expect(manifest.description).toEqual({ short: 'Short.', full: 'Long.' });
    expect(manifest.id).toBe(teamsAppIdentity.id);
  });
});

describe('teamsAppVersion', () => {
  it('turns a SharePoint solution version into semver', () => {
    expect(teamsAppVersion('1.0.0.0')).toBe('1.0.0');
    expect(teamsAppVersion('1.02.3')).toBe('1.2.3');
    expect(() => teamsAppVersion('1.0')).toThrow('Solution version "1.0" is not major.minor.build.revision.');
  });
});

describe("the project's Teams app", () => {
  it('offers every Teams-capable web part and leaves the admins-only directory health web part out', () => {
    const webParts = readWebPartManifests();
    const health = webParts.find((part) => part.alias === 'DirectoryHealthWebPart');
    expect(health).toBeDefined();
    const manifest = buildTeamsManifest(webParts, readPackageSolution());
    const tabComponentIds = [
      ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl),
      ...(manifest.staticTabs ?? []).map((tab) => tab.contentUrl)
    ].join('\n');
    expect(manifest.staticTabs?.length).toBeGreaterThan(0);
    expect(tabComponentIds).not.toContain(health?.id);
    expect(manifest.staticTabs?.map((tab) => tab.entityId)).not.toContain(health?.id);
  });
});
