import { mapOfficer, mapOfficerProfile, mapService, splitKeywords } from '../../src/data/mapOfficerDirectory';

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
  it('reads every column of the slim projection', () => {
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
      { attachmentFolderUrl: (id) => `https://contoso.sharepoint.com/sites/hub/Lists/Officers/Attachments/${id}` }
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

  it('never throws on missing or malformed values', () => {
    expect(mapOfficer({ ID: '12', Service: null, OfficerAccount: { EMail: 'not an address' }, Photo: '{broken', IsLiaisonOfficer: 'yes', LastReviewed: 'soon' })).toEqual({
      id: 12,
      name: '',
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
