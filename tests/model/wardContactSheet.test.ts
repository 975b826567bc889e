import type { IBriefingItem } from '../../src/model/Briefing';
import type { IMemberDirectory } from '../../src/model/Member';
import { defaultServiceIds, wardBriefingItems, wardContactSheet, wardMembers, wardServices } from '../../src/model/wardContactSheet';
import { item } from '../fakes/briefingFixture';
import { memberDirectory, members } from '../fakes/memberDirectoryFixture';
import { officerDirectory } from '../fakes/officerDirectoryFixture';

const ABBEY = 10;
const BROOKSIDE = 11;
const abbey = { id: ABBEY, name: 'Abbey' };
const brookside = { id: BROOKSIDE, name: 'Brookside' };

const weekItems: readonly IBriefingItem[] = [
  item({ id: 1, title: 'Budget consultation opens', category: 'Consultation', wards: [] }),
  item({ id: 2, title: 'Abbey Road resurfacing', category: 'Service disruption', wards: [abbey], service: { id: 1, name: 'Highways' } }),
  item({ id: 3, title: 'Brookside bin day moves', category: 'Service disruption', wards: [brookside], service: { id: 2, name: 'Waste and Recycling' } }),
  item({ id: 4, title: 'Abbey and Brookside school buses', category: 'Decision', wards: [abbey, brookside], service: { id: 3, name: 'School Transport' } }),
  item({ id: 5, title: 'All-ward highways survey', category: 'General', wards: [], service: { id: 1, name: 'Highways' } })
];

describe('wardMembers', () => {
  it("lists only the ward's current members, surname A to Z, with party, group and roles", () => {
    const former = { ...members[0], id: 99, displayName: 'Zed Former', surname: 'Former', isCurrent: false };
    const directory: IMemberDirectory = { ...memberDirectory, members: [...memberDirectory.members, former] };
    const brooksideMembers = wardMembers(directory, BROOKSIDE);
    expect(brooksideMembers.map((entry) => entry.member.displayName)).toEqual(['Eve Adams', 'Carys Bevan']);
    const carys = brooksideMembers[1];
    expect(carys.party?.name).toBe('Independent');
    expect(carys.group?.name).toBe('Residents and Independents Group');
    expect(carys.roles).toEqual(['Armed Forces Champion', 'Group Leader']);
    expect(brooksideMembers[0].group).toBeUndefined();
    expect(brooksideMembers[0].roles).toEqual(['Leader of the Council', 'Leader of the Council']);
    expect(wardMembers(directory, ABBEY).map((entry) => entry.member.id)).toEqual([1, 2]);
  });

  it('gives each member their contact actions in their preferred order', () => {
    const [ada] = wardMembers(memberDirectory, ABBEY);
    // Ada prefers the phone: the call comes first, then email and Teams.
    expect(ada.actions.map((action) => action.kind)).toEqual(['phone', 'email', 'teams', 'copy']);
    expect(ada.actions[0].preferred).toBe(true);
  });

  it('is empty for a ward with no current members', () => {
    expect(wardMembers(memberDirectory, 404)).toEqual([]);
  });
});

describe('wardBriefingItems', () => {
  it("puts the ward's own items first, then items for all wards, and leaves out other wards' items", () => {
    const placed = wardBriefingItems(weekItems, ABBEY);
    expect(placed.map((entry) => entry.item.id)).toEqual([2, 4, 1, 5]);
    expect(placed.map((entry) => entry.affectsReaderWard)).toEqual([true, true, false, false]);
    expect(placed.map((entry) => entry.affectsAllWards)).toEqual([false, false, true, true]);
  });

  it('keeps an item tagged with several wards for each of them', () => {
    expect(wardBriefingItems(weekItems, BROOKSIDE).map((entry) => entry.item.id)).toEqual([3, 4, 1, 5]);
  });
});

describe('defaultServiceIds and wardServices', () => {
  it("defaults to the services of this week's items for the ward, each once, the ward's own first", () => {
    expect(defaultServiceIds(weekItems, ABBEY)).toEqual([1, 3]);
    expect(defaultServiceIds(weekItems, BROOKSIDE)).toEqual([2, 3, 1]);
    expect(defaultServiceIds([], ABBEY)).toEqual([]);
  });

  it('shows the chosen services A to Z with their liaison officers, ignoring ids that no longer exist', () => {
    const answers = wardServices(officerDirectory, [3, 999, 1, 2]);
    expect(answers.map((answer) => answer.service.name)).toEqual(['Highways', 'School Transport', 'Waste and Recycling']);
    expect(answers[0].liaisonOfficers.map((officer) => officer.name)).toEqual(['Tom Hill']);
    expect(answers[0].phoneHref).toBe('tel:01632961000');
    expect(answers[2].liaisonOfficers.map((officer) => officer.name)).toEqual(['Daniel Wu']);
  });
});

describe('wardContactSheet', () => {
  it('brings the three parts together for one ward', () => {
    const sheet = wardContactSheet({ directory: memberDirectory, officers: officerDirectory, items: weekItems, wardId: ABBEY });
    expect(sheet?.ward.name).toBe('Abbey');
    expect(sheet?.members.map((entry) => entry.member.displayName)).toEqual(['Ada Lovelace', 'Brian Okafor']);
    expect(sheet?.services.map((answer) => answer.service.id)).toEqual([1, 3]);
    expect(sheet?.briefingItems.map((entry) => entry.item.id)).toEqual([2, 4, 1, 5]);
  });

  it("uses the reader's chosen services instead of the default, even none", () => {
    const chosen = wardContactSheet({ directory: memberDirectory, officers: officerDirectory, items: weekItems, wardId: ABBEY, serviceIds: [4] });
    expect(chosen?.services.map((answer) => answer.service.name)).toEqual(['Planning']);
    const none = wardContactSheet({ directory: memberDirectory, officers: officerDirectory, items: weekItems, wardId: ABBEY, serviceIds: [] });
    expect(none?.services).toEqual([]);
  });

  it('is undefined for a ward that is not in the Wards list', () => {
    expect(wardContactSheet({ directory: memberDirectory, officers: officerDirectory, items: weekItems, wardId: 404 })).toBeUndefined();
  });
});
