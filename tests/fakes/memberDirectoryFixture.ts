import type { ICommittee, ICommitteeMembership, IMember, IMemberDirectory, IParty, IWard } from '../../src/model/Member';

/** A small council: enough variety to exercise search, filters, ordering and missing fields. */
export const parties: IParty[] = [
  { id: 1, name: 'Green Party', shortName: 'Green', colour: '#02A95B', kind: 'Political party' },
  { id: 2, name: 'Liberal Democrats', shortName: 'Lib Dem', colour: '#FAA61A', kind: 'Political party' },
  { id: 3, name: 'Independent', kind: 'Political party' },
  { id: 4, name: 'Residents and Independents Group', shortName: 'R&I', colour: '#6B3FA0', kind: 'Political group' }
];

export const wards: IWard[] = [
  { id: 10, name: 'Abbey', code: 'E05000010' },
  { id: 11, name: 'Brookside', code: 'E05000011' },
  { id: 12, name: 'Castle', code: 'E05000012' }
];

export const committees: ICommittee[] = [
  { id: 20, name: 'Planning Committee', type: 'Committee', isActive: true, webPageUrl: 'https://council.example/planning' },
  { id: 21, name: 'Cabinet', type: 'Cabinet', isActive: true }
];

const ada: IMember = {
  id: 1,
  displayName: 'Ada Lovelace',
  givenName: 'Ada',
  surname: 'Lovelace',
  accountEmail: 'ada.lovelace@council.example',
  email: 'cllr.lovelace@council.example',
  workPhone: '01632 960001',
  mobilePhone: '07700 900001',
  photoUrl: '/sites/council/photos/missing-ada.jpg',
  partyId: 1,
  wardId: 10,
  cabinetRole: 'Cabinet Member',
  portfolio: 'Climate and Environment',
  additionalRoles: ['Climate Change Champion'],
  outsideAppointments: ['Trustee, Abbey Community Trust'],
  skills: ['Engineering', 'Mathematics'],
  interests: ['Cycling'],
  biographyHtml:
    '<p>Ada has lived in <strong>Abbey</strong> for twenty years.</p><script>window.stolen = true</script>' +
    '<img src="x" onerror="window.stolen = true"><a href="javascript:alert(1)">click</a>' +
    '<a href="https://ada.example" target="_blank">Ada’s blog</a>',
  preferredContact: 'Phone',
  contactNotes: 'Best reached on Mondays.',
  registerOfInterestsUrl: 'https://council.example/register/ada',
  termStart: new Date(2021, 4, 6),
  termEnd: new Date(2025, 4, 1),
  memberType: 'Councillor',
  isCurrent: true
};

const brian: IMember = {
  id: 2,
  displayName: 'Brian Okafor',
  givenName: 'Brian',
  surname: 'Okafor',
  email: 'cllr.okafor@council.example',
  partyId: 2,
  wardId: 10,
  additionalRoles: [],
  outsideAppointments: [],
  skills: ['Planning law'],
  interests: [],
  preferredContact: 'Email',
  memberType: 'Councillor',
  isCurrent: true
};

const carys: IMember = {
  id: 3,
  displayName: 'Carys Bevan',
  givenName: 'Carys',
  surname: 'Bevan',
  accountEmail: 'carys.bevan@council.example',
  email: 'cllr.bevan@council.example',
  workPhone: '01632 960003',
  partyId: 3,
  politicalGroupId: 4,
  wardId: 11,
  additionalRoles: ['Armed Forces Champion', 'Group Leader'],
  outsideAppointments: [],
  skills: [],
  interests: ['Heritage'],
  preferredContact: 'Teams',
  memberType: 'Councillor',
  isCurrent: true
};

/** Almost nothing recorded: the profile must still render. */
const dev: IMember = {
  id: 4,
  displayName: 'Dev Patel',
  surname: 'Patel',
  wardId: 12,
  additionalRoles: [],
  outsideAppointments: [],
  skills: [],
  interests: [],
  preferredContact: 'In person',
  memberType: 'Councillor',
  isCurrent: true
};

const eve: IMember = {
  id: 5,
  displayName: 'Eve Adams',
  givenName: 'Eve',
  surname: 'Adams',
  email: 'cllr.adams@council.example',
  partyId: 1,
  wardId: 11,
  cabinetRole: 'Leader of the Council',
  additionalRoles: ['Leader of the Council'],
  outsideAppointments: [],
  skills: [],
  interests: [],
  preferredContact: 'Email',
  memberType: 'Councillor',
  isCurrent: true
};

export const members: IMember[] = [ada, brian, carys, dev, eve];

export const memberships: ICommitteeMembership[] = [
  { id: 100, memberId: 2, committeeId: 20, role: 'Member' },
  { id: 101, memberId: 1, committeeId: 20, role: 'Vice-Chair' },
  { id: 102, memberId: 3, committeeId: 20, role: 'Chair' },
  { id: 103, memberId: 4, committeeId: 20, role: 'Substitute' },
  { id: 104, memberId: 5, committeeId: 21, role: 'Chair' },
  { id: 105, memberId: 1, committeeId: 21, role: 'Member' }
];

export const memberDirectory: IMemberDirectory = { members, parties, wards, committees, memberships };

export const emptyMemberDirectory: IMemberDirectory = { members: [], parties, wards, committees, memberships: [] };
