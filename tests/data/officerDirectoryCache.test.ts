import { CACHE_SHAPE, directoryCacheKey, officerDirectoryPartedFormat, OFFICERS_PER_PART, parseSnapshot, serialiseSnapshot } from '../../src/data/officerDirectoryCache';
import { listsFingerprint } from '../../src/data/listsFingerprint';
import { mapSlimOfficer } from '../../src/data/mapOfficerDirectory';
import type { IDirectorySnapshot } from '../../src/data/officerDirectoryCache';

/** Officers as the slim read maps them. */
const snapshot: IDirectorySnapshot = {
  fingerprint: 'Officers:2:2026-11-20T10:00:00Z:|Services:1:2026-11-01T10:00:00Z:',
  loadedAt: new Date(Date.UTC(2026, 10, 23, 9, 30)),
  officers: [
    mapSlimOfficer({ Id: 1, Title: 'Priya Hillier', ServiceId: 1, Email: 'priya.hillier@council.example', Location: 'County Hall', IsLiaisonOfficer: true }),
    mapSlimOfficer({ Id: 2, Title: 'Tom Hill', IsLiaisonOfficer: false }),
    mapSlimOfficer({ Id: 3, Title: 'Ada Monk', IsLiaisonOfficer: false, StatutoryRole: 'Monitoring Officer' })
  ],
  services: [{ id: 1, name: 'Highways', directorate: 'Place', keywords: ['potholes'] }]
};

const stored = (): Record<string, unknown> & { officerFields: string[] } => JSON.parse(serialiseSnapshot(snapshot));

describe('officer directory cache copies', () => {
  it('store officers as rows of the values read, without repeating property names or what the email gives', () => {
    expect(stored().officers).toEqual([
      [1, 'Priya Hillier', null, 1, null, 'priya.hillier@council.example', 'County Hall', true, null],
      [2, 'Tom Hill', null, null, null, null, null, false, null],
      [3, 'Ada Monk', null, null, null, null, null, false, 'Monitoring Officer']
    ]);
    expect(serialiseSnapshot(snapshot)).not.toContain('"accountEmail"');
  });

  it('survive a round trip, the Teams address worked out again from the email', () => {
    const parsed = parseSnapshot(serialiseSnapshot(snapshot));
    expect(parsed).toEqual(snapshot);
    expect(parsed?.loadedAt).toBeInstanceOf(Date);
    expect(parsed?.officers[0]).toMatchObject({ accountEmail: 'priya.hillier@council.example', location: 'County Hall' });
    expect(parsed?.officers[2].statutoryRole).toBe('Monitoring Officer');
  });

  it('hold only the slim projection: no phone, photo, person column or review date', () => {
    const [officerColumns] = CACHE_SHAPE.split('|');
    expect(officerColumns).toBe('v3:Id,Title,JobTitle,ServiceId,Team,Email,Location,IsLiaisonOfficer,StatutoryRole');
  });

  // The previous release's copy knew nothing of which services take enquiries: read, it would offer no
  // "Raise an enquiry with …" until the lists next changed, so it is not read.
  it('ignore the copy of the release before services said whether they take enquiries, and keep it from now on', () => {
    const previousCopy = serialiseSnapshot(snapshot).replace(CACHE_SHAPE, CACHE_SHAPE.replace(/^v3:/, 'v2:'));
    expect(parseSnapshot(previousCopy)).toBeUndefined();
    const taking: IDirectorySnapshot = { ...snapshot, services: [{ ...snapshot.services[0], takesEnquiries: true }, { id: 2, name: 'Libraries', directorate: 'People', keywords: [] }] };
    expect(parseSnapshot(serialiseSnapshot(taking))?.services.map((service) => service.takesEnquiries)).toEqual([true, undefined]);
  });

  // The copy the previous release wrote (it read Phone for every officer), as it wrote it: a
  // copy of that shape is not read, so no officer arrives with her phone number in her location.
  it('ignore the copy of the release that stored phone numbers', () => {
    const previousShape = 'v2:Id,Title,JobTitle,ServiceId,Team,Email,Phone,Location,IsLiaisonOfficer|Id,Title,ServiceCode,Directorate,HowToContact,ServiceEmail,ServicePhone,ServiceUrl,Keywords';
    const previousCopy = JSON.stringify({
      shape: previousShape,
      fingerprint: snapshot.fingerprint,
      loadedAt: '2026-11-23T09:30:00.000Z',
      officerFields: ['id', 'name', 'jobTitle', 'serviceId', 'team', 'email', 'phone', 'location', 'isLiaisonOfficer'],
      officers: [[1, 'Priya Hillier', null, 1, null, 'priya.hillier@council.example', '01632 961001', 'County Hall', true]],
      services: snapshot.services
    });
    expect(CACHE_SHAPE).not.toBe(previousShape);
    expect(parseSnapshot(previousCopy)).toBeUndefined();
    // Even stamped with today's shape, rows of nine values are not taken for rows of eight.
    expect(parseSnapshot(previousCopy.replace(previousShape, CACHE_SHAPE))).toBeUndefined();
  });

  test.each([
    ['nothing stored', undefined],
    ['not JSON', '{"shape":'],
    ['another projection', serialiseSnapshot(snapshot).replace(CACHE_SHAPE, 'v0:Id,Title')],
    ['officers missing', JSON.stringify({ shape: CACHE_SHAPE, fingerprint: 'x', loadedAt: '2026-11-23T09:30:00Z', services: [] })],
    ['officers as objects', JSON.stringify({ ...stored(), officers: [{ id: 1, name: 'Priya Hillier' }] })],
    ['a short officer row', JSON.stringify({ ...stored(), officers: [[1, 'Priya Hillier']] })],
    ['an officer row without an id', JSON.stringify({ ...stored(), officers: [['1', 'Priya Hillier', null, null, null, null, null, false]] })],
    ['officer rows of the previous shape', JSON.stringify({ ...stored(), officers: [[1, 'Priya Hillier', null, 1, null, null, null, null, null, null, true, null]] })],
    ['officer fields in another order', JSON.stringify({ ...stored(), officerFields: [...stored().officerFields].reverse() })],
    ['a bad date', JSON.stringify({ shape: CACHE_SHAPE, fingerprint: 'x', loadedAt: 'yesterday', officers: [], services: [] })]
  ])('are ignored when %s', (_case, text) => {
    expect(parseSnapshot(text)).toBeUndefined();
  });

  it('are kept per site and user (case-insensitive) and list titles; one key whatever the projection, so a release overwrites its copy', () => {
    const key = directoryCacheKey({ siteUrl: 'https://Contoso.sharepoint.com/sites/Hub/', user: 'Reader@Contoso.com', listTitles: ['Officers', 'Services'] });
    expect(key).toBe('officer-directory|https://contoso.sharepoint.com/sites/hub|reader@contoso.com|Officers|Services');
    expect(directoryCacheKey({ siteUrl: 'https://contoso.sharepoint.com/sites/other', user: 'reader@contoso.com', listTitles: ['Officers', 'Services'] })).not.toBe(key);
  });
});

