/**
 * Word lists for the fictional county of "Wessex Vale". Every name is invented or a common
 * given name/surname combined at random; none describes a real person, ward or council.
 */

export const COUNCIL_NAME = 'Wessex Vale County Council';
export const EMAIL_DOMAIN = 'council.example';
export const PUBLIC_WEBSITE = 'https://www.council.example';

export const GIVEN_NAMES = [
  'Aisha', 'Alan', 'Alison', 'Amir', 'Angela', 'Anil', 'Barbara', 'Ben', 'Beth', 'Bronwen', 'Callum', 'Carol',
  'Catrin', 'Chidi', 'Chloe', 'Christopher', 'Claire', 'Colin', 'Daniel', 'Deborah', 'Deepa', 'Derek', 'Eilidh',
  'Eleanor', 'Emma', 'Fatima', 'Fiona', 'Gareth', 'Geraint', 'Grace', 'Graham', 'Hannah', 'Harjit', 'Helen',
  'Ian', 'Imran', 'Jack', 'James', 'Janet', 'Jasmine', 'Jonathan', 'Julie', 'Karen', 'Kwame', 'Laura', 'Leah',
  'Liam', 'Lucy', 'Mairead', 'Malcolm', 'Margaret', 'Mark', 'Martin', 'Megan', 'Mohammed', 'Nadia', 'Neil',
  'Niamh', 'Nicola', 'Oliver', 'Olu', 'Paul', 'Peter', 'Priya', 'Rachel', 'Rhys', 'Richard', 'Robert', 'Ruth',
  'Sally', 'Samuel', 'Sarah', 'Seren', 'Simon', 'Sinéad', 'Sophie', 'Stephen', 'Susan', 'Tariq', 'Thomas',
  'Tomasz', 'Valerie', 'Wei', 'Yusuf', 'Zainab', 'Zoë', 'Ágnes', 'José', 'Chloé', 'Renée', 'Bogdan', 'Aoife'
] as const;

export const SURNAMES = [
  'Adebayo', 'Ahmed', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Bennett', 'Bevan', 'Brown', 'Campbell', 'Carter',
  'Chen', 'Clarke', 'Collins', 'Cooper', 'Davies', 'Edwards', 'Evans', 'Fitzgerald', 'Foster', 'Green', 'Griffiths',
  'Hall', 'Harris', 'Hughes', 'Hussain', 'Jackson', 'James', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan', 'King',
  'Kowalski', 'Lewis', 'Lloyd', 'Macdonald', 'McCarthy', 'Martin', 'Mensah', 'Mitchell', 'Moore', 'Morgan',
  'Murphy', 'Nowak', 'Okafor', 'Owen', 'Parker', 'Patel', 'Phillips', 'Price', 'Pritchard', 'Reid', 'Roberts',
  'Robinson', 'Scott', 'Shah', 'Singh', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker',
  'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young', 'Zhang', 'Ó Súilleabháin',
  'Müller', 'Novák', 'de la Cruz', 'Van der Berg', 'Fernández', 'Nwosu'
] as const;

/**
 * Names that exercise sorting, search and rendering: typographic and ASCII apostrophes,
 * accents, hyphens, particles, a very long name and a mononym-like entry.
 */
export const EDGE_CASE_MEMBER_NAMES: readonly { readonly given: string; readonly surname: string }[] = [
  { given: 'Bridget', surname: 'O\u2019Rourke' },
  { given: 'Declan', surname: 'O\'Brien' },
  { given: 'Siân', surname: 'Llewelyn-Jones' },
  { given: 'Zoë', surname: 'Ní Bhriain' },
  { given: 'Dafydd', surname: 'ap Gwilym-Prys' },
  { given: 'Gwenllian', surname: 'Ffoulkes-Rhydderch' },
  { given: 'Seán', surname: 'Mac Giolla Phádraig' },
  { given: 'Maximilian Alexander', surname: 'Fortescue-Montgomery-Wetherington' },
  { given: 'Anne-Marie', surname: 'D\u2019Souza' },
  { given: 'Łukasz', surname: 'Wiśniewski' },
  { given: '', surname: 'Okonkwo-Ashworth' }
];

