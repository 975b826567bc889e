import * as fs from 'fs';
import * as path from 'path';
import { ADDED_TITLES, shownTitle, TitledWebPart } from '../../../src/webparts/shared/shownTitle';

const WEB_PARTS_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'webparts');

function preconfiguredTitle(webPart: TitledWebPart): string | undefined {
  const folder = path.join(WEB_PARTS_DIR, webPart);
  const manifestFile = fs.readdirSync(folder).find((name) => name.endsWith('.manifest.json'));
  if (!manifestFile) throw new Error(`No manifest in ${folder}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, manifestFile), 'utf8')) as {
    preconfiguredEntries: { properties: { title?: string } }[];
  };
  return manifest.preconfiguredEntries[0]?.properties.title;
}

const titled = Object.keys(ADDED_TITLES) as TitledWebPart[];

describe('shownTitle', () => {
  it('knows the heading every web part with a manifest is added with', () => {
    const withManifests = fs.readdirSync(WEB_PARTS_DIR).filter((name) => fs.readdirSync(path.join(WEB_PARTS_DIR, name)).some((file) => file.endsWith('.manifest.json')));
    expect([...titled].sort()).toEqual(withManifests.sort());
  });

  it.each(titled)('%s: the heading it is added with is its manifest\u2019s, and is shown in the reader\u2019s language', (webPart) => {
    expect(ADDED_TITLES[webPart]).toBe(preconfiguredTitle(webPart));
    // Jest maps CommonStrings to the English file: the heading as added reads the same in English.
    expect(shownTitle(ADDED_TITLES[webPart], webPart)).toBe(ADDED_TITLES[webPart]);
  });

  it('in Welsh, the stored English heading (or none) becomes the Welsh one; an editor\u2019s own heading is kept', () => {
    const welsh = jest.requireActual<Record<string, string>>(path.join(WEB_PARTS_DIR, 'shared', 'loc', 'cy-gb.js'));
    jest.isolateModules(() => {
      jest.doMock('CommonStrings', () => welsh);
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const inWelsh = require('../../../src/webparts/shared/shownTitle') as typeof import('../../../src/webparts/shared/shownTitle');
      expect(inWelsh.shownTitle('My enquiries', 'memberEnquiries')).toBe('Fy ymholiadau');
      expect(inWelsh.shownTitle('  Councillors ', 'memberProfiles')).toBe('Cynghorwyr');
      expect(inWelsh.shownTitle(undefined, 'officerDirectory')).toBe('Cyfeiriadur swyddogion');
      expect(inWelsh.shownTitle('', 'wardContacts')).toBe('Taflen gyswllt ward');
      expect(inWelsh.shownTitle('Ymholiadau Cyngor Gwynedd', 'memberEnquiries')).toBe('Ymholiadau Cyngor Gwynedd');
      expect(inWelsh.shownTitle('Officer directory', 'memberEnquiries')).toBe('Officer directory');
    });
  });
});
