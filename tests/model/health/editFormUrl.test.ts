import { editFormUrl } from '../../../src/model/health/editFormUrl';

describe('editFormUrl', () => {
  it("opens the item's SharePoint edit form at the list's provisioned URL, returning to the page", () => {
    const page = 'https://council.sharepoint.com/sites/admin/SitePages/Health.aspx?tab=a&b=c#x';
    expect(editFormUrl('https://council.sharepoint.com/sites/hub/', 'CommitteeMemberships', 42, page)).toBe(
      'https://council.sharepoint.com/sites/hub/Lists/CommitteeMemberships/EditForm.aspx?ID=42&Source=' +
        'https%3A%2F%2Fcouncil.sharepoint.com%2Fsites%2Fadmin%2FSitePages%2FHealth.aspx%3Ftab%3Da%26b%3Dc%23x'
    );
  });
});
