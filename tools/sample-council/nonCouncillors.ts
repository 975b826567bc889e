/**
 * Members who are not ward councillors, and ward seats. Added after everything else is built, from
 * a stream of their own (fork 9), so every other item of the sample council is as it was:
 * - every member is recorded as a Councillor (the column's default, now explicit);
 * - each ward's number of seats is its current councillors, and the first ward with any has one
 *   seat more: a vacancy, as after a resignation before the by-election;
 * - a co-opted member (the diocesan representative on children's scrutiny, as the Education Act
 *   1996 and the scrutiny rules provide for) and an independent person (Localism Act 2011 s.28(7))
 *   on the Standards Committee: no ward and no party.
 */
import { IStoredItem } from '../emulator/siteData';
import { ICommittee } from './committees';
import { ICouncilContext, stampFor } from './context';
import { IMember } from './members';
import { storedItem } from './siteBuilder';
import { DayNumber, storedDateOnly } from './ukDate';
import { EMAIL_DOMAIN } from './vocabulary';

/** Members the sample council adds beyond its councillors (current, with no ward). */
export const NON_COUNCILLOR_COUNT = 2;

export interface INonCouncillorsResult {
  readonly wards: IStoredItem[];
  readonly members: IStoredItem[];
  readonly memberships: IStoredItem[];
  /** The ward with a vacancy, if any ward has a current councillor. */
  readonly vacantWardId?: number;
}

const NON_COUNCILLORS = [
  {
    title: 'Revd Canon Miriam Ashdown',
    given: 'Miriam',
    surname: 'Ashdown',
    type: 'Co-opted member',
    committee: 'Children\u2019s Services Scrutiny Panel',
    biography: '<p>Diocesan representative on the Children\u2019s Services Scrutiny Panel, with voting rights on education matters.</p>'
  },
  {
    title: 'Graham Pellow',
    given: 'Graham',
    surname: 'Pellow',
    type: 'Independent person',
    committee: 'Standards Committee',
    biography: '<p>Independent person appointed under the Localism Act 2011, consulted on complaints about members\u2019 conduct.</p>'
  }
] as const;

export function addNonCouncillorsAndSeats(
  context: ICouncilContext,
  lists: { readonly wards: readonly IStoredItem[]; readonly members: readonly IStoredItem[]; readonly memberships: readonly IStoredItem[] },
  info: { readonly members: readonly IMember[]; readonly committees: readonly ICommittee[]; readonly siteCreated: DayNumber }
): INonCouncillorsResult {
  const councillors = new Map<number, number>();
  for (const member of info.members) {
    if (member.isCurrent) councillors.set(member.wardId, (councillors.get(member.wardId) ?? 0) + 1);
  }
  const vacantWardId = lists.wards.map((ward) => ward.Id).find((id) => (councillors.get(id) ?? 0) > 0);
  const wards = lists.wards.map((ward) => {
    const filled = councillors.get(ward.Id) ?? 0;
    const seats = ward.Id === vacantWardId ? filled + 1 : filled;
    return { ...ward, fields: { ...ward.fields, Seats: seats > 0 ? seats : null } };
  });

  const members: IStoredItem[] = lists.members.map((member) => ({ ...member, fields: { ...member.fields, MemberType: 'Councillor' } }));
  const memberships = [...lists.memberships];
  let nextMemberId = Math.max(0, ...members.map((member) => member.Id)) + 1;
  let nextMembershipId = Math.max(0, ...memberships.map((membership) => membership.Id)) + 1;
  const appointed = Math.max(info.siteCreated, context.today - 400);
  // Every column a councillor's item has, empty (null) unless set below, as SharePoint answers.
  const emptyMember = Object.fromEntries(Object.keys(lists.members[0]?.fields ?? {}).map((column) => [column, null]));
  for (const person of NON_COUNCILLORS) {
    const id = nextMemberId++;
    members.push(
      storedItem(id, stampFor(context, appointed, context.admins.democraticServices), {
        ...emptyMember,
        Title: person.title,
        GivenName: person.given,
        Surname: person.surname,
        MemberType: person.type,
        Email: `${person.given}.${person.surname}@${EMAIL_DOMAIN}`.toLowerCase(),
        Biography: person.biography,
        PreferredContact: 'Email',
        TermStart: storedDateOnly(appointed),
        TermEnd: null,
        IsCurrent: true
      })
    );
    const committee = info.committees.find((candidate) => candidate.seed.title === person.committee);
    if (committee) {
      memberships.push(
        storedItem(nextMembershipId++, stampFor(context, appointed, context.admins.democraticServices), {
          Member: id,
          Committee: committee.id,
          MembershipRole: 'Member',
          StartDate: storedDateOnly(appointed),
          EndDate: null
        })
      );
    }
  }
  return { wards, members, memberships, vacantWardId };
}
