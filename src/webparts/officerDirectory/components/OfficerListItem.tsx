import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IService } from '../../../model/Officer';
import { mailtoHref } from '../../../model/orderContactActions';
import { openInPlace } from '../../../ui/InPlaceLink';
import { minimumTarget } from '../../../ui/styles';
import { richTextLink } from '../../../ui/richTextLink';
import { initials } from '../../../model/initials';
import { PersonInitials } from '../../../ui/PersonCoin';

/** One set of row styles per theme, shared by every row (not worked out again per row or per render). */
const rowClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    item: {
      display: 'flex',
      gap: 12,
      padding: '8px 12px',
      alignItems: 'flex-start',
      borderBottom: `1px solid ${theme.palette.neutralLight}`
    },
    body: { minWidth: 0 },
    name: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block', textDecoration: 'none' },
    email: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block', lineHeight: '24px', overflowWrap: 'anywhere' },
    facts: { margin: 0, color: theme.palette.neutralPrimary },
    badge: {
      display: 'inline-flex',
      gap: 4,
      alignItems: 'center',
      marginTop: 2,
      padding: '0 6px',
      border: `1px solid ${theme.palette.themePrimary}`,
      borderRadius: theme.effects.roundedCorner2,
      color: theme.palette.themeDarker,
      fontSize: theme.fonts.small.fontSize
    }
  })
);

export interface IOfficerListItemProps {
  officer: IOfficer;
  service: IService | undefined;
  /** The address of an officer's profile; called when the row is drawn. */
  profileHref: (officerId: number) => string;
  onOpenProfile: (officerId: number) => void;
}

/**
 * One officer at a glance: initials, name (opens the profile), role, service and team, office, work
 * email (a mailto link), CLO in words. The directory's slim copy has no phone: calls wait for the
 * profile. Memoised with stable props: while someone types, rows still in the results are not
 * drawn again, and a new row draws plain elements (no Fluent component but the CLO badge's font
 * icon) with the styles shared by all rows.
 */
export const OfficerListItem = React.memo(function OfficerListItem(props: IOfficerListItemProps): JSX.Element {
  const classes = rowClasses(useTheme());
  const { officer, service, onOpenProfile } = props;
  const where = [service?.name ?? (officer.serviceId === undefined ? undefined : strings.NoService), officer.team].filter(Boolean).join(' · ');
  return (
    <article className={classes.item} aria-label={officer.name}>
      <PersonInitials name={officer.name} initials={initials(officer.name)} size={40} />
      <div className={classes.body}>
        <h4 className={classes.name}>
          <a className={classes.link} href={props.profileHref(officer.id)} onClick={(event) => openInPlace(event, () => onOpenProfile(officer.id))}>
            {officer.name}
          </a>
        </h4>
        {officer.jobTitle ? <p className={classes.facts}>{officer.jobTitle}</p> : null}
        {where ? <p className={classes.facts}>{where}</p> : null}
        {officer.location ? <p className={classes.facts}>{officer.location}</p> : null}
        {officer.email ? (
          <p className={classes.facts}>
            <a className={classes.email} href={mailtoHref(officer.email)}>
              {officer.email}
            </a>
          </p>
        ) : null}
        {officer.isLiaisonOfficer ? (
          <span className={classes.badge}>
            <FontIcon iconName="ContactHeart" aria-hidden="true" />
            {strings.LiaisonBadge}
          </span>
        ) : null}
      </div>
    </article>
  );
});
