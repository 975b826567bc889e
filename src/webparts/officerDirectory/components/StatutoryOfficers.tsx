import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId, memoizeFunction } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { StatutoryRole } from '../../../schema';
import type { IOfficer } from '../../../model/Officer';
import { mailtoHref } from '../../../model/orderContactActions';
import { statutoryPosts } from '../../../model/statutoryOfficers';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { minimumTarget } from '../../../ui/styles';

export interface IStatutoryOfficersProps {
  readonly officers: readonly IOfficer[];
  /** The council's member/officer protocol, already checked to be on the tenant; absent: no link. */
  readonly protocolUrl?: string;
  readonly profileHref: (officerId: number) => string;
  readonly onOpenProfile: (officerId: number) => void;
}

const ROLE_LABELS: Readonly<Record<StatutoryRole, string>> = {
  'Head of Paid Service': strings.StatutoryRoleHeadOfPaidService,
  'Chief Finance Officer (s151)': strings.StatutoryRoleChiefFinanceOfficer,
  'Monitoring Officer': strings.StatutoryRoleMonitoringOfficer
};

const statutoryClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    root: { display: 'grid', gap: 8, padding: 12, border: `1px solid ${theme.palette.neutralTertiaryAlt}`, borderRadius: theme.effects.roundedCorner4 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    subheading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    posts: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(min(14em, 100%), 1fr))' },
    post: { minWidth: 0, overflowWrap: 'anywhere' },
    role: { margin: 0, fontWeight: 600 },
    line: { margin: 0 },
    link: { ...minimumTarget, display: 'inline-block' },
    paragraph: { margin: 0 }
  })
);

/**
 * The Head of Paid Service, the Chief Finance Officer (s151) and the Monitoring Officer together,
 * with the escalation route a member/officer protocol gives: information a member needs goes to
 * the Monitoring Officer or the Executive Director; a concern about conduct goes first to the line
 * manager, Director, Executive Director or Chief Executive, then to the Monitoring Officer.
 */
export function StatutoryOfficers(props: IStatutoryOfficersProps): JSX.Element {
  const classes = statutoryClasses(useTheme());
  const headingId = React.useMemo(() => getId('statutory-officers'), []);
  const posts = React.useMemo(() => statutoryPosts(props.officers), [props.officers]);
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {strings.StatutoryOfficersHeading}
      </h3>
      <ul className={classes.posts}>
        {posts.map((post) => (
          <li key={post.role} className={classes.post}>
            <p className={classes.role}>{ROLE_LABELS[post.role]}</p>
            {post.officers.length === 0 ? <p className={classes.line}>{strings.StatutoryRoleNotRecorded}</p> : null}
            {post.officers.map((officer) => (
              <div key={officer.id}>
                <p className={classes.line}>
                  <InPlaceLink className={classes.link} href={props.profileHref(officer.id)} onOpen={() => props.onOpenProfile(officer.id)}>
                    {officer.name}
                  </InPlaceLink>
                  {officer.jobTitle ? `, ${officer.jobTitle}` : null}
                </p>
                {officer.email ? (
                  <p className={classes.line}>
                    <Link className={classes.link} href={mailtoHref(officer.email)}>
                      {officer.email}
                    </Link>
                  </p>
                ) : null}
              </div>
            ))}
          </li>
        ))}
      </ul>
      <h4 className={classes.subheading}>{strings.EscalationHeading}</h4>
      <p className={classes.paragraph}>{strings.EscalationInformation}</p>
      <p className={classes.paragraph}>{strings.EscalationConduct}</p>
      {props.protocolUrl ? (
        <p className={classes.paragraph}>
          <Link className={classes.link} href={props.protocolUrl} target="_blank" rel="noopener noreferrer">
            {strings.ProtocolLinkText}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
