import { readFileSync } from 'fs';
import { join } from 'path';
import { readPackageSolution, readWebPartManifests } from '../../../../tools/ci/projectFiles';
import { teamsDir } from '../../../../tools/ci/teamsApp/teamsAppFiles';
import { buildTeamsLocalization, buildTeamsManifest, type ITeamsManifest } from '../../../../tools/ci/teamsApp/teamsManifest';
import { validateTeamsLocalization, validateTeamsManifest } from '../../../../tools/ci/teamsApp/validateTeamsManifest';

const committed = JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8')) as ITeamsManifest;

describe('Teams app in Welsh (cy-GB)', () => {
  it('declares cy-GB in localizationInfo, and the manifest stays valid against the official schema', async () => {
    expect(committed.localizationInfo).toEqual({ defaultLanguageTag: 'en-GB', additionalLanguages: [{ languageTag: 'cy-GB', file: 'cy-GB.json' }] });
    expect(await validateTeamsManifest(committed)).toEqual([]);
  });

  it('ships a cy-GB.json that validates offline against the official localisation schema', async () => {
    const welsh: unknown = JSON.parse(readFileSync(join(teamsDir, 'cy-GB.json'), 'utf8'));
    expect(await validateTeamsLocalization(welsh, committed.manifestVersion)).toEqual([]);
  });

  it('names every personal tab in Welsh, from the web part manifests', () => {
    const webParts = readWebPartManifests();
    const welsh = buildTeamsLocalization(buildTeamsManifest(webParts, readPackageSolution()), webParts, 'cy-GB');
    const tabs = committed.staticTabs ?? [];
    expect(tabs.length).toBeGreaterThan(0);
    tabs.forEach((tab, index) => {
      const title = webParts.find((part) => part.id === tab.entityId)?.preconfiguredEntries[0].title;
      expect(welsh[`staticTabs[${index}].name`]).toBe(title?.['cy-GB']);
      expect(welsh[`staticTabs[${index}].name`]).not.toBe(tab.name);
    });
  });

  it('fails validation for a file the schema refuses (a text too long, an unknown key)', async () => {
    const errors = await validateTeamsLocalization({ 'name.short': 'x'.repeat(31), 'name.middle': 'Hub' }, committed.manifestVersion);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses to build a localisation when a tab has no title in the language', () => {
    const webParts = readWebPartManifests().map((part) => ({
      ...part,
      preconfiguredEntries: part.preconfiguredEntries.map((entry) => ({ ...entry, title: { default: entry.title.default } }))
    }));
    expect(() => buildTeamsLocalization(buildTeamsManifest(webParts, readPackageSolution()), webParts, 'cy-GB')).toThrow('has no "cy-GB" title');
  });
});
