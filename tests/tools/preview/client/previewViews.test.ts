import { viewsFor } from '../../../../tools/preview/client/previewViews';

describe('viewsFor', () => {
  it('puts the three directories on the home page and in Teams, and directory health on the admins page only', () => {
    const keys = (host: 'sharepoint' | 'teams', page?: 'home' | 'admin'): string[] => viewsFor(host, page).map((view) => view.key);
    expect(keys('sharepoint')).toEqual(['member-briefings', 'member-profiles', 'officer-directory']);
    expect(keys('sharepoint', 'admin')).toEqual(['directory-health']);
    expect(keys('teams')).toEqual(['member-briefings', 'member-profiles', 'officer-directory']);
    expect(keys('teams', 'admin')).toEqual([]);
  });
});