/**
 * Names in other scripts, for search that finds everyone (#17 §5): each given its order as written
 * (a Chinese name surname first) and the Latin email address a council would issue. They take the
 * places of random names in the draw, so the rest of the council is unchanged.
 */
export const OTHER_SCRIPT_MEMBER_NAMES: readonly { readonly given: string; readonly surname: string; readonly displayName: string; readonly emailName: string }[] = [
  { given: 'خالد', surname: 'الهاشمي', displayName: 'خالد الهاشمي', emailName: 'khalid.alhashimi' },
  { given: '小明', surname: '王', displayName: '王小明', emailName: 'xiaoming.wang' },
  { given: 'Анна', surname: 'Иванова', displayName: 'Анна Иванова', emailName: 'anna.ivanova' },
  { given: 'Γιώργος', surname: 'Παπαδόπουλος', displayName: 'Γιώργος Παπαδόπουλος', emailName: 'giorgos.papadopoulos' }
];

export const WARD_NAME_PARTS = {
  first: [
    'Abbey', 'Ashcombe', 'Barrow', 'Beacon', 'Bramley', 'Brook', 'Castle', 'Chalkford', 'Church', 'Coldharbour',
    'Deanfield', 'Dunmere', 'East', 'Elmstead', 'Fairmead', 'Foxley', 'Glebe', 'Greenhill', 'Hartwell', 'Hazelford',
    'Highcliffe', 'Hollins', 'Kingsmead', 'Larkfield', 'Linden', 'Marsh', 'Meadow', 'Millbrook', 'Northgate',
    'Oakridge', 'Orchard', 'Parkside', 'Priory', 'Queensway', 'Riverside', 'Rowan', 'St Aldhelm’s', 'St Mary’s',
    'Sandhurst', 'Southbrook', 'Stonebridge', 'Thornbury', 'Upper Vale', 'Watermoor', 'Westfield', 'Willowbrook',
    'Windmill', 'Yewtree'
  ],
  second: ['', '', '', ' and Lowmoor', ' North', ' South', ' East', ' West', ' Rural', ' and Kingsdown', ' Town', ' Central']
} as const;

export const DISTRICTS = ['Ashcombe District', 'Chalkford Borough', 'Hazelford District', 'Millbrook Borough', 'Vale of Dunmere District', 'Westfield Borough'] as const;

export interface IPartySeed {
  readonly title: string;
  readonly shortName: string;
  readonly colour: string | null;
  readonly kind: 'Political party' | 'Political group';
  /** Relative share of seats. */
  readonly weight: number;
}

export const PARTIES: readonly IPartySeed[] = [
  { title: 'Conservative', shortName: 'Con', colour: '#0087DC', kind: 'Political party', weight: 38 },
  { title: 'Liberal Democrat', shortName: 'LD', colour: '#FAA61A', kind: 'Political party', weight: 24 },
  { title: 'Labour', shortName: 'Lab', colour: '#E4003B', kind: 'Political party', weight: 16 },
  { title: 'Green', shortName: 'Grn', colour: '#02A95B', kind: 'Political party', weight: 9 },
  { title: 'Independent', shortName: 'Ind', colour: '#8C8C8C', kind: 'Political party', weight: 10 },
  // A party with no colour set, so "missing colour" is exercised.
  { title: 'Wessex Vale First', shortName: 'WVF', colour: null, kind: 'Political party', weight: 3 }
];

/** Groups on the council that span parties or independents. */
export const POLITICAL_GROUPS: readonly IPartySeed[] = [
  { title: 'Residents\u2019 Association Group', shortName: 'RAG', colour: '#6B2C91', kind: 'Political group', weight: 0 },
  { title: 'Green and Independent Alliance', shortName: 'G&I', colour: '#3C8D2F', kind: 'Political group', weight: 0 }
];

export interface IServiceSeed {
  readonly title: string;
  readonly directorate: string;
  readonly keywords: string;
  /** Relative size of the service's workforce. */
  readonly size: number;
}

