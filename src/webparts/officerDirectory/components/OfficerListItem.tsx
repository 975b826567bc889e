import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IService } from '../../../model/Officer';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { minimumTarget } from '../../../ui/styles';
import { richTextLink } from '../../../ui/richTextLink';
import { OfficerPhoto } from './OfficerPhoto';

export interface IOfficerListItemProps {
  officer: IOfficer;
  service: IService | undefined;
  profileHref: string;
  onOpenProfile: (officerId: number) => void;
}

/**
 * One officer at a glance: photo, name (opens the profile), role, service and team, office, CLO in
 * words. Memoised: while someone types, rows still in the results are not drawn again.
 */
export const OfficerListItem = React.memo(function OfficerListItem(props: IOfficerListItemProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
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
      }),
    [theme]
  );
  const { officer, service } = props;
  const where = [service?.name ?? (officer.serviceId === undefined ? undefined : strings.NoService), officer.team].filter(Boolean).join(' · ');
  return (
    <article className={classes.item} aria-label={officer.name}>
      <OfficerPhoto officer={officer} size="small" />
      <div className={classes.body}>
        <h4 className={classes.name}>
          <InPlaceLink className={classes.link} href={props.profileHref} onOpen={() => props.onOpenProfile(officer.id)}>
            {officer.name}
          </InPlaceLink>
        </h4>
        {officer.jobTitle ? <p className={classes.facts}>{officer.jobTitle}</p> : null}
        {where ? <p className={classes.facts}>{where}</p> : null}
        {officer.location ? <p className={classes.facts}>{officer.location}</p> : null}
        {officer.isLiaisonOfficer ? (
          <span className={classes.badge}>
            <Icon iconName="ContactHeart" aria-hidden="true" />
            {strings.LiaisonBadge}
          </span>
        ) : null}
      </div>
    </article>
  );
});
