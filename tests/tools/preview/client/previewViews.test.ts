import { viewsFor } from '../../../../tools/preview/client/previewViews';

describe('viewsFor', () => {
  it('puts the three directories on the home page, directory health and the enquiries report on the admins page, the ward contact sheet and each enquiries view on their own pages, and every Teams view in Teams', () => {
    const keys = (host: 'sharepoint' | 'teams', page?: 'home' | 'admin' | 'ward' | 'enquiries' | 'service-enquiries'): string[] => viewsFor(host, page).map((view) => view.key);
    expect(keys('sharepoint')).toEqual(['member-briefings', 'member-profiles', 'officer-directory']);
    expect(keys('sharepoint', 'admin')).toEqual(['directory-health', 'enquiry-report']);
    expect(keys('sharepoint', 'ward')).toEqual(['ward-contacts']);
    expect(keys('sharepoint', 'enquiries')).toEqual(['member-enquiries']);
    expect(keys('sharepoint', 'service-enquiries')).toEqual(['service-enquiries']);
    // The Teams frame has no pages: each view is a tab of its own (directory health is not a Teams view).
    expect(keys('teams')).toEqual(['member-briefings', 'member-profiles', 'officer-directory', 'ward-contacts', 'member-enquiries', 'service-enquiries']);
    expect(keys('teams', 'admin')).toEqual(keys('teams'));
  });
});
