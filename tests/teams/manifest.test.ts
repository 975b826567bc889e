/**
 * @jest-environment node
 */
// The committed Teams app (teams/): its manifest against the official schema, its icons against
// Teams' rules, and its tabs against the web part manifests.
import { readFileSync } from 'fs';
import { join } from 'path';
import { PNG } from 'pngjs';
import { projectRoot, readPackageSolution, readWebPartManifests } from '../../tools/ci/projectFiles';
import { expectedTeamsAppFiles, staleTeamsAppFiles, teamsDir } from '../../tools/ci/teamsApp/teamsAppFiles';
import { COLOUR_ICON_FILE, ITeamsManifest, MANIFEST_FILE, OUTLINE_ICON_FILE, teamsAppIdentity } from '../../tools/ci/teamsApp/teamsManifest';
import { colourIconProblems, outlineIconProblems } from '../../tools/ci/teamsApp/validateTeamsIcons';
import { validateTeamsManifest } from '../../tools/ci/teamsApp/validateTeamsManifest';


const manifestText = readFileSync(join(teamsDir, MANIFEST_FILE), 'utf8');
const manifest = JSON.parse(manifestText) as ITeamsManifest;
const webParts = readWebPartManifests(projectRoot);

/** A deep copy of the committed manifest to break. */
function brokenCopy(): { -readonly [K in keyof ITeamsManifest]?: ITeamsManifest[K] } {
  return JSON.parse(manifestText) as ITeamsManifest;
}

function componentIdIn(url: string): string | undefined {
  return /componentId=([0-9a-f-]{36})/i.exec(url)?.[1];
}

function blankPng(size: number, rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
}

describe('teams/manifest.json against the official Teams schema', () => {
  it('is valid for its manifestVersion', async () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(await validateTeamsManifest(manifest)).toEqual([]);
  });

  it('reports a missing required property', async () => {
    const broken = brokenCopy();
    delete broken.description;
    expect(await validateTeamsManifest(broken)).toEqual([expect.stringContaining("must have required property 'description'")]);
  });

  it('reports a second channel tab, which Teams does not allow', async () => {
    const broken = brokenCopy();
    broken.configurableTabs = [...(manifest.configurableTabs ?? []), ...(manifest.configurableTabs ?? [])];
    expect(await validateTeamsManifest(broken)).toEqual([expect.stringContaining('/configurableTabs must NOT have more than 1 items')]);
  });

  it('reports a relative tab URL, a bad colour and an overlong MPN id', async () => {
    const broken = brokenCopy();
    broken.configurableTabs = [{ ...manifest.configurableTabs![0], configurationUrl: '/_layouts/15/teamshostedapp.aspx' }];
    broken.accentColor = 'teal';
    broken.developer = { ...manifest.developer, mpnId: 'Undefined-1.23.2' } as ITeamsManifest['developer'];
    const errors = await validateTeamsManifest(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/configurableTabs/0/configurationUrl'),
        expect.stringContaining('/accentColor'),
        expect.stringContaining('/developer/mpnId')
      ])
    );
  });

  it('reports a manifest version it has no schema for', async () => {
    expect(await validateTeamsManifest({ ...brokenCopy(), manifestVersion: '0.9' })).toEqual([
      'No bundled Teams manifest schema for manifestVersion 0.9.'
    ]);
  });
});

describe('teams/ matches the web parts', () => {
  it('is what tools/ci/teamsApp/writeTeamsApp.ts generates today (run it and commit if this fails)', () => {
    expect(staleTeamsAppFiles(expectedTeamsAppFiles(webParts, readPackageSolution(projectRoot)))).toEqual([]);
  });

  it('has one channel tab, for a web part that supports TeamsTab (the preferred one when present)', () => {
    const teamsTabParts = webParts.filter((part) => part.supportedHosts?.includes('TeamsTab'));
    const tabs = manifest.configurableTabs ?? [];
    expect(tabs).toHaveLength(teamsTabParts.length > 0 ? 1 : 0);
    const part = teamsTabParts.find((candidate) => candidate.id === componentIdIn(tabs[0].configurationUrl));
    expect(part?.alias).toBe(tabs[0].id);
    const preferred = teamsAppIdentity.channelTabPreference.find((id) => teamsTabParts.some((candidate) => candidate.id === id));
    if (preferred !== undefined) expect(part?.id).toBe(preferred);
  });

  it('has a personal tab for each web part that supports TeamsPersonalApp, by component id', () => {
    const personalIds = webParts.filter((part) => part.supportedHosts?.includes('TeamsPersonalApp')).map((part) => part.id);
    const staticTabs = manifest.staticTabs ?? [];
    expect(staticTabs.map((tab) => tab.entityId)).toEqual(personalIds);
    expect(staticTabs.map((tab) => componentIdIn(tab.contentUrl))).toEqual(personalIds);
  });

  it('names icon files that exist in teams/', () => {
    expect(manifest.icons).toEqual({ color: COLOUR_ICON_FILE, outline: OUTLINE_ICON_FILE });
  });
});

describe('Teams app icons', () => {
  const colour = readFileSync(join(teamsDir, COLOUR_ICON_FILE));
  const outline = readFileSync(join(teamsDir, OUTLINE_ICON_FILE));

  it('has a 192×192 colour icon in more than one colour', () => {
    expect(colourIconProblems(colour)).toEqual([]);
    const png = PNG.sync.read(colour);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(1);
  });

  it('has a 32×32 white outline icon on a transparent background', () => {
    expect(outlineIconProblems(outline)).toEqual([]);
  });

  it('rejects icons of the wrong size, colour or background', () => {
    expect(colourIconProblems(blankPng(96, [0, 0, 0, 255]))).toEqual(['is 96×96, not 192×192']);
    expect(outlineIconProblems(blankPng(32, [34, 87, 122, 255]))).toEqual([
      'has no transparent background (a corner is not transparent)',
      'has 1024 visible pixels that are not white'
    ]);
    expect(outlineIconProblems(blankPng(32, [255, 255, 255, 0]))).toEqual(['is fully transparent']);
    expect(outlineIconProblems(Buffer.from('not a png'))).toEqual([expect.stringContaining('is not a readable PNG')]);
  });
});
