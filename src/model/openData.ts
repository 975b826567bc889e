import type { IMember, IMemberDirectory } from './Member';
import { lookupsFor } from './memberLookups';

/**
 * Open data for member profiles: only what the profile view shows the public (name, photo, party
 * and group, ward with GSS code and district, published email, roles, term and committee seats).
 * Never account sign-in addresses, phones, addresses, contact notes or biographies: see
 * docs/open-data.md for the mapping and why each field is or is not exported.
 */

/**
 * CSV columns. Where a column has a counterpart in Democracy Club's candidates CSV
 * (https://candidates.democracyclub.org.uk/api/docs/csv/) it has that name: person_id,
 * person_name, party_name, post_label, gss_code, email, image_url; the rest are ours.
 */
export const OPEN_DATA_CSV_FIELDS = [
  'person_id',
  'person_name',
  'given_name',
  'family_name',
  'party_name',
  'political_group',
  'post_label',
  'gss_code',
  'district',
  'email',
  'image_url',
  'cabinet_role',
  'portfolio',
  'term_start',
  'term_end',
  'committees',
  // Last, so the columns before it keep the positions of earlier exports.
  'member_type'
] as const;

export type OpenDataCsvField = (typeof OPEN_DATA_CSV_FIELDS)[number];
export type OpenDataCsvRow = Readonly<Record<OpenDataCsvField, string>>;

function isoDate(date: Date | undefined): string | undefined {
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

function currentMembers(directory: IMemberDirectory): IMember[] {
  return directory.members.filter((member) => member.isCurrent);
}

/** One row per current member, in directory order, every value a string ("" when not recorded). */
export function openDataCsvRows(directory: IMemberDirectory): OpenDataCsvRow[] {
  const { parties, wards, committees } = lookupsFor(directory);
  return currentMembers(directory).map((member) => {
    const ward = member.wardId === undefined ? undefined : wards.get(member.wardId);
    const seats = directory.memberships
      .filter((membership) => membership.memberId === member.id)
      .map((membership) => {
        const name = committees.get(membership.committeeId)?.name;
        return name === undefined ? undefined : membership.role === 'Member' ? name : `${name} (${membership.role})`;
      })
      .filter((seat): seat is string => seat !== undefined);
    return {
      person_id: String(member.id),
      person_name: member.displayName,
      given_name: member.givenName ?? '',
      family_name: member.surname,
      party_name: (member.partyId === undefined ? undefined : parties.get(member.partyId)?.name) ?? '',
      political_group: (member.politicalGroupId === undefined ? undefined : parties.get(member.politicalGroupId)?.name) ?? '',
      post_label: ward?.name ?? '',
      gss_code: ward?.code ?? '',
      district: ward?.district ?? '',
      email: member.email ?? '',
      image_url: member.photoUrl ?? '',
      cabinet_role: member.cabinetRole ?? '',
      portfolio: member.portfolio ?? '',
      term_start: isoDate(member.termStart) ?? '',
      term_end: isoDate(member.termEnd) ?? '',
      committees: seats.join('; '),
      member_type: member.memberType
    };
  });
}

/** A Popolo (http://www.popoloproject.com/specs/) export: persons, organizations, memberships and areas. */
export interface IPopoloExport {
  readonly persons: readonly Record<string, unknown>[];
  readonly organizations: readonly Record<string, unknown>[];
  readonly memberships: readonly Record<string, unknown>[];
  readonly areas: readonly Record<string, unknown>[];
}

/** Leaves out absent values: Popolo readers treat a missing key as unknown, which is what we mean. */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));
}

export const popoloIds = {
  person: (id: number): string => `person/${id}`,
  party: (id: number): string => `party/${id}`,
  committee: (id: number): string => `committee/${id}`,
  ward: (id: number): string => `ward/${id}`
};

export function membersToPopolo(directory: IMemberDirectory): IPopoloExport {
  const members = currentMembers(directory);
  const shown = new Set(members.map((member) => member.id));
  const persons = members.map((member) =>
    present({
      id: popoloIds.person(member.id),
      name: member.displayName,
      given_name: member.givenName,
      family_name: member.surname,
      email: member.email,
      image: member.photoUrl
    })
  );
  const organizations = [
    ...directory.parties.map((party) =>
      present({
        id: popoloIds.party(party.id),
        name: party.name,
        classification: party.kind === 'Political group' ? 'political group' : 'party',
        other_names: party.shortName ? [{ name: party.shortName, note: 'short name' }] : undefined
      })
    ),
    ...directory.committees.map((committee) =>
      present({ id: popoloIds.committee(committee.id), name: committee.name, classification: 'committee', description: committee.description })
    )
  ];
  const areas = directory.wards.map((ward) =>
    present({
      id: popoloIds.ward(ward.id),
      name: ward.name,
      classification: 'ward',
      // Popolo's area has one "identifier"; for a ward it is the ONS GSS code (E05…, W05…, S13…).
      identifier: ward.code
    })
  );
  const memberships: Record<string, unknown>[] = [];
  for (const member of members) {
    const term = { start_date: isoDate(member.termStart), end_date: isoDate(member.termEnd) };
    if (member.partyId !== undefined) {
      memberships.push(present({ person_id: popoloIds.person(member.id), organization_id: popoloIds.party(member.partyId), role: 'member', area_id: member.wardId === undefined ? undefined : popoloIds.ward(member.wardId), ...term }));
    }
    if (member.politicalGroupId !== undefined) {
      memberships.push(present({ person_id: popoloIds.person(member.id), organization_id: popoloIds.party(member.politicalGroupId), role: 'member', ...term }));
    }
  }
  const memberTypes = new Map(members.map((member) => [member.id, member.memberType]));
  for (const seat of directory.memberships) {
    if (!shown.has(seat.memberId)) continue;
    const memberType = memberTypes.get(seat.memberId);
    memberships.push(
      present({
        person_id: popoloIds.person(seat.memberId),
        organization_id: popoloIds.committee(seat.committeeId),
        role: seat.role,
        // Popolo has no person type: a seat held by someone who is not a councillor says what they sit as.
        label: memberType === undefined || memberType === 'Councillor' ? undefined : memberType,
        start_date: isoDate(seat.startDate),
        end_date: isoDate(seat.endDate)
      })
    );
  }
  return { persons, organizations, memberships, areas };
}
