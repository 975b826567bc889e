import {
  readBoolean,
  readChoice,
  readDate,
  readHexColour,
  readHyperlink,
  readImageUrl,
  readLines,
  readLookupId,
  readLookupIds,
  readMultiChoice,
  readText,
  readUserEmail
} from '../../src/data/fieldReaders';

const image = (value: Record<string, unknown>): string => JSON.stringify({ type: 'thumbnail', fileName: 'a.jpg', ...value });

describe('readImageUrl', () => {
  test.each([
    [
      'serverUrl + serverRelativeUrl',
      image({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/SiteAssets/Lists/abc/a.jpg' }),
      'https://contoso.sharepoint.com/sites/hub/SiteAssets/Lists/abc/a.jpg'
    ],
    [
      'spaces in the path',
      image({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/Site Assets/Jo Bloggs.jpg' }),
      'https://contoso.sharepoint.com/sites/hub/Site%20Assets/Jo%20Bloggs.jpg'
    ],
    [
      'an already encoded path',
      image({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/Site%20Assets/a.jpg' }),
      'https://contoso.sharepoint.com/sites/hub/Site%20Assets/a.jpg'
    ],
    ['no serverUrl', image({ serverRelativeUrl: '/sites/hub/a.jpg' }), '/sites/hub/a.jpg'],
    ['an absolute serverRelativeUrl', image({ serverRelativeUrl: 'https://cdn.example/a.jpg' }), 'https://cdn.example/a.jpg'],
    ['an object instead of a string', { serverUrl: 'https://x.example', serverRelativeUrl: '/a.jpg' }, 'https://x.example/a.jpg'],
    ['no serverRelativeUrl (image stored as attachment)', image({ serverUrl: 'https://x.example' }), undefined],
    ['a javascript: URL', image({ serverRelativeUrl: 'javascript:alert(1)' }), undefined],
    ['a protocol-relative URL', image({ serverRelativeUrl: '//evil.example/a.jpg' }), undefined],
    ['invalid JSON', '{"serverRelativeUrl": ', undefined],
    ['a bare string', '/sites/hub/a.jpg', undefined],
    ['null', null, undefined],
    ['absent', undefined, undefined]
  ])('%s', (_case, value, expected) => {
    expect(readImageUrl({ Photo: value }, 'Photo')).toBe(expected);
  });
});

describe('readImageUrl for images stored as item attachments', () => {
  const folder = 'https://contoso.sharepoint.com/sites/hub/Lists/Members/Attachments/7';
  test.each([
    ['only a file name', image({ fileName: 'Jo Bloggs.jpg' }), folder, `${folder}/Jo%20Bloggs.jpg`],
    ['a folder with a trailing slash', image({ fileName: 'a.jpg' }), `${folder}/`, `${folder}/a.jpg`],
    ['a file name with a path in it', image({ fileName: '../secret/a.jpg' }), folder, undefined],
    ['no folder known', image({ fileName: 'a.jpg' }), undefined, undefined],
    ['a relative folder', image({ fileName: 'a.jpg' }), '/sites/hub/Lists/Members/Attachments/7', undefined],
    ['a serverRelativeUrl, which wins', image({ serverUrl: 'https://x.example', serverRelativeUrl: '/b.jpg' }), folder, 'https://x.example/b.jpg']
  ])('%s', (_case, value, attachmentFolder, expected) => {
    expect(readImageUrl({ Photo: value }, 'Photo', attachmentFolder)).toBe(expected);
  });
});

describe('other readers', () => {
  test.each([
    ['text trims', () => readText({ F: '  Cllr Jo  ' }, 'F'), 'Cllr Jo'],
    ['blank text is undefined', () => readText({ F: '   ' }, 'F'), undefined],
    ['text from a number', () => readText({ F: 42 }, 'F'), '42'],
    ['text from an object', () => readText({ F: { a: 1 } }, 'F'), undefined],
    ['boolean true', () => readBoolean({ F: true }, 'F'), true],
    ['boolean from 1', () => readBoolean({ F: 1 }, 'F'), true],
    ['boolean from "No"', () => readBoolean({ F: 'No' }, 'F', true), false],
    ['missing boolean takes the default', () => readBoolean({}, 'F', true), true],
    ['date', () => readDate({ F: '2026-05-04T23:00:00Z' }, 'F')?.toISOString(), '2026-05-04T23:00:00.000Z'],
    ['invalid date', () => readDate({ F: 'not a date' }, 'F'), undefined],
    ['choice in the list', () => readChoice({ F: 'Teams' }, 'F', ['Email', 'Teams']), 'Teams'],
    ['choice not in the list', () => readChoice({ F: 'Carrier pigeon' }, 'F', ['Email', 'Teams']), undefined],
    ['multi-choice', () => readMultiChoice({ F: ['Group Leader', ' ', 'Group Leader', 'Armed Forces Champion'] }, 'F'), ['Group Leader', 'Armed Forces Champion']],
    ['multi-choice, verbose', () => readMultiChoice({ F: { results: ['A'] } }, 'F'), ['A']],
    ['multi-choice, null', () => readMultiChoice({ F: null }, 'F'), []],
    ['lines', () => readLines({ F: ' Trustee, Hall Trust \r\n\r\nParish councillor\n  ' }, 'F'), ['Trustee, Hall Trust', 'Parish councillor']],
    ['lines, missing', () => readLines({}, 'F'), []],
    ['lookup', () => readLookupId({ F: { Id: 3, Title: 'Abbey' } }, 'F'), 3],
    ['empty lookup', () => readLookupId({ F: null }, 'F'), undefined],
    ['lookup without Id', () => readLookupId({ F: { Title: 'Abbey' } }, 'F'), undefined],
    ['multi lookup', () => readLookupIds({ F: [{ Id: 1 }, { Id: 'x' }, { Id: 4 }] }, 'F'), [1, 4]],
    ['multi lookup, verbose', () => readLookupIds({ F: { results: [{ Id: 2 }] } }, 'F'), [2]],
    ['person email', () => readUserEmail({ F: { Id: 9, Title: 'Jo', EMail: 'jo@council.example' } }, 'F'), 'jo@council.example'],
    ['person without email', () => readUserEmail({ F: { Id: 9, Title: 'Jo', EMail: '' } }, 'F'), undefined],
    ['hyperlink', () => readHyperlink({ F: { Url: 'https://council.example/register', Description: 'x' } }, 'F'), 'https://council.example/register'],
    ['hyperlink that is not http', () => readHyperlink({ F: { Url: 'javascript:alert(1)' } }, 'F'), undefined],
    ['colour', () => readHexColour({ F: '#0087DC' }, 'F'), '#0087dc'],
    ['colour without #', () => readHexColour({ F: 'E4003B' }, 'F'), '#e4003b'],
    ['named colour', () => readHexColour({ F: 'red' }, 'F'), undefined],
    ['short hex colour', () => readHexColour({ F: '#f00' }, 'F'), undefined]
  ])('%s', (_case, read, expected) => {
    expect(read()).toEqual(expected);
  });
});