const PLACE = 'Place and Environment';
const PEOPLE = 'Adults and Health';
const CHILDREN = 'Children and Families';
const RESOURCES = 'Resources';
const CHIEF = 'Chief Executive\u2019s Office';

export const SERVICES: readonly IServiceSeed[] = [
  { title: 'Highways', directorate: PLACE, keywords: 'potholes, roads, street lighting, gritting, pavements, drains, road repairs', size: 10 },
  { title: 'Waste and Recycling', directorate: PLACE, keywords: 'bins, recycling, fly-tipping, household waste recycling centres, tips', size: 6 },
  { title: 'Home to School Transport', directorate: CHILDREN, keywords: 'school transport, school buses, travel assistance, SEND transport', size: 3 },
  { title: 'Street Lighting', directorate: PLACE, keywords: 'street lights, lamp posts, lighting faults, dimming', size: 2 },
  { title: 'Traffic Management', directorate: PLACE, keywords: 'traffic lights, road closures, speed limits, parking restrictions, TROs', size: 3 },
  { title: 'Public Transport', directorate: PLACE, keywords: 'buses, bus passes, concessionary fares, community transport, timetables', size: 3 },
  { title: 'Parking Services', directorate: PLACE, keywords: 'parking permits, penalty charge notices, car parks, blue badges', size: 3 },
  { title: 'Flood Risk Management', directorate: PLACE, keywords: 'flooding, drainage, sandbags, watercourses, surface water', size: 2 },
  { title: 'Countryside and Rights of Way', directorate: PLACE, keywords: 'footpaths, bridleways, stiles, country parks, public rights of way', size: 2 },
  { title: 'Planning and Development', directorate: PLACE, keywords: 'minerals and waste planning, county planning applications, local plan', size: 4 },
  { title: 'Trading Standards', directorate: PLACE, keywords: 'scams, rogue traders, product safety, underage sales, doorstep crime', size: 3 },
  { title: 'Libraries', directorate: PLACE, keywords: 'library opening hours, mobile library, e-books, library cards', size: 5 },
  { title: 'Archives and Heritage', directorate: PLACE, keywords: 'record office, local history, museums, heritage sites', size: 2 },
  { title: 'Economic Development', directorate: PLACE, keywords: 'business support, grants, inward investment, high streets', size: 2 },
  { title: 'Climate and Sustainability', directorate: PLACE, keywords: 'net zero, climate emergency, solar, electric vehicle charging, retrofit', size: 2 },
  { title: 'Emergency Planning', directorate: PLACE, keywords: 'emergencies, resilience, severe weather, evacuation, rest centres', size: 1 },
  { title: 'Registration Services', directorate: PLACE, keywords: 'births, deaths, marriages, civil partnerships, citizenship ceremonies', size: 2 },
  { title: 'Coroner\u2019s Office', directorate: PLACE, keywords: 'inquests, coroner, bereavement', size: 1 },
  { title: 'Adult Social Care', directorate: PEOPLE, keywords: 'care assessments, carers, home care, care homes, social workers', size: 14 },
  { title: 'Safeguarding Adults', directorate: PEOPLE, keywords: 'adult safeguarding, abuse, neglect, vulnerable adults', size: 3 },
  { title: 'Learning Disabilities', directorate: PEOPLE, keywords: 'learning disability, day services, supported living', size: 4 },
  { title: 'Mental Health Services', directorate: PEOPLE, keywords: 'mental health, AMHP, wellbeing, crisis support', size: 3 },
  { title: 'Public Health', directorate: PEOPLE, keywords: 'public health, vaccinations, smoking cessation, sexual health, health checks', size: 3 },
  { title: 'Occupational Therapy and Equipment', directorate: PEOPLE, keywords: 'aids and adaptations, equipment, stairlifts, OT', size: 2 },
  { title: 'Financial Assessments', directorate: PEOPLE, keywords: 'care charges, financial assessment, direct payments', size: 2 },
  { title: 'Children\u2019s Social Care', directorate: CHILDREN, keywords: 'children in care, child protection, social workers, MASH', size: 12 },
  { title: 'Fostering and Adoption', directorate: CHILDREN, keywords: 'foster carers, adoption, kinship care, special guardianship', size: 3 },
  { title: 'School Admissions', directorate: CHILDREN, keywords: 'school places, admissions appeals, in-year transfers, catchment', size: 2 },
  { title: 'Special Educational Needs and Disabilities', directorate: CHILDREN, keywords: 'SEND, EHCP, education health and care plans, special schools', size: 5 },
  { title: 'Education Improvement', directorate: CHILDREN, keywords: 'schools, Ofsted, school improvement, governors', size: 3 },
  { title: 'Early Help', directorate: CHILDREN, keywords: 'family support, family hubs, children\u2019s centres, parenting', size: 4 },
  { title: 'Youth Services', directorate: CHILDREN, keywords: 'youth clubs, young people, NEET, youth workers', size: 2 },
  { title: 'Children with Disabilities', directorate: CHILDREN, keywords: 'short breaks, disabled children, respite', size: 2 },
  { title: 'Finance', directorate: RESOURCES, keywords: 'budget, council tax precept, invoices, payments, pensions', size: 5 },
  { title: 'Human Resources', directorate: RESOURCES, keywords: 'HR, recruitment, payroll, jobs, staff', size: 4 },
  { title: 'IT and Digital', directorate: RESOURCES, keywords: 'IT, laptops, passwords, Teams, iPads, councillor devices', size: 5 },
  { title: 'Legal Services', directorate: RESOURCES, keywords: 'legal advice, contracts, monitoring officer', size: 3 },
  { title: 'Democratic Services', directorate: RESOURCES, keywords: 'committees, agendas, minutes, councillor allowances, member development', size: 2 },
  { title: 'Communications', directorate: RESOURCES, keywords: 'press, media enquiries, social media, member briefings', size: 2 },
  { title: 'Customer Services', directorate: RESOURCES, keywords: 'contact centre, complaints, enquiries, reporting a problem', size: 5 },
  { title: 'Property and Estates', directorate: RESOURCES, keywords: 'council buildings, land, farms estate, asset disposals', size: 3 },
  { title: 'Procurement', directorate: RESOURCES, keywords: 'tenders, contracts, suppliers, social value', size: 2 },
  { title: 'Elections Liaison', directorate: RESOURCES, keywords: 'elections, polling stations, electoral register', size: 1 },
  { title: 'Information Governance', directorate: RESOURCES, keywords: 'FOI, freedom of information, subject access requests, data protection, GDPR', size: 2 },
  { title: 'Policy and Performance', directorate: CHIEF, keywords: 'council plan, performance, policy, insight', size: 2 },
  { title: 'Internal Audit', directorate: CHIEF, keywords: 'audit, fraud, counter-fraud, risk', size: 1 },
  { title: 'Community Safety', directorate: CHIEF, keywords: 'antisocial behaviour, domestic abuse, community safety partnership', size: 2 },
  { title: 'Equalities and Inclusion', directorate: CHIEF, keywords: 'equalities, accessibility, equality impact assessments', size: 1 },
  { title: 'Fire and Rescue Liaison', directorate: CHIEF, keywords: 'fire safety, fire and rescue authority', size: 1 },
  { title: 'Schools Catering', directorate: CHILDREN, keywords: 'school meals, free school meals, catering', size: 3 },
  { title: 'Adult Learning', directorate: PEOPLE, keywords: 'adult education, courses, skills, apprenticeships', size: 2 },
  { title: 'Gypsy and Traveller Services', directorate: PLACE, keywords: 'traveller sites, unauthorised encampments', size: 1 },
  { title: 'Bridges and Structures', directorate: PLACE, keywords: 'bridges, retaining walls, culverts, structures', size: 2 },
  { title: 'Winter Maintenance', directorate: PLACE, keywords: 'gritting, grit bins, salt, snow clearance', size: 1 },
  { title: 'Transport Planning', directorate: PLACE, keywords: 'cycle routes, walking, local transport plan, road schemes', size: 2 },
  { title: 'Road Safety', directorate: PLACE, keywords: 'speeding, school crossing patrols, road safety education, speed cameras', size: 1 },
  { title: 'Scientific Services', directorate: PLACE, keywords: 'laboratory, food testing, samples', size: 1 },
  { title: 'Music and Arts Service', directorate: CHILDREN, keywords: 'music lessons, arts, music hub', size: 1 },
  { title: 'Welfare Rights', directorate: PEOPLE, keywords: 'benefits advice, welfare, cost of living, household support fund', size: 1 },
  { title: 'Outdoor Education', directorate: CHILDREN, keywords: 'outdoor centres, school trips, Duke of Edinburgh', size: 1 }
];

