import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberProfilesWebPartStrings';
import { wardOrMemberTypeText } from './memberTypeText';
import type { IMember } from '../../../model/Member';
import { focusRing, minimumTarget } from '../../../ui/styles';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { cabinetRoleText } from './cabinetRoleText';
import { initials } from '../../../model/initials';
import { PersonCoin } from '../../../ui/PersonCoin';
import { ThemedPartyLabel } from './PartyLabel';
import { ThemedProfileLink } from './ProfileLink';

export interface IMemberCardProps {
  member: IMember;
  lookups: IDirectoryRecords;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
  /** The theme, read once by the list for all its cards. */
  theme: ITheme;
}

/** One set of card styles per theme, shared by every card (not worked out again per card or per render). */
const cardClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    card: {
      display: 'flex',
      gap: 12,
      padding: 12,
      height: '100%',
      boxSizing: 'border-box',
      border: `1px solid ${theme.palette.neutralLight}`,
      borderRadius: theme.effects.roundedCorner4,
      background: theme.palette.white
    },
    body: { minWidth: 0 },
    name: { margin: '0 0 4px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    link: { ...minimumTarget, ...focusRing(theme), display: 'inline-block' },
    // Body text colour: generated themes make the secondary greys too faint for 4.5:1.
    facts: { margin: 0, color: theme.semanticColors.bodyText, display: 'grid', gap: 2 },
    fact: { margin: 0 }
  })
);

/**
 * One councillor at a glance: photo, name (opens the profile), party, ward and cabinet role.
 * Memoised on stable props (the member, the lookups, the theme and callbacks that outlive the search), so a
 * keystroke draws only the cards that came into the results, with plain elements and shared styles; no
 * card reads the theme itself (the grid does, once).
 */
export const MemberCard = React.memo(function MemberCard(props: IMemberCardProps): JSX.Element {
  const { member, lookups, theme } = props;
  const classes = cardClasses(theme);
  const ward = lookups.ward(member.wardId);
  const role = cabinetRoleText(member);
  return (
    <article className={classes.card} aria-label={member.displayName}>
      <PersonCoin name={member.displayName} initials={initials(member)} photoUrl={member.photoUrl} size={48} />
      <div className={classes.body}>
        <h4 className={classes.name}>
          <ThemedProfileLink className={classes.link} member={member} href={props.profileHref(member.id)} onOpen={props.onOpenProfile} theme={theme} />
        </h4>
        <div className={classes.facts}>
          <p className={classes.fact}>
            <ThemedPartyLabel party={lookups.party(member.partyId)} fallback={strings.NoParty} theme={theme} />
          </p>
          <p className={classes.fact}>{wardOrMemberTypeText(member, ward)}</p>
          {role ? <p className={classes.fact}>{role}</p> : null}
        </div>
      </div>
    </article>
  );
});
