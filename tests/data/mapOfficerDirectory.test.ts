import { mapOfficer, mapOfficerProfile, mapService, OFFICER_COLUMNS, OFFICER_PROFILE_COLUMNS, splitKeywords } from '../../src/data/mapOfficerDirectory';

const site = { siteUrl: 'https://contoso.sharepoint.com/sites/hub' };
const userPhoto = (address: string): string => `https://contoso.sharepoint.com/sites/hub/_layouts/15/userphoto.aspx?size=M&accountname=${encodeURIComponent(address)}`;

describe('splitKeywords', () => {
  test.each([
    [undefined, []],
    ['', []],
    ['potholes, roads,street lights', ['potholes', 'roads', 'street lights']],
    ['bins; recycling\nfly-tipping\r\n', ['bins', 'recycling', 'fly-tipping']],
    ['Bins, bins ,  BINS, school   transport', ['Bins', 'school transport']],
    [' , ; ', []]
  ])('%j', (value, keywords) => {
    expect(splitKeywords(value)).toEqual(keywords);
  });
});

describe('mapOfficer', () => {
  it('reads every column of the full projection (the profile), the Photo column overriding the profile photo', () => {
    const officer = mapOfficer(
      {
        Id: 7,
        Title: ' Priya Hillier ',
        OfficerAccount: { Id: 93, Title: 'Priya Hillier', EMail: 'priya.hillier@council.example' },
        JobTitle: 'Highways Engineer',
        Service: { Id: 1, Title: 'Highways' },
        Team: 'Network Management',
        Email: 'priya@council.example',
        Phone: '01632 961001',
        Location: 'County Hall',
        Photo: JSON.stringify({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/SiteAssets/priya.jpg' }),
        IsLiaisonOfficer: true,
        LastReviewed: '2026-03-22T00:00:00Z'
      },
      { ...site, attachmentFolderUrl: (id) => `https://contoso.sharepoint.com/sites/hub/Lists/Officers/Attachments/${id}` }
    );
    expect(officer).toEqual({
      id: 7,
      name: 'Priya Hillier',
      accountEmail: 'priya.hillier@council.example',
      jobTitle: 'Highways Engineer',
      serviceId: 1,
      team: 'Network Management',
      email: 'priya@council.example',
      phone: '01632 961001',
      location: 'County Hall',
      photoUrl: 'https://contoso.sharepoint.com/sites/hub/SiteAssets/priya.jpg',
      isLiaisonOfficer: true,
      lastReviewed: new Date('2026-03-22T00:00:00Z')
    });
  });

  it('reads the slim projection: the service by id, the work email as the Teams address and the profile photo by it', () => {
    const officer = mapOfficer(
      { Id: 8, Title: 'Tom Hill', JobTitle: 'Planner', ServiceId: 4, Team: 'Planning Policy', Email: ' Tom.Hill@council.example ', Phone: '01632 961002', Location: 'Area Office', IsLiaisonOfficer: false },
      site
    );
    expect(officer).toEqual({
      id: 8,
      name: 'Tom Hill',
      jobTitle: 'Planner',
      serviceId: 4,
      team: 'Planning Policy',
      email: 'Tom.Hill@council.example',
      phone: '01632 961002',
      location: 'Area Office',
      photoUrl: userPhoto('Tom.Hill@council.example'),
      accountEmail: 'Tom.Hill@council.example',
      isLiaisonOfficer: false,
      lastReviewed: undefined
    });
  });

  it("takes the account's address over the work email, for Teams and the profile photo, when the person column was read", () => {
    const officer = mapOfficer({ Id: 9, Email: 'shared.inbox@council.example', OfficerAccount: { Id: 5, Title: 'Ann Lee', EMail: 'ann.lee@council.example' }, Photo: null }, site);
    expect(officer).toMatchObject({ email: 'shared.inbox@council.example', accountEmail: 'ann.lee@council.example', photoUrl: userPhoto('ann.lee@council.example') });
  });

  it('has no photo URL without an address or without a site, and ignores a service id that is not one', () => {
    expect(mapOfficer({ Id: 10, Title: 'Agency Worker', ServiceId: 0 }, site)).toMatchObject({ photoUrl: undefined, accountEmail: undefined, serviceId: undefined });
    expect(mapOfficer({ Id: 11, Email: 'a@council.example', ServiceId: '2.5' })).toMatchObject({ photoUrl: undefined, accountEmail: 'a@council.example', serviceId: undefined });
  });

  it('names an officer without a name by their email, else "Name not recorded", so links and headings keep text', () => {
    expect(mapOfficer({ Id: 13, Email: 'a.person@council.example' }).name).toBe('a.person@council.example');
    expect(mapOfficer({ Id: 14, Title: '  ' }).name).toBe('Name not recorded');
  });

  it('never throws on missing or malformed values', () => {
    expect(mapOfficer({ ID: '12', Service: null, OfficerAccount: { EMail: 'not an address' }, Photo: '{broken', IsLiaisonOfficer: 'yes', LastReviewed: 'soon' })).toEqual({
      id: 12,
      name: 'Name not recorded',
      jobTitle: undefined,
      serviceId: undefined,
      team: undefined,
      email: undefined,
      phone: undefined,
      location: undefined,
      photoUrl: undefined,
      accountEmail: undefined,
      isLiaisonOfficer: true,
      lastReviewed: undefined
    });
  });

  it('reads neither the photo, the person column nor the review date for every officer; the profile reads them', () => {
    for (const column of ['Photo', 'OfficerAccount', 'LastReviewed', 'LiaisonProfile', 'Service']) expect(OFFICER_COLUMNS).not.toContain(column);
    expect(OFFICER_COLUMNS).toContain('ServiceId');
    expect(OFFICER_PROFILE_COLUMNS).toEqual(expect.arrayContaining(['ServiceId', 'OfficerAccount', 'Photo', 'LastReviewed', 'LiaisonProfile']));
  });

  it('adds the liaison profile for the profile view', () => {
    expect(mapOfficerProfile({ Id: 1, Title: 'Tom Hill', LiaisonProfile: '<p>Roads</p>' })).toMatchObject({ id: 1, name: 'Tom Hill', liaisonProfileHtml: '<p>Roads</p>' });
  });
});

describe('mapService', () => {
  it('reads a service with its contact routes and keywords', () => {
    expect(
      mapService({
        Id: 3,
        Title: 'Highways',
        ServiceCode: 'HWY-003',
        Directorate: 'Place',
        HowToContact: '<p>Email us</p>',
        ServiceEmail: 'highways@council.example',
        ServicePhone: '01632 961000',
        ServiceUrl: { Url: 'https://council.example/highways', Description: 'Highways' },
        Keywords: 'potholes, roads'
      })
    ).toEqual({
      id: 3,
      name: 'Highways',
      code: 'HWY-003',
      directorate: 'Place',
      howToContactHtml: '<p>Email us</p>',
      email: 'highways@council.example',
      phone: '01632 961000',
      webPageUrl: 'https://council.example/highways',
      keywords: ['potholes', 'roads']
    });
  });

  it('keeps a service whose optional columns are blank, and drops unsafe links', () => {
    expect(mapService({ Id: 4, Title: 'Planning', ServiceUrl: { Url: 'javascript:alert(1)' } })).toEqual({
      id: 4,
      name: 'Planning',
      code: undefined,
      directorate: '',
      howToContactHtml: undefined,
      email: undefined,
      phone: undefined,
      webPageUrl: undefined,
      keywords: []
    });
  });
});