export const SERVICE_AREAS = ['North', 'South', 'East', 'West', 'Central', 'Coastal', 'Rural'] as const;

export interface ICommitteeSeed {
  readonly title: string;
  readonly type: 'Cabinet' | 'Committee' | 'Board' | 'Panel' | 'Working party' | 'Task and finish group';
  readonly description: string;
  readonly seats: number;
  readonly isActive: boolean;
}

export const COMMITTEES: readonly ICommitteeSeed[] = [
  { title: 'Cabinet', type: 'Cabinet', description: 'Takes executive decisions within the budget and policy framework.', seats: 9, isActive: true },
  { title: 'Planning and Regulatory Committee', type: 'Committee', description: 'Determines county matter planning applications.', seats: 13, isActive: true },
  { title: 'Audit and Governance Committee', type: 'Committee', description: 'Oversees audit, risk and the annual governance statement.', seats: 9, isActive: true },
  { title: 'Standards Committee', type: 'Committee', description: 'Promotes high standards of conduct and hears complaints about members.', seats: 7, isActive: true },
  { title: 'Pension Fund Committee', type: 'Committee', description: 'Manages the Local Government Pension Scheme fund.', seats: 9, isActive: true },
  { title: 'Appointments Committee', type: 'Committee', description: 'Appoints senior officers.', seats: 7, isActive: true },
  { title: 'Licensing and Appeals Committee', type: 'Committee', description: 'Hears appeals and licensing matters.', seats: 10, isActive: true },
  { title: 'Health and Wellbeing Board', type: 'Board', description: 'Brings together the NHS, public health and social care to plan services.', seats: 6, isActive: true },
  { title: 'Corporate Parenting Board', type: 'Board', description: 'Makes sure the council is a good parent to children in its care.', seats: 8, isActive: true },
  { title: 'Adult Social Care Scrutiny Panel', type: 'Panel', description: 'Scrutinises adult social care and health services.', seats: 11, isActive: true },
  { title: 'Children\u2019s Services Scrutiny Panel', type: 'Panel', description: 'Scrutinises services for children, young people and schools.', seats: 11, isActive: true },
  { title: 'Place Scrutiny Panel', type: 'Panel', description: 'Scrutinises highways, transport, waste and the environment.', seats: 11, isActive: true },
  { title: 'Resources Scrutiny Panel', type: 'Panel', description: 'Scrutinises finance, property and corporate services.', seats: 11, isActive: true },
  { title: 'Police and Crime Panel', type: 'Panel', description: 'A joint panel holding the Police and Crime Commissioner to account.', seats: 5, isActive: true },
  { title: 'Local Plan Working Party', type: 'Working party', description: 'Guides the minerals and waste local plan.', seats: 8, isActive: true },
  { title: 'Constitution Working Party', type: 'Working party', description: 'Reviews the constitution and recommends changes to Council.', seats: 7, isActive: true },
  { title: 'Member Development Working Party', type: 'Working party', description: 'Plans training and support for councillors.', seats: 6, isActive: true },
  { title: 'Home to School Transport Task and Finish Group', type: 'Task and finish group', description: 'Reviews the home to school transport policy.', seats: 6, isActive: true },
  { title: 'Flooding Task and Finish Group', type: 'Task and finish group', description: 'Reviews the response to the winter floods.', seats: 6, isActive: true },
  { title: 'Boundary Review Working Party', type: 'Working party', description: 'Responded to the electoral review of the county. Concluded.', seats: 7, isActive: false },
  { title: 'Recovery and Renewal Task and Finish Group', type: 'Task and finish group', description: 'Reviewed recovery after the pandemic. Concluded.', seats: 6, isActive: false },
  { title: 'Shared Services Board', type: 'Board', description: 'Oversaw the shared back-office partnership, since dissolved.', seats: 5, isActive: false }
];