describe('listsFingerprint', () => {
  const lists = [
    { Title: 'Officers', ItemCount: 20000, LastItemModifiedDate: '2026-11-20T10:00:00Z', LastItemDeletedDate: '2026-10-01T00:00:00Z' },
    { Title: 'Services', ItemCount: 300, LastItemModifiedDate: '2026-11-01T10:00:00Z' },
    { Title: 'Briefings', ItemCount: 520, LastItemModifiedDate: '2026-11-23T08:00:00Z' }
  ];

  it('changes with either list and ignores the others', () => {
    const base = listsFingerprint(['Officers', 'Services'], lists);
    expect(base.itemCounts.get('officers')).toBe(20000);
    const briefingEdited = listsFingerprint(['Officers', 'Services'], [lists[0], lists[1], { ...lists[2], LastItemModifiedDate: '2026-11-23T09:00:00Z' }]);
    expect(briefingEdited.value).toBe(base.value);
    for (const changed of [
      [{ ...lists[0], LastItemModifiedDate: '2026-11-23T09:00:00Z' }, lists[1]],
      [{ ...lists[0], LastItemDeletedDate: '2026-11-23T09:00:00Z' }, lists[1]],
      [{ ...lists[0], ItemCount: 19999 }, lists[1]],
      [lists[0], { ...lists[1], LastItemModifiedDate: '2026-11-23T09:00:00Z' }],
      [lists[0]]
    ]) {
      expect(listsFingerprint(['Officers', 'Services'], changed).value).not.toBe(base.value);
    }
  });

  it('matches list titles without regard to case', () => {
    expect(listsFingerprint(['officers'], lists).value).toBe('officers:20000:2026-11-20T10:00:00Z:2026-10-01T00:00:00Z');
  });
});

describe('the whole directory kept in parts', () => {
  const many: IDirectorySnapshot = {
    ...snapshot,
    officers: Array.from({ length: 2 * OFFICERS_PER_PART + 5 }, (_, i) => mapSlimOfficer({ Id: i + 1, Title: `Officer ${i + 1}`, ServiceId: 1, IsLiaisonOfficer: i % 7 === 0 }))
  };

  it('survives a round trip, parsed one part per task (the browser let in before each)', async () => {
    const events: string[] = [];
    const format = officerDirectoryPartedFormat(async () => {
      events.push('yield');
    });
    const { head, parts } = format.serialise(many);
    expect(parts).toHaveLength(3);
    expect(format.partCount(head)).toBe(3);
    expect(head).not.toContain('Officer 1');
    const parsed = await format.parse(head, parts);
    expect(parsed).toEqual(many);
    expect(events).toEqual(['yield', 'yield', 'yield']);
  });

  test.each([
    ['a part that is not JSON', (parts: string[]) => [parts[0], parts[1].slice(0, -3), parts[2]]],
    ['a part of objects', (parts: string[]) => [parts[0], JSON.stringify([{ id: 1, name: 'Priya Hillier' }]), parts[2]]],
    ['a part missing', (parts: string[]) => parts.slice(0, 2)],
    ['parts that do not add up to the count', (parts: string[]) => [parts[0], parts[1], '[]']]
  ])('is not read with %s', async (_case, spoil) => {
    const format = officerDirectoryPartedFormat(async () => undefined);
    const { head, parts } = format.serialise(many);
    await expect(format.parse(head, spoil([...parts]))).resolves.toBeUndefined();
  });

  it('is not read under a head of another shape', () => {
    const format = officerDirectoryPartedFormat();
    const { head } = format.serialise(many);
    expect(format.partCount(head.replace(CACHE_SHAPE, 'v0:Id,Title'))).toBeUndefined();
    expect(format.partCount(serialiseSnapshot(many))).toBeUndefined();
  });
});
