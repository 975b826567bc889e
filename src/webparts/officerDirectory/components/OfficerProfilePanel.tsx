import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import { mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import * as common from 'CommonStrings';
import type { IOfficerRepository } from '../../../data/IOfficerRepository';
import { initials } from '../../../model/initials';
import type { IOfficer, IOfficerDirectory, IOfficerProfile } from '../../../model/Officer';
import { describeDataError } from '../../../ui/describeDataError';
import { formatText } from '../../../ui/formatText';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { formatLongDate } from '../../../ui/formatDate';
import { PersonCoin } from '../../../ui/PersonCoin';
import { ProfileSection } from '../../../ui/ProfileSection';
import { SanitisedHtml } from '../../../ui/SanitisedHtml';
import { ErrorState } from '../../../ui/states/ErrorState';
import { minimumTarget, profilePanelStyles, visuallyHidden } from '../../../ui/styles';
import { AsyncResource, useAsyncResource } from '../../../ui/useAsyncResource';
import { OfficerContactActions } from './OfficerContactActions';
import { richTextLink } from '../../../ui/richTextLink';
import type { ServiceLookup } from './useServiceLookup';

export interface IOfficerProfilePanelProps {
  /** Undefined while closed. An id that is not in the directory shows a short explanation. */
  officerId: number | undefined;
  directory: IOfficerDirectory;
  repository: IOfficerRepository;
  /** Where the lists live, so a failed profile load can name the site. */
  listsSiteUrl: string;
  serviceOf: ServiceLookup;
  /** The address of a service's contact guidance and CLOs, and opening it in place. */
  serviceHref: (serviceId: number) => string;
  onOpenService: (serviceId: number) => void;
  onDismiss: () => void;
}

/**
 * An officer's or CLO's profile as a side panel, opened from any result and by an ?officer= link.
 * Memoised: its props stay the same while someone types a search, so typing does not draw it.
 */
export const OfficerProfilePanel = React.memo(function OfficerProfilePanel(props: IOfficerProfilePanelProps): JSX.Element {
  const { officerId, directory } = props;
  const officer = officerId === undefined ? undefined : directory.officers.find((candidate) => candidate.id === officerId);
  return (
    <Panel
      isOpen={officerId !== undefined}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      styles={profilePanelStyles}
      headerText={officer?.name ?? strings.ProfileNotFoundHeading}
      closeButtonAriaLabel={strings.ProfileCloseLabel}
      isLightDismiss
    >
      {officer ? (
        // Keyed, so opening another officer loads their profile afresh.
        <OfficerProfile key={officer.id} officer={officer} {...props} />
      ) : (
        <p>{strings.ProfileNotFound}</p>
      )}
    </Panel>
  );
});

interface IOfficerProfileProps extends IOfficerProfilePanelProps {
  officer: IOfficer;
}

const profileClasses = mergeStyleSets({
  summary: { display: 'flex', gap: 16, alignItems: 'center', marginTop: 8 },
  role: { margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) 1fr', columnGap: 12, rowGap: 4, margin: 0 },
  term: { fontWeight: 600, margin: 0 },
  detail: { margin: 0 }
});

function OfficerProfile(props: IOfficerProfileProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () => ({
      ...profileClasses,
      // Inline links ignore min-height: a block box gives the target the 24 px WCAG 2.2 asks for.
      link: mergeStyles({ ...richTextLink(theme), ...minimumTarget, display: 'inline-block', lineHeight: '24px' })
    }),
    [theme]
  );
  const { repository } = props;
  const officerId = props.officer.id;
  // Every opened profile reads the officer's full record (phone, photo, account, last check, CLO
  // profile); the search index's slim copy shows at once meanwhile, with email and Teams chat.
  const load = React.useCallback((): Promise<IOfficerProfile> => repository.officerProfile(officerId), [repository, officerId]);
  const [profile, retry] = useAsyncResource(load);
  const full = profile.status === 'ready' ? profile.value : undefined;
  const officer: IOfficer = full ?? props.officer;
  const service = props.serviceOf(officer.serviceId);

  const fact = (label: string, value: React.ReactNode | undefined): JSX.Element | null =>
    value ? (
      <>
        <dt className={classes.term}>{label}</dt>
        <dd className={classes.detail}>{value}</dd>
      </>
    ) : null;

  return (
    <article aria-label={officer.name}>
      <div className={classes.summary}>
        <PersonCoin name={officer.name} initials={initials(officer.name)} photoUrl={full?.photoUrl} size={72} />
        <div>
          {officer.jobTitle ? <p className={classes.role}>{officer.jobTitle}</p> : null}
          {service ? <p className={classes.role}>{service.name}</p> : null}
          {officer.isLiaisonOfficer ? <p className={classes.role}>{strings.LiaisonBadge}</p> : null}
        </div>
      </div>

      <ProfileSection heading={strings.ContactHeading}>
        <OfficerContactActions officer={officer} profile={full} service={service} />
        <dl className={classes.facts}>
          {fact(strings.EmailLabel, officer.email)}
          {fact(strings.PhoneLabel, full?.phone)}
          {fact(strings.LocationLabel, officer.location)}
        </dl>
      </ProfileSection>

      <ProfileSection heading={strings.RoleHeading}>
        <dl className={classes.facts}>
          {fact(strings.JobTitleLabel, officer.jobTitle)}
          {fact(
            strings.ServiceLabel,
            service ? (
              <InPlaceLink className={classes.link} href={props.serviceHref(service.id)} onOpen={() => props.onOpenService(service.id)}>
                {formatText(strings.ServiceGuidanceLink, service.name)}
              </InPlaceLink>
            ) : officer.serviceId === undefined ? undefined : (
              strings.NoService
            )
          )}
          {fact(strings.DirectorateLabel, service?.directorate)}
          {fact(strings.TeamLabel, officer.team)}
          {fact(strings.LastReviewedLabel, full?.lastReviewed ? formatLongDate(full.lastReviewed) : undefined)}
        </dl>
      </ProfileSection>

      {officer.isLiaisonOfficer ? (
        <ProfileSection heading={strings.LiaisonProfileHeading}>
          <LiaisonProfile profile={profile} listsSiteUrl={props.listsSiteUrl} onRetry={retry} />
        </ProfileSection>
      ) : profile.status === 'error' ? (
        <ProfileLoadError error={profile.error} listsSiteUrl={props.listsSiteUrl} onRetry={retry} />
      ) : null}
    </article>
  );
}