export const CABINET_PORTFOLIOS = [
  'Highways and Transport',
  'Adult Social Care and Health',
  'Children\u2019s Services and Education',
  'Environment and Climate Change',
  'Finance and Resources',
  'Economy, Skills and Growth',
  'Communities and Public Safety'
] as const;

export const CHAMPION_ROLES = [
  'Armed Forces Champion',
  'Climate Change Champion',
  'Equalities Champion',
  'Mental Health Champion',
  'Young People Champion',
  'Older People Champion'
] as const;

/** Fill-in values for Additional responsibilities: not among the column's choices. */
export const FILL_IN_ROLES = ['Dementia Champion', 'Rural Affairs Champion', 'Cycling and Walking Champion'] as const;

export const OUTSIDE_BODIES = [
  'Parish councillor, Little Ashcombe Parish Council',
  'Governor, Millbrook Primary School',
  'Trustee, Wessex Vale Citizens Advice (council appointee)',
  'Board member, Wessex Vale Local Enterprise Partnership',
  'Member, Fire and Rescue Authority',
  'Member, National Park Authority',
  'Director, Vale Community Transport CIC',
  'Trustee, Hazelford Almshouses Charity',
  'Representative, Local Government Association Rural Commission',
  'Member, Standing Advisory Council on Religious Education (SACRE)',
  'Town councillor, Chalkford Town Council',
  'Governor, Westfield Academy Trust'
] as const;

