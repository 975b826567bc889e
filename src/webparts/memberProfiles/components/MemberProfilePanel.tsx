import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberProfilesWebPartStrings';
import { memberTypeLabel, wardOrMemberTypeText } from './memberTypeText';
import type { IMember, IMemberDirectory } from '../../../model/Member';
import { formatLongDate } from '../../../ui/formatDate';
import { formatText } from '../../../ui/formatText';
import { ProfileSection, TextList } from '../../../ui/ProfileSection';
import { SanitisedHtml } from '../../../ui/SanitisedHtml';
import { richTextLink } from '../../../ui/richTextLink';
import { focusRing, profilePanelStyles } from '../../../ui/styles';
import { ContactActions } from './ContactActions';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { initials } from '../../../model/initials';
import { PersonCoin } from '../../../ui/PersonCoin';
import { PartyLabel } from './PartyLabel';
import { committeesOfMember } from './memberCommittees';
import { useWardSheetHref } from '../../shared/wardSheetLink';
import { additionalRoleLabel, membershipRoleLabel, preferredContactLabel } from '../memberChoiceLabels';

export interface IMemberProfilePanelProps {
  /** Undefined while closed. A member id that is not in the directory shows a short explanation. */
  memberId: number | undefined;
  directory: IMemberDirectory;
  lookups: IDirectoryRecords;
  onDismiss: () => void;
}

function termText(member: IMember): string | undefined {
  const { termStart, termEnd } = member;
  if (termStart && termEnd) return formatText(strings.TermRange, formatLongDate(termStart), formatLongDate(termEnd));
  if (termStart) return formatText(strings.TermFrom, formatLongDate(termStart));
  if (termEnd) return formatText(strings.TermUntil, formatLongDate(termEnd));
  return undefined;
}

/** The full profile as a side panel, opened from any card or row and by a ?member= link. */
export const MemberProfilePanel = React.memo(function MemberProfilePanel(props: IMemberProfilePanelProps): JSX.Element {
  const { memberId, directory, lookups } = props;
  const member = memberId === undefined ? undefined : directory.members.find((candidate) => candidate.id === memberId);
  return (
    <Panel
      isOpen={memberId !== undefined}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      styles={profilePanelStyles}
      headerText={member?.displayName ?? strings.ProfileNotFoundHeading}
      closeButtonAriaLabel={strings.ProfileCloseLabel}
      isLightDismiss
    >
      {member ? <MemberProfile member={member} directory={directory} lookups={lookups} /> : <p>{strings.ProfileNotFound}</p>}
    </Panel>
  );
});

interface IMemberProfileProps {
  member: IMember;
  directory: IMemberDirectory;
  lookups: IDirectoryRecords;
}

function MemberProfile(props: IMemberProfileProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        summary: { display: 'flex', gap: 16, alignItems: 'center', marginTop: 8 },
        facts: {
          display: 'grid',
          gridTemplateColumns: 'minmax(8em, max-content) 1fr',
          columnGap: 12,
          rowGap: 4,
          margin: 0
        },
        term: { fontWeight: 600, margin: 0 },
        detail: { margin: 0, whiteSpace: 'pre-line' },
        link: focusRing(theme),
        biography: { selectors: { a: richTextLink(theme) } }
      }),
    [theme]
  );
  const { member, lookups } = props;
  const party = lookups.party(member.partyId);
  const group = lookups.party(member.politicalGroupId);
  const ward = lookups.ward(member.wardId);
  const wardSheet = useWardSheetHref(ward?.id);
  const term = termText(member);
  const committees = committeesOfMember(props.directory, member.id);

  const fact = (label: string, value: React.ReactNode | undefined): JSX.Element | null =>
    value ? (
      <>
        <dt className={classes.term}>{label}</dt>
        <dd className={classes.detail}>{value}</dd>
      </>
    ) : null;

  return (
    <article aria-label={member.displayName}>
      <div className={classes.summary}>
        <PersonCoin name={member.displayName} initials={initials(member)} photoUrl={member.photoUrl} size={72} />
        <div>
          <PartyLabel party={party} fallback={strings.NoParty} />
          <div>{wardOrMemberTypeText(member, ward)}</div>
        </div>
      </div>

      <ProfileSection heading={strings.ContactHeading}>
        <ContactActions member={member} />
        <dl className={classes.facts}>
          {fact(strings.PreferredContactLabel, preferredContactLabel(member.preferredContact))}
          {fact(strings.EmailLabel, member.email)}
          {fact(strings.WorkPhoneLabel, member.workPhone)}
          {fact(strings.MobilePhoneLabel, member.mobilePhone)}
          {fact(strings.PublicPhoneLabel, member.publicPhone)}
          {fact(strings.PublicAddressLabel, member.publicAddress)}
          {fact(strings.ContactNotesLabel, member.contactNotes)}
        </dl>
      </ProfileSection>

      <ProfileSection heading={strings.RolesHeading}>
        <dl className={classes.facts}>
          {fact(strings.PartyLabel, <PartyLabel party={party} fallback={strings.NoParty} />)}
          {group && group.id !== party?.id ? fact(strings.PoliticalGroupLabel, <PartyLabel party={group} fallback="" />) : null}
          {fact(strings.MemberTypeLabel, memberTypeLabel(member.memberType))}
          {member.memberType === 'Councillor' || ward
            ? fact(
                strings.WardLabel,
                ward ? (
                  <>
                    {ward.name}
                    {wardSheet ? (
                      <>
                        {' '}
                        <Link className={classes.link} href={wardSheet}>
                          {formatText(strings.WardSheetLink, ward.name)}
                        </Link>
                      </>
                    ) : null}
                  </>
                ) : (
                  strings.NoWard
                )
              )
            : null}
          {fact(strings.WardCodeLabel, ward?.code)}
          {fact(strings.DistrictLabel, ward?.district)}
          {fact(strings.CabinetRoleLabel, member.cabinetRole)}
          {fact(strings.PortfolioLabel, member.portfolio)}
        </dl>
      </ProfileSection>

      <ProfileSection heading={strings.CommitteesHeading}>
        <TextList
          items={committees.map((seat) => formatText(strings.CommitteeWithRole, seat.committee.name, membershipRoleLabel(seat.role)))}
          emptyText={strings.NoCommittees}
        />
      </ProfileSection>

      <ProfileSection heading={strings.AdditionalRolesHeading}>
        <TextList items={member.additionalRoles.map(additionalRoleLabel)} emptyText={strings.NotRecorded} />
      </ProfileSection>
      <ProfileSection heading={strings.OutsideAppointmentsHeading}>
        <TextList items={member.outsideAppointments} emptyText={strings.NotRecorded} />
      </ProfileSection>
      <ProfileSection heading={strings.SkillsHeading}>
        <TextList items={member.skills} emptyText={strings.NotRecorded} />
      </ProfileSection>
      <ProfileSection heading={strings.InterestsHeading}>
        <TextList items={member.interests} emptyText={strings.NotRecorded} />
      </ProfileSection>

      {member.biographyHtml ? (
        <ProfileSection heading={strings.BiographyHeading}>
          <SanitisedHtml className={classes.biography} html={member.biographyHtml} />
        </ProfileSection>
      ) : null}

      <ProfileSection heading={strings.TermHeading}>
        <p>{term ?? strings.NotRecorded}</p>
        {member.registerOfInterestsUrl ? (
          <Link className={classes.link} href={member.registerOfInterestsUrl} target="_blank" rel="noopener noreferrer">
            {strings.RegisterOfInterestsLink}
          </Link>
        ) : null}
      </ProfileSection>
    </article>
  );
}