interface ILiaisonProfileProps {
  profile: AsyncResource<IOfficerProfile>;
  listsSiteUrl: string;
  onRetry: () => void;
}

/** What a CLO can help members with: rich text from the officer's full record, sanitised. */
function LiaisonProfile(props: ILiaisonProfileProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        richText: { selectors: { a: richTextLink(theme) } },
        hidden: visuallyHidden
      }),
    [theme]
  );
  const { profile } = props;
  if (profile.status === 'loading') {
    return (
      <div role="status" aria-busy="true">
        <span className={classes.hidden}>{strings.ProfileLoading}</span>
        <Shimmer ariaLabel="" />
        <Shimmer ariaLabel="" width="75%" />
      </div>
    );
  }
  if (profile.status === 'error') return <ProfileLoadError error={profile.error} listsSiteUrl={props.listsSiteUrl} onRetry={props.onRetry} />;
  return profile.value.liaisonProfileHtml ? (
    <SanitisedHtml className={classes.richText} html={profile.value.liaisonProfileHtml} />
  ) : (
    <p>{strings.NoLiaisonProfile}</p>
  );
}

function ProfileLoadError(props: { error: unknown; listsSiteUrl: string; onRetry: () => void }): JSX.Element {
  const described = describeDataError(props.error, props.listsSiteUrl, common);
  return (
    <ErrorState
      heading={strings.ProfileErrorHeading}
      message={described.message}
      retryLabel={common.RetryButton}
      onRetry={described.canRetry ? props.onRetry : undefined}
    />
  );
}
