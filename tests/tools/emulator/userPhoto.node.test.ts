/**
 * @jest-environment node
 */
/** <site>/_layouts/15/userphoto.aspx: people's portraits by email, a placeholder for anyone else. */
import { profilePhotoUrl } from '../../../src/model/profilePhotoUrl';
import { PLACEHOLDER_PHOTO } from '../../../tools/emulator/http/userPhoto';
import type { ISiteFile, IStoredImage, IStoredItem } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator } from './emulatorKit';

let emulator: IRunningEmulator;
const data = sampleCouncil();

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(async () => {
  await emulator.close();
});

const fileAt = (path: string): ISiteFile | undefined => data.files.find((file) => file.serverRelativeUrl === path);
const photoOf = (item: IStoredItem): IStoredImage | undefined => {
  const photo = item.fields.Photo;
  return typeof photo === 'object' && photo !== null && !Array.isArray(photo) ? (photo as IStoredImage) : undefined;
};
const emailOf = (item: IStoredItem): string | undefined => (typeof item.fields.Email === 'string' ? item.fields.Email : undefined);

/** A person of the list whose Photo is a file the site holds, and one whose Photo names a missing file. */
function people(list: 'Officers' | 'Members'): { withPortrait: IStoredItem; withMissingFile: IStoredItem | undefined } {
  const items = data.lists[list].filter((item) => emailOf(item) !== undefined);
  const withPortrait = items.find((item) => {
    const photo = photoOf(item);
    return photo !== undefined && fileAt(photo.serverRelativeUrl) !== undefined;
  });
  if (!withPortrait) throw new Error(`The sample council has no ${list} with a portrait.`);
  const withMissingFile = items.find((item) => {
    const photo = photoOf(item);
    return photo !== undefined && fileAt(photo.serverRelativeUrl) === undefined;
  });
  return { withPortrait, withMissingFile };
}

async function photo(url: string, init?: RequestInit): Promise<{ response: Response; body: string }> {
  const response = await fetch(url, init);
  return { response, body: await response.text() };
}

describe('userphoto.aspx on the emulator', () => {
  it("answers an officer's portrait at the URL the directory builds, cached privately for a day", async () => {
    const officer = people('Officers').withPortrait;
    const file = fileAt(photoOf(officer)?.serverRelativeUrl ?? '');
    const url = profilePhotoUrl(emulator.siteUrl, emailOf(officer));
    expect(url).toBeDefined();

    const { response, body } = await photo(url ?? '');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(file?.contentType);
    expect(response.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(body).toBe(file?.content);
    expect(body).not.toBe(PLACEHOLDER_PHOTO.content);
  });

  it("answers a member's portrait, whatever the case of the parameter and the address, at every size", async () => {
    const member = people('Members').withPortrait;
    const file = fileAt(photoOf(member)?.serverRelativeUrl ?? '');
    for (const size of ['S', 'M', 'L']) {
      const { response, body } = await photo(`${emulator.siteUrl}/_layouts/15/UserPhoto.aspx?Size=${size}&AccountName=${encodeURIComponent((emailOf(member) ?? '').toUpperCase())}`);
      expect(response.status).toBe(200);
      expect(body).toBe(file?.content);
    }
  });

  it('reads a claims login name given as UserName', async () => {
    const officer = people('Officers').withPortrait;
    const { body } = await photo(`${emulator.siteUrl}/_layouts/15/userphoto.aspx?username=${encodeURIComponent(`i:0#.f|membership|${emailOf(officer) ?? ''}`)}`);
    expect(body).toBe(fileAt(photoOf(officer)?.serverRelativeUrl ?? '')?.content);
  });

  it('answers the placeholder image, not an error, for an unknown account, a photo whose file is gone and no account at all', async () => {
    const missing = people('Officers').withMissingFile;
    expect(missing).toBeDefined();
    const urls = [
      profilePhotoUrl(emulator.siteUrl, 'nobody.at.all@council.example'),
      profilePhotoUrl(emulator.siteUrl, emailOf(missing as IStoredItem)),
      `${emulator.siteUrl}/_layouts/15/userphoto.aspx?size=S`
    ];
    for (const url of urls) {
      const { response, body } = await photo(url ?? '');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(body).toBe(PLACEHOLDER_PHOTO.content);
    }
  });

  it('is a page of the site only: other methods and other sites are not found, and no API request is counted', async () => {
    const before = emulator.stats();
    const officer = people('Officers').withPortrait;
    const posted = await photo(profilePhotoUrl(emulator.siteUrl, emailOf(officer)) ?? '', { method: 'POST' });
    expect(posted.response.status).toBe(404);
    const elsewhere = await photo(`${emulator.url}/sites/other/_layouts/15/userphoto.aspx?accountname=${encodeURIComponent(emailOf(officer) ?? '')}`);
    expect(elsewhere.response.status).toBe(404);
    expect(emulator.stats().apiRequests).toBe(before.apiRequests);
  });
});
