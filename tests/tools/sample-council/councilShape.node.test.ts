import { BRIEFING_CATEGORIES, COMMITTEE_TYPES, LEGACY_PRIVATE_COLUMNS, PARTY_KINDS, PREFERRED_CONTACT_METHODS } from '../../../src/schema';
import { IStoredImage, IStoredItem, ModerationStatus } from '../../../tools/emulator/siteData';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';

const council = generateSampleCouncil();
const large = generateSampleCouncil({ members: 150, officers: 3000, weeks: 104, seed: 99 });
const { Members, Wards, Committees, CommitteeMemberships, Services, Officers, Briefings, BriefingItems, Parties } = council.lists;
const fileUrls = new Set(council.files.map((file) => file.serverRelativeUrl));
const titles = (items: readonly IStoredItem[]): unknown[] => items.map((item) => item.fields.Title);

function currentMemberships(data: typeof council): IStoredItem[] {
  return data.lists.CommitteeMemberships.filter((membership) => membership.fields.EndDate === null);
}

describe('sample council: members and wards', () => {
  test('every ward has one to three current members', () => {
    for (const data of [council, large]) {
      for (const ward of data.lists.Wards) {
        const seats = data.lists.Members.filter((member) => member.fields.IsCurrent === true && member.fields.Ward === ward.Id).length;
        expect(seats).toBeGreaterThanOrEqual(1);
        expect(seats).toBeLessThanOrEqual(3);
      }
    }
  });

  test('ward codes are GSS-style E05 codes', () => {
    expect(Wards.every((ward) => /^E05\d{6}$/.test(ward.fields.WardCode as string))).toBe(true);
  });

  test.each([
    ['O\u2019Rourke', 'typographic apostrophe'],
    ["O'Brien", 'ASCII apostrophe'],
    ['Llewelyn-Jones', 'hyphen'],
    ['Ní Bhriain', 'Irish particle'],
    ['ap Gwilym-Prys', 'Welsh particle, lower case']
  ])('includes a member surnamed %s (%s)', (surname) => {
    expect(Members.some((member) => member.fields.Surname === surname)).toBe(true);
  });

  test('names with accents are kept as written', () => {
    expect(titles(Members)).toEqual(expect.arrayContaining(['Siân Llewelyn-Jones', 'Zoë Ní Bhriain', 'Dafydd ap Gwilym-Prys']));
  });

  test('some current members have names in other scripts, with Latin email addresses a council would issue', () => {
    const byTitle = new Map(Members.map((member) => [member.fields.Title as string, member.fields]));
    for (const [title, email] of [
      ['خالد الهاشمي', 'cllr.khalid.alhashimi@council.example'],
      ['王小明', 'cllr.xiaoming.wang@council.example'],
      ['Анна Иванова', 'cllr.anna.ivanova@council.example'],
      ['Γιώργος Παπαδόπουλος', 'cllr.giorgos.papadopoulos@council.example']
    ]) {
      expect(byTitle.get(title)).toMatchObject({ Email: email, IsCurrent: true });
    }
  });

  test('some members have portraits, some none and some a broken photo URL', () => {
    const photos = Members.map((member) => member.fields.Photo as IStoredImage | null);
    const present = photos.filter((photo) => photo !== null && fileUrls.has(photo.serverRelativeUrl));
    const broken = photos.filter((photo) => photo !== null && !fileUrls.has(photo.serverRelativeUrl));
    expect(present.length).toBeGreaterThan(Members.length / 2);
    expect(photos.filter((photo) => photo === null).length).toBeGreaterThan(0);
    expect(broken.length).toBeGreaterThan(0);
    const svg = council.files.find((file) => file.serverRelativeUrl === present[0]?.serverRelativeUrl);
    expect(svg?.contentType).toBe('image/svg+xml');
    expect(svg?.content).toMatch(/^<svg [^>]*role="img"/);
  });

  test('uses every preferred contact method', () => {
    const used = new Set(Members.map((member) => member.fields.PreferredContact));
    for (const method of PREFERRED_CONTACT_METHODS) expect(used).toContain(method);
  });

  test('a published phone and a surgery address for some members only, and no private detail', () => {
    const withPhone = Members.filter((member) => member.fields.PublicPhone !== null);
    const withAddress = Members.filter((member) => member.fields.PublicAddress !== null);
    expect(withPhone.length).toBeGreaterThan(0);
    expect(withPhone.length).toBeLessThan(Members.length);
    expect(withAddress.length).toBeGreaterThan(0);
    expect(withAddress.length).toBeLessThan(Members.length);
    for (const member of Members) {
      for (const column of LEGACY_PRIVATE_COLUMNS) expect(member.fields).not.toHaveProperty(column);
    }
  });

  test('has a Leader, a Deputy Leader and cabinet members with portfolios from the largest party', () => {
    const cabinet = Members.filter((member) => member.fields.CabinetRole !== null);
    expect(cabinet.map((member) => member.fields.CabinetRole)).toEqual(
      expect.arrayContaining(['Leader of the Council', 'Deputy Leader of the Council', 'Cabinet Member for Highways and Transport'])
    );
    expect(cabinet.every((member) => typeof member.fields.Portfolio === 'string')).toBe(true);
    expect(new Set(cabinet.map((member) => member.fields.Party)).size).toBe(1);
  });

  test('additional roles include group leaders, champions and a fill-in value', () => {
    const roles = Members.flatMap((member) => (member.fields.AdditionalRoles as string[] | null) ?? []);
    expect(roles).toEqual(expect.arrayContaining(['Group Leader', 'Chairman of the Council', 'Dementia Champion']));
    expect(roles.some((role) => role.endsWith('Champion') && role !== 'Dementia Champion')).toBe(true);
  });

  test('some biographies carry hostile markup for the sanitiser', () => {
    const bios = Members.map((member) => (member.fields.Biography as string | null) ?? '');
    expect(bios.some((bio) => bio.includes('<script>'))).toBe(true);
    expect(bios.some((bio) => / onerror=/.test(bio))).toBe(true);
    expect(bios.some((bio) => /href="javascript:/i.test(bio))).toBe(true);
    expect(bios.filter((bio) => bio === '').length).toBeGreaterThan(0);
  });

  test('includes former members, with a term that has ended', () => {
    const former = Members.filter((member) => member.fields.IsCurrent === false);
    expect(former.length).toBeGreaterThan(0);
    expect(former.every((member) => (member.fields.TermEnd as string) < '2026-11-23')).toBe(true);
  });

  test('parties have colours (one deliberately missing) and a political group spans independents', () => {
    expect(new Set(Parties.map((party) => party.fields.PartyKind))).toEqual(new Set(PARTY_KINDS));
    expect(Parties.some((party) => party.fields.Colour === null)).toBe(true);
    const group = Parties.find((party) => party.fields.Title === 'Residents\u2019 Association Group');
    const independent = Parties.find((party) => party.fields.Title === 'Independent');
    expect(Members.some((member) => member.fields.PoliticalGroup === group?.Id && member.fields.Party === independent?.Id)).toBe(true);
  });
});

describe('sample council: committees', () => {
  test('has every committee type, and some inactive committees', () => {
    expect(new Set(Committees.map((committee) => committee.fields.CommitteeType))).toEqual(new Set(COMMITTEE_TYPES));
    expect(Committees.some((committee) => committee.fields.IsActive === false)).toBe(true);
  });

  test.each([
    ['the default council', council],
    ['a 150-member council', large]
  ])('in %s each active committee has exactly one current Chair and at most one Vice-Chair', (_, data) => {
    const current = currentMemberships(data);
    for (const committee of data.lists.Committees) {
      const seats = current.filter((membership) => membership.fields.Committee === committee.Id);
      if (committee.fields.IsActive) {
        expect(seats.filter((seat) => seat.fields.MembershipRole === 'Chair')).toHaveLength(1);
        expect(seats.filter((seat) => seat.fields.MembershipRole === 'Vice-Chair').length).toBeLessThanOrEqual(1);
      } else {
        expect(seats).toHaveLength(0);
      }
    }
  });

  test('most active committees have a Vice-Chair', () => {
    const current = currentMemberships(council);
    const withVice = Committees.filter((committee) => current.some((seat) => seat.fields.Committee === committee.Id && seat.fields.MembershipRole === 'Vice-Chair'));
    expect(withVice.length).toBeGreaterThan(Committees.filter((committee) => committee.fields.IsActive).length / 2);
  });

  test('the Leader chairs Cabinet', () => {
    const cabinet = Committees.find((committee) => committee.fields.CommitteeType === 'Cabinet');
    const leader = Members.find((member) => member.fields.CabinetRole === 'Leader of the Council');
    const chair = currentMemberships(council).find((seat) => seat.fields.Committee === cabinet?.Id && seat.fields.MembershipRole === 'Chair');
    expect(chair?.fields.Member).toBe(leader?.Id);
  });

  test('current seats are held by current members only, once per committee', () => {
    const currentIds = new Set(Members.filter((member) => member.fields.IsCurrent === true).map((member) => member.Id));
    const current = currentMemberships(council);
    expect(current.every((seat) => currentIds.has(seat.fields.Member as number))).toBe(true);
    const pairs = current.map((seat) => `${seat.fields.Committee}/${seat.fields.Member}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  test('a 150-member council has about 2,000 memberships, including substitutes and past years', () => {
    expect(large.lists.CommitteeMemberships.length).toBeGreaterThan(1600);
    expect(large.lists.CommitteeMemberships.length).toBeLessThan(2600);
    expect(CommitteeMemberships.some((seat) => seat.fields.MembershipRole === 'Substitute')).toBe(true);
    expect(CommitteeMemberships.some((seat) => seat.fields.EndDate !== null)).toBe(true);
  });
});

describe('sample council: services and officers', () => {
  test('Highways and Waste have the keywords members use', () => {
    const keywords = (title: string): unknown => Services.find((service) => service.fields.Title === title)?.fields.Keywords;
    expect(keywords('Highways')).toContain('potholes');
    expect(keywords('Waste and Recycling')).toContain('fly-tipping');
    expect(titles(Services)).toContain('Home to School Transport');
  });

  test('most services have one or two Councillor Liaison Officers with a profile; some have none', () => {
    const liaisonCount = (serviceId: number): number => Officers.filter((officer) => officer.fields.Service === serviceId && officer.fields.IsLiaisonOfficer === true).length;
    const counts = Services.map((service) => liaisonCount(service.Id));
    expect(counts.every((count) => count <= 2)).toBe(true);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThan(0);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(Services.length * 0.75);
    const liaison = Officers.filter((officer) => officer.fields.IsLiaisonOfficer === true);
    expect(liaison.every((officer) => typeof officer.fields.LiaisonProfile === 'string')).toBe(true);
    expect(liaison.every((officer) => officer.fields.OfficerAccount !== null)).toBe(true);
  });

  test('review dates are spread, some over a year old and some missing', () => {
    const yearAgo = '2025-11-23';
    const reviewed = Officers.map((officer) => officer.fields.LastReviewed as string | null);
    expect(reviewed.some((date) => date !== null && date < yearAgo)).toBe(true);
    expect(reviewed.some((date) => date !== null && date >= yearAgo)).toBe(true);
    expect(reviewed.some((date) => date === null)).toBe(true);
  });

  test('some officers have portraits and some photo URLs are broken', () => {
    const photos = Officers.map((officer) => officer.fields.Photo as IStoredImage | null).filter((photo): photo is IStoredImage => photo !== null);
    expect(photos.some((photo) => fileUrls.has(photo.serverRelativeUrl))).toBe(true);
    expect(photos.some((photo) => !fileUrls.has(photo.serverRelativeUrl))).toBe(true);
  });

  test('officer emails are unique', () => {
    const emails = Officers.map((officer) => officer.fields.Email).filter((email) => email !== null);
    expect(new Set(emails).size).toBe(emails.length);
  });
});

describe('sample council: briefings', () => {
  test('a few items have a Welsh headline and body, published in the current and last week', () => {
    const welsh = BriefingItems.filter((item) => typeof item.fields.HeadlineWelsh === 'string');
    expect(welsh.length).toBeGreaterThanOrEqual(3);
    for (const item of welsh) {
      expect(item.fields.HeadlineWelsh).not.toBe(item.fields.Title);
      expect(item.fields.BodyWelsh).toMatch(/<p>.+<\/p>/);
    }
    expect(welsh.some((item) => item.moderationStatus === ModerationStatus.Approved)).toBe(true);
  });

  test('uses every category, some all-ward items and some confidential items', () => {
    expect(new Set(BriefingItems.map((item) => item.fields.Category))).toEqual(new Set(BRIEFING_CATEGORIES));
    expect(BriefingItems.some((item) => (item.fields.Wards as number[]).length === 0)).toBe(true);
    expect(BriefingItems.some((item) => (item.fields.Wards as number[]).length > 1)).toBe(true);
    expect(BriefingItems.some((item) => item.fields.IsConfidential === true)).toBe(true);
  });

  test("this week's published briefing always has an approved confidential item", () => {
    const thisWeek = Briefings[Briefings.length - 2];
    const confidential = BriefingItems.filter(
      (item) => item.fields.Briefing === thisWeek.Id && item.fields.IsConfidential === true && item.moderationStatus === ModerationStatus.Approved
    );
    expect(confidential.length).toBeGreaterThan(0);
  });

  test("this week's briefing alone uses every category", () => {
    const thisWeek = Briefings[Briefings.length - 2];
    const categories = new Set(BriefingItems.filter((item) => item.fields.Briefing === thisWeek.Id).map((item) => item.fields.Category));
    expect(categories).toEqual(new Set(BRIEFING_CATEGORIES));
  });

  test('holds drafts and pending items as well as approved ones', () => {
    const statuses = new Set([...Briefings, ...BriefingItems].map((item) => item.moderationStatus));
    expect(statuses).toEqual(new Set([ModerationStatus.Approved, ModerationStatus.Pending, ModerationStatus.Draft, ModerationStatus.Rejected]));
  });

  test('even a two-week council has this week pending, last week rejected and next week drafted', () => {
    const short = generateSampleCouncil({ weeks: 2, members: 10, officers: 40, services: 6, seed: 5 });
    const statusesOf = (briefing: IStoredItem): ModerationStatus[] =>
      short.lists.BriefingItems.filter((item) => item.fields.Briefing === briefing.Id).map((item) => item.moderationStatus);
    const [lastWeek, thisWeek, nextWeek] = short.lists.Briefings;
    expect(statusesOf(lastWeek)).toContain(ModerationStatus.Rejected);
    expect(statusesOf(thisWeek)).toContain(ModerationStatus.Pending);
    expect(new Set(statusesOf(nextWeek))).toEqual(new Set([ModerationStatus.Draft]));
  });

  test('contact officers are usually the service’s Councillor Liaison Officer or one of its officers', () => {
    const officerById = new Map(Officers.map((officer) => [officer.Id, officer]));
    const withContact = BriefingItems.filter((item) => item.fields.ContactOfficer !== null && item.fields.Service !== null);
    expect(withContact.length).toBeGreaterThan(0);
    for (const item of withContact) {
      expect(officerById.get(item.fields.ContactOfficer as number)?.fields.Service).toBe(item.fields.Service);
    }
  });
});

describe('sample council: site users', () => {
  const userById = new Map(council.users.map((user) => [user.id, user]));

  test('every current member with an account is a site user whose persona names the ward', () => {
    const wardName = new Map(Wards.map((ward) => [ward.Id, ward.fields.Title as string]));
    const linked = Members.filter((member) => member.fields.MemberAccount !== null);
    expect(linked.length).toBeGreaterThan(Members.filter((member) => member.fields.IsCurrent === true).length * 0.9);
    for (const member of linked) {
      const user = userById.get(member.fields.MemberAccount as number);
      expect(user?.title).toBe(member.fields.Title);
      expect(user?.persona).toContain(`Member for ${wardName.get(member.fields.Ward as number)} ward`);
      expect(user?.loginName).toMatch(/^i:0#\.f\|membership\|[^@\s]+@council\.example$/);
    }
  });

  test('has Democratic Services and Communications admins who can see drafts', () => {
    const admins = council.users.filter((user) => user.role !== 'reader');
    expect(admins.map((user) => user.persona)).toEqual(expect.arrayContaining(['Admin — Democratic Services', 'Admin — Communications']));
    expect(admins.some((user) => user.role === 'owner')).toBe(true);
  });

  test('officer users have a persona naming their service', () => {
    const officerUsers = Officers.filter((officer) => officer.fields.OfficerAccount !== null).map((officer) => userById.get(officer.fields.OfficerAccount as number));
    expect(officerUsers.length).toBeGreaterThan(0);
    expect(officerUsers.every((user) => /^(Officer|Head of service|Councillor Liaison Officer) — /.test(user?.persona ?? ''))).toBe(true);
  });
});
