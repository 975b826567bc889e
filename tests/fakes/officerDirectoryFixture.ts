import type { IOfficer, IOfficerDirectory, IOfficerProfile, IService } from '../../src/model/Officer';

/** A small council's officers and services: enough to exercise ranking, keywords, CLOs and missing fields. */
export const services: IService[] = [
  {
    id: 1,
    name: 'Highways',
    code: 'HWY',
    directorate: 'Place',
    howToContactHtml:
      '<p>Report <strong>potholes</strong> online first; for urgent danger call the service.</p>' +
      '<script>window.stolen = true</script><img src="x" onerror="window.stolen = true">' +
      '<a href="javascript:alert(1)">bad link</a><a href="https://council.example/report" target="_blank">Report a problem</a>',
    email: 'highways@council.example',
    phone: '01632 961000',
    webPageUrl: 'https://council.example/highways',
    keywords: ['potholes', 'roads', 'street lights', 'gritting']
  },
  {
    id: 2,
    name: 'Waste and Recycling',
    code: 'WST',
    directorate: 'Place',
    howToContactHtml: '<p>Missed <em>bins</em>: use the online form.</p>',
    email: 'waste@council.example',
    keywords: ['bins', 'recycling', 'fly-tipping']
  },
  {
    id: 3,
    name: 'School Transport',
    code: 'SCT',
    directorate: "Children's Services",
    phone: '01632 962000',
    keywords: ['school transport', 'school buses', 'home to school']
  },
  { id: 4, name: 'Planning', directorate: 'Place', keywords: [] }
];

function officer(fields: Partial<IOfficer> & Pick<IOfficer, 'id' | 'name'>): IOfficer {
  return { isLiaisonOfficer: false, ...fields };
}

export const officers: IOfficer[] = [
  officer({
    id: 101,
    name: 'Priya Hillier',
    jobTitle: 'Highways Engineer',
    serviceId: 1,
    team: 'Network Management',
    email: 'priya.hillier@council.example',
    location: 'County Hall',
    accountEmail: 'priya.hillier@council.example'
  }),
  officer({
    id: 102,
    name: 'Tom Hill',
    jobTitle: 'Business Support Officer',
    serviceId: 1,
    team: 'Highways Business Support',
    email: 'tom.hill@council.example',
    location: 'County Hall',
    accountEmail: 'tom.hill@council.example',
    isLiaisonOfficer: true
  }),
  officer({
    id: 103,
    name: 'Grace Okoro',
    jobTitle: 'Waste Services Manager',
    serviceId: 2,
    team: 'Collections',
    email: 'grace.okoro@council.example',
    location: 'Riverside Depot'
  }),
  officer({
    id: 104,
    name: 'Daniel Wu',
    jobTitle: 'Liaison Officer',
    serviceId: 2,
    email: 'daniel.wu@council.example',
    accountEmail: 'daniel.wu@council.example',
    isLiaisonOfficer: true
  }),
  officer({
    id: 105,
    name: 'Siân O’Rourke',
    jobTitle: 'Transport Coordinator',
    serviceId: 3,
    team: 'Home to School Transport',
    email: 'sian.orourke@council.example',
    location: 'Shire Hall',
    isLiaisonOfficer: true
  }),
  officer({ id: 106, name: 'Mo Ahmed', jobTitle: 'Planning Officer', serviceId: 4 }),
  /** "hill" inside a surname that sorts before Hill. */
  officer({ id: 108, name: 'Ben Churchill', jobTitle: 'Planning Enforcement Officer', serviceId: 4, email: 'ben.churchill@council.example' }),
  /** Almost nothing recorded: no service, no contact details. */
  officer({ id: 107, name: 'Alex Hilton' })
];

/** What only an officer's full record holds (the profile reads it), by officer id. */
export const officerFullRecords: ReadonlyMap<number, Partial<IOfficerProfile>> = new Map<number, Partial<IOfficerProfile>>([
  [101, { phone: '01632 961001' }],
  [102, { phone: '01632 961002', photoUrl: '/sites/council/photos/missing-tom.jpg', lastReviewed: new Date(2026, 8, 1) }],
  [104, { phone: '01632 963004' }]
]);

export const officerDirectory: IOfficerDirectory = {
  officers,
  services,
  loadedAt: new Date(2026, 10, 23, 14, 2),
  source: 'network'
};

export const emptyOfficerDirectory: IOfficerDirectory = {
  officers: [],
  services,
  loadedAt: new Date(2026, 10, 23, 14, 2),
  source: 'network'
};

/** A large county's worth of officers, for checking the view stays bounded. */
export function manyOfficers(count: number): IOfficerDirectory {
  const many: IOfficer[] = Array.from({ length: count }, (_unused, index) =>
    officer({ id: 1000 + index, name: `Officer ${String(index).padStart(5, '0')} Smith`, jobTitle: 'Officer', serviceId: (index % 4) + 1 })
  );
  return { officers: many, services, loadedAt: new Date(2026, 10, 23, 9, 30), source: 'cache' };
}
