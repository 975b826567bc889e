import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberProfilesWebPartStrings';
import { memberTypeLabel } from './memberTypeText';
import type { IMemberDirectory } from '../../../model/Member';
import { committeeRoster } from '../../../model/committeeRoster';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { readableDropdownPlaceholder } from '../../../ui/styles';
import { PartyLabel } from './PartyLabel';
import { ProfileLink } from './ProfileLink';
import { membershipRoleLabel } from '../memberChoiceLabels';

const classes = mergeStyleSets({
  // One column no wider than the web part: a long committee, ward or member name wraps inside it.
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, paddingTop: 12 },
  heading: { margin: 0, fontSize: 18, fontWeight: 600 },
  roster: { margin: 0, paddingLeft: 20, display: 'grid', gap: 4, lineHeight: '28px' },
  role: { fontWeight: 600 },
  p: { margin: 0 }
});

export interface ICommitteeViewProps {
  directory: IMemberDirectory;
  lookups: IDirectoryRecords;
  committeeId: number | undefined;
  onCommitteeChange: (committeeId: number | undefined) => void;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
}

/** A committee's members and their roles, chair first. */
export function CommitteeView(props: ICommitteeViewProps): JSX.Element {
  const { directory, lookups, committeeId } = props;
  const headingId = React.useMemo(() => getId('committee-view'), []);
  const committee = lookups.committee(committeeId);
  const roster = committee ? committeeRoster(directory, committee.id) : [];
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {strings.CommitteeHeading}
      </h3>
      <Dropdown
        label={strings.CommitteePickLabel}
        placeholder={strings.CommitteePickPlaceholder}
        styles={readableDropdownPlaceholder}
        options={directory.committees.filter((candidate) => candidate.isActive).map((candidate) => ({ key: candidate.id, text: candidate.name }))}
        selectedKey={committee?.id ?? null}
        onChange={(_event, option) => props.onCommitteeChange(option ? Number(option.key) : undefined)}
      />
      {committee ? (
        <>
          {committee.description ? <p className={classes.p}>{committee.description}</p> : null}
          {committee.webPageUrl ? (
            <Link href={committee.webPageUrl} target="_blank" rel="noopener noreferrer" underline>
              {strings.CommitteeWebPage}
            </Link>
          ) : null}
          {roster.length === 0 ? (
            <p className={classes.p}>{strings.CommitteeNoMembers}</p>
          ) : (
            <ol className={classes.roster} aria-label={committee.name}>
              {roster.map((seat) => (
                <li key={seat.membership.id}>
                  <span className={classes.role}>{membershipRoleLabel(seat.membership.role)}</span>
                  {': '}
                  <ProfileLink member={seat.member} href={props.profileHref(seat.member.id)} onOpen={props.onOpenProfile} underline />
                  {' – '}
                  <PartyLabel party={lookups.party(seat.member.partyId)} fallback={strings.NoParty} />
                  {seat.member.memberType === 'Councillor' ? null : ` – ${memberTypeLabel(seat.member.memberType)}`}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  );
}
