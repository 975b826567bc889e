import { statutoryPosts } from '../../src/model/statutoryOfficers';
import type { IOfficer } from '../../src/model/Officer';
import { setUiLocale } from '../../src/model/uiLocale';

const officer = (id: number, name: string, statutoryRole?: IOfficer['statutoryRole']): IOfficer => ({ id, name, isLiaisonOfficer: false, statutoryRole });

describe('statutoryPosts', () => {
  it('gives the three posts in order, each with its holder, and ignores everyone else', () => {
    const posts = statutoryPosts([
      officer(1, 'Ordinary Officer'),
      officer(2, 'Morgan Legal', 'Monitoring Officer'),
      officer(3, 'Hana Chief', 'Head of Paid Service'),
      officer(4, 'Fin Money', 'Chief Finance Officer (s151)')
    ]);
    expect(posts.map((post) => [post.role, post.officers.map((holder) => holder.name)])).toEqual([
      ['Head of Paid Service', ['Hana Chief']],
      ['Chief Finance Officer (s151)', ['Fin Money']],
      ['Monitoring Officer', ['Morgan Legal']]
    ]);
  });

  it('keeps a post no one holds, empty, and lists two holders (a handover) by name', () => {
    const posts = statutoryPosts([officer(9, 'Zoe Outgoing', 'Monitoring Officer'), officer(8, 'Adam Incoming', 'Monitoring Officer')]);
    expect(posts.map((post) => post.officers.map((holder) => holder.id))).toEqual([[], [], [8, 9]]);
  });

  it("lists two holders in the reader's alphabet (Welsh: Lyn before Llinos)", () => {
    try {
      setUiLocale('cy-GB');
      const posts = statutoryPosts([officer(1, 'Llinos Owen', 'Monitoring Officer'), officer(2, 'Lyn Parry', 'Monitoring Officer')]);
      expect(posts[2].officers.map((holder) => holder.name)).toEqual(['Lyn Parry', 'Llinos Owen']);
    } finally {
      setUiLocale(undefined);
    }
  });
});
