import { BRIEFING_CATEGORIES } from '../../../src/schema';
import { categoryLabel } from '../../../src/webparts/memberBriefings/categoryLabel';
import { loadStrings } from '../support/locFiles';

describe('categoryLabel', () => {
  it('gives every stored category a string from the loc file', () => {
    const english = Object.values(loadStrings('memberBriefings', 'en-us'));
    for (const category of BRIEFING_CATEGORIES) expect(english).toContain(categoryLabel(category));
  });

  it('shows a category an admin added as stored', () => {
    expect(categoryLabel('Roadworks')).toBe('Roadworks');
  });
});
