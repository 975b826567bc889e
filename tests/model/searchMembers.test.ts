import { searchMembers } from '../../src/model/searchMembers';
import { aDirectory, aMember, seat } from './support/directory';

const orourke = aMember(1, {
  displayName: 'Cllr Siân O’Rourke',
  givenName: 'Siân',
  surname: 'O’Rourke',
  wardId: 1,
  partyId: 2,
  portfolio: 'Highways and Transport',
  cabinetRole: 'Cabinet Member',
  skills: ['Accountancy'],
  interests: ['Cycling'],
  outsideAppointments: ['Trustee, Abbey Almshouses'],
  additionalRoles: ['Armed Forces Champion']
});
const bloggs = aMember(2, { displayName: 'Cllr Joe Bloggs', givenName: 'Joe', surname: 'Bloggs', wardId: 2, partyId: 1, politicalGroupId: 3 });
const directory = aDirectory([orourke, bloggs], [seat(1, 10, 'Chair'), seat(2, 11, 'Substitute')]);

describe('searchMembers', () => {
  test.each([
    ['O’Rourke', [1]],
    ["o'rourke", [1]],
    ['ORourke', [1]],
    ['SIAN', [1]],
    ['sian orourke', [1]],
    ['Abbey', [1]], // ward, and the outside appointment
    ['castle', [2]], // ward
    ['labour', [1]], // party
    ['grn', [2]], // party short name
    ['independent group', [2]], // political group
    ['highways', [1]], // portfolio
    ['cabinet member', [1]], // cabinet role
    ['planning', [1]], // committee
    ['chair planning', [1]], // role on committee
    ['substitute', [2]],
    ['audit', [2]],
    ['accountancy', [1]], // skill
    ['cycling', [1]], // interest
    ['almshouses', [1]], // outside appointment
    ['armed forces', [1]], // additional responsibility
    ['cllr', [1, 2]],
    ['', [1, 2]],
    ['   ', [1, 2]],
    ['bloggs highways', []], // every word must match
    ['nobody', []]
  ])('%p finds %p', (query, ids) => {
    expect(searchMembers(directory.members, query, directory).map((member) => member.id)).toEqual(ids);
  });

  it('searches within the members it is given', () => {
    expect(searchMembers([bloggs], 'cllr', directory)).toEqual([bloggs]);
  });

  it('finds a member who is not in the directory index', () => {
    const visitor = aMember(9, { displayName: 'Cllr Zoë Visitor', surname: 'Visitor' });
    expect(searchMembers([visitor], 'zoe', directory)).toEqual([visitor]);
  });
});

describe('searchMembers finds every shown field, in any script', () => {
  const wardsWithDistricts = [{ id: 5, name: 'Riverside', code: 'W05000123', district: 'Vale of Usk' }];
  const khalid = aMember(20, {
    displayName: 'Cllr خالد الهاشمي',
    surname: 'الهاشمي',
    wardId: 5,
    email: 'k.alhashimi@council.example',
    contactNotes: 'Surgery every second Saturday at Riverside library',
    biographyHtml: '<p>Former <strong>paramedic</strong>&nbsp;and school governor.</p>'
  });
  const wang = aMember(21, { displayName: 'Cllr 王小明', surname: '王' });
  const ivanova = aMember(22, { displayName: 'Cllr Анна Иванова', surname: 'Иванова' });
  const papadopoulos = aMember(23, { displayName: 'Cllr Γιώργος Παπαδόπουλος', surname: 'Παπαδόπουλος' });
  const local = { ...aDirectory([khalid, wang, ivanova, papadopoulos]), wards: wardsWithDistricts };

  test.each([
    ['W05000123', [20]], // ward GSS code
    ['w05000123', [20]],
    ['vale of usk', [20]], // district
    ['k.alhashimi@council.example', [20]], // email, as typed
    ['alhashimi', [20]],
    ['saturday surgery', [20]], // contact notes
    ['paramedic governor', [20]], // biography text, without its markup
    ['strong', []], // tags are not text
    ['nbsp', []],
    ['خالد', [20]],
    ['王小明', [21]],
    ['小明', [21]],
    ['иванова', [22]],
    ['ИВАНОВА', [22]],
    ['Παπαδοπουλος', [23]],
    ['γιώργος', [23]]
  ])('%p finds %p', (query, ids) => {
    expect(searchMembers(local.members, query, local).map((member) => member.id)).toEqual(ids);
  });
});

describe('searchMembers finds the contact facts and member type the profile shows', () => {
  const coopted = aMember(30, {
    displayName: 'Mr Rhodri Price',
    surname: 'Price',
    memberType: 'Co-opted member',
    workPhone: '01632 960001',
    mobilePhone: '07700 900123',
    publicPhone: '01632 960999',
    publicAddress: 'Unit 4, Tanners Yard, Llanfair'
  });
  const councillor = aMember(31, { displayName: 'Cllr Ann Other', surname: 'Other', wardId: 1 });
  const local = aDirectory([coopted, councillor]);

  test.each([
    ['960001', [30]], // work phone
    ['07700 900123', [30]], // mobile, as written
    ['960999', [30]], // public phone
    ['tanners yard', [30]], // public address
    ['llanfair', [30]],
    ['co-opted', [30]], // member type, shown where a ward would be
    ['co opted member', [30]]
  ])('%p finds %p', (query, ids) => {
    expect(searchMembers(local.members, query, local).map((member) => member.id)).toEqual(ids);
  });
});
