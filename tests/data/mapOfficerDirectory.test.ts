import { mapOfficer, mapService, mapSlimOfficer, OFFICER_COLUMNS, OFFICER_PROFILE_COLUMNS, splitKeywords } from '../../src/data/mapOfficerDirectory';

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

describe('mapOfficer (the full record a profile reads)', () => {
  it('reads every column of the full projection; the Photo column is the photo', () => {
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
        LastReviewed: '2026-03-22T00:00:00Z',
        LiaisonProfile: '<p>Roads</p>'
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
      lastReviewed: new Date('2026-03-22T00:00:00Z'),
      liaisonProfileHtml: '<p>Roads</p>'
    });
  });

  it("has no photo without a Photo value (initials are shown, not SharePoint's silhouette), whatever the account", () => {
    const officer = mapOfficer({ Id: 9, Email: 'shared.inbox@council.example', OfficerAccount: { Id: 5, Title: 'Ann Lee', EMail: 'ann.lee@council.example' }, Photo: null });
    expect(officer).toMatchObject({ email: 'shared.inbox@council.example', accountEmail: 'ann.lee@council.example', photoUrl: undefined });
    expect(JSON.stringify(officer)).not.toContain('userphoto.aspx');
  });

  it('takes the work email as the Teams address when the person column is empty', () => {
    expect(mapOfficer({ Id: 10, Email: 'a@council.example', OfficerAccount: null })).toMatchObject({ accountEmail: 'a@council.example' });
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
      lastReviewed: undefined,
      liaisonProfileHtml: undefined
    });
  });
});

describe('mapSlimOfficer (every officer, for search and result rows)', () => {
  it('reads the slim projection: the service by id, the work email as the Teams address', () => {
    const officer = mapSlimOfficer({
      Id: 8, Title: 'Tom Hill', JobTitle: 'Planner', ServiceId: 4, Team: 'Planning Policy', Email: ' Tom.Hill@council.example ', Location: 'Area Office', IsLiaisonOfficer: false
    });
    expect(officer).toEqual({
      id: 8,
      name: 'Tom Hill',
      jobTitle: 'Planner',
      serviceId: 4,
      team: 'Planning Policy',
      email: 'Tom.Hill@council.example',
      location: 'Area Office',
      accountEmail: 'Tom.Hill@council.example',
      isLiaisonOfficer: false
    });
  });

  it('holds only what the slim read reads, even when an item carries more', () => {
    const officer = mapSlimOfficer({ Id: 8, Title: 'Tom Hill', Phone: '01632 961002', Photo: '{"serverRelativeUrl":"/x.jpg"}', LastReviewed: '2026-03-22T00:00:00Z' });
    expect(Object.keys(officer).sort()).toEqual(['accountEmail', 'email', 'id', 'isLiaisonOfficer', 'jobTitle', 'location', 'name', 'serviceId', 'statutoryRole', 'team']);
  });

  it('reads the statutory role, and no role from a value outside the three choices', () => {
    expect(mapSlimOfficer({ Id: 1, Title: 'A', StatutoryRole: 'Chief Finance Officer (s151)' }).statutoryRole).toBe('Chief Finance Officer (s151)');
    expect(mapSlimOfficer({ Id: 2, Title: 'B', StatutoryRole: 'Chief Executive' }).statutoryRole).toBeUndefined();
    expect(mapSlimOfficer({ Id: 3, Title: 'C', StatutoryRole: null }).statutoryRole).toBeUndefined();
  });

  it('ignores a service id that is not one', () => {
    expect(mapSlimOfficer({ Id: 10, Title: 'Agency Worker', ServiceId: 0 })).toMatchObject({ accountEmail: undefined, serviceId: undefined });
    expect(mapSlimOfficer({ Id: 11, Email: 'a@council.example', ServiceId: '2.5' })).toMatchObject({ accountEmail: 'a@council.example', serviceId: undefined });
  });

  it('names an officer without a name by their email, else "Name not recorded", so links and headings keep text', () => {
    expect(mapSlimOfficer({ Id: 13, Email: 'a.person@council.example' }).name).toBe('a.person@council.example');
    expect(mapSlimOfficer({ Id: 14, Title: '  ' }).name).toBe('Name not recorded');
  });
});

describe('projections', () => {
  it('read neither the phone, the photo, the person column nor the review date for every officer; the profile reads them', () => {
    expect([...OFFICER_COLUMNS]).toEqual(['Id', 'Title', 'JobTitle', 'ServiceId', 'Team', 'Email', 'Location', 'IsLiaisonOfficer', 'StatutoryRole']);
    expect([...OFFICER_PROFILE_COLUMNS]).toEqual([...OFFICER_COLUMNS, 'Phone', 'OfficerAccount', 'Photo', 'LastReviewed', 'LiaisonProfile']);
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

  test.each([
    ['two addresses', 'planning@council.example;AllStaff'],
    ['an address and a Bcc header', 'planning@council.example\nBcc: leak@evil.example'],
    ['a display name', 'Planning <planning@council.example>']
  ])('has no service email when the column holds more than one plain address (%s), so no mailto can reach anyone else', (_case, email) => {
    expect(mapService({ Id: 4, Title: 'Planning', ServiceEmail: email }).email).toBeUndefined();
  });
});