export const SKILLS = [
  'Finance and budgets', 'Planning law', 'Social work', 'Teaching', 'Nursing', 'Small business', 'Farming',
  'Engineering', 'Project management', 'Public speaking', 'Welsh speaker', 'British Sign Language', 'Law',
  'Chartered accountant', 'Digital and IT', 'Community organising', 'Armed forces', 'Charity governance',
  'Marketing', 'Health and safety', 'Mediation', 'Data and statistics'
] as const;

export const INTERESTS = [
  'Rural transport', 'Climate action', 'Libraries', 'Young carers', 'Dementia-friendly communities', 'Local history',
  'Cycling', 'Allotments', 'Flood prevention', 'Village halls', 'Special educational needs', 'Adult learning',
  'High street regeneration', 'Road safety', 'Veterans', 'Mental health', 'Rights of way', 'Food banks', 'Heritage railways'
] as const;

export const JOB_TITLES = {
  leader: ['Head of {service}', 'Assistant Director, {service}', 'Service Manager'],
  manager: ['Team Manager', 'Operations Manager', 'Senior Practitioner', 'Principal Officer', 'Lead Officer'],
  staff: [
    '{service} Officer', 'Senior {service} Officer', 'Business Support Officer', 'Technical Officer', 'Project Officer',
    'Case Officer', 'Administrator', 'Apprentice', 'Analyst', 'Coordinator', 'Practitioner', 'Assistant', 'Inspector',
    'Engineer', 'Technician', 'Adviser'
  ]
} as const;

export const TEAM_SUFFIXES = ['Operations', 'Business Support', 'Policy and Strategy', 'Commissioning', 'Duty Team', 'Projects', 'Quality Assurance'] as const;

export const OFFICE_LOCATIONS = [
  'County Hall, Chalkford', 'County Hall, Chalkford — Floor 2', 'County Hall, Chalkford — Floor 3', 'Westfield Depot',
  'Millbrook Area Office', 'Hazelford Library', 'Dunmere Hub', 'Ashcombe Family Hub', 'Home-based', 'Hybrid — County Hall and home',
  'Highways Depot, Stonebridge', 'Records Office, Castle Street'
] as const;
