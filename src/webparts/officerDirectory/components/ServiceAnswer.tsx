import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IService } from '../../../model/Officer';
import { mailtoHref } from '../../../model/orderContactActions';
import { formatText } from '../../../ui/formatText';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { SanitisedHtml } from '../../../ui/SanitisedHtml';
import { minimumTarget } from '../../../ui/styles';
import { richTextLink } from '../../../ui/richTextLink';
import { useEnquiriesHref } from '../../shared/enquiriesPageLink';
import { OfficerList } from './OfficerList';
import type { ServiceLookup } from './useServiceLookup';

/** Links every service answer offers, wherever it is shown. */
export interface IServiceAnswerLinks {
  profileHref: (officerId: number) => string;
  onOpenProfile: (officerId: number) => void;
  serviceOfficersHref: (serviceId: number) => string;
  onShowServiceOfficers: (serviceId: number) => void;
}

export interface IServiceAnswerProps extends IServiceAnswerLinks {
  service: IService;
  /** The service's Councillor Liaison Officers, in the order to show them. */
  liaisonOfficers: readonly IOfficer[];
  /** tel: link for the service's own number (from the model's answer). */
  phoneHref?: string;
  serviceOf: ServiceLookup;
  /** The service name is a heading at this level (3 when it is the page's subject, 4 in a list). */
  headingLevel: 3 | 4;
}

/** A service: who it is, how it wants to be contacted, its general contact details and its CLOs. */
export function ServiceAnswer(props: IServiceAnswerProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        answer: {
          padding: 12,
          border: `1px solid ${theme.palette.neutralLight}`,
          borderRadius: theme.effects.roundedCorner4,
          background: theme.palette.white
        },
        name: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
        directorate: { margin: '2px 0 0', color: theme.palette.neutralPrimary },
        subheading: { margin: '12px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: 600 },
        guidance: { selectors: { a: richTextLink(theme), p: { margin: '0 0 8px' } } },
        facts: { display: 'grid', gridTemplateColumns: 'minmax(5em, max-content) 1fr', columnGap: 12, rowGap: 4, margin: 0 },
        term: { fontWeight: 600, margin: 0 },
        detail: { margin: 0 },
        // Inline links ignore min-height: a block box gives every target the 24 px WCAG 2.2 asks for.
        link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block', lineHeight: '24px' },
        plain: { margin: 0 }
      }),
    [theme]
  );
  const { service } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  const Subheading = props.headingLevel === 3 ? 'h4' : 'h5';
  const hasContact = Boolean(service.email || service.phone || service.webPageUrl);
  const enquiriesHref = useEnquiriesHref({ serviceId: service.id });

  return (
    <article className={classes.answer} aria-label={service.name}>
      <Heading className={classes.name}>{service.name}</Heading>
      <p className={classes.directorate}>{formatText(strings.DirectorateLine, service.directorate)}</p>

      {service.takesEnquiries && enquiriesHref ? (
        <p className={classes.plain}>
          <Link className={classes.link} href={enquiriesHref}>
            {formatText(strings.RaiseEnquiryWithService, service.name)}
          </Link>
        </p>
      ) : null}

      <Subheading className={classes.subheading}>{strings.LiaisonOfficersHeading}</Subheading>
      {props.liaisonOfficers.length > 0 ? (
        <OfficerList
          officers={props.liaisonOfficers}
          label={formatText(strings.LiaisonOfficersFor, service.name)}
          serviceOf={props.serviceOf}
          profileHref={props.profileHref}
          onOpenProfile={props.onOpenProfile}
        />
      ) : (
        <p className={classes.plain}>{strings.NoLiaisonOfficers}</p>
      )}

      <Subheading className={classes.subheading}>{strings.HowToContactHeading}</Subheading>
      {service.howToContactHtml ? (
        <SanitisedHtml className={classes.guidance} html={service.howToContactHtml} />
      ) : (
        <p className={classes.plain}>{strings.NoGuidance}</p>
      )}

      <Subheading className={classes.subheading}>{strings.ServiceContactHeading}</Subheading>
      {hasContact ? (
        <dl className={classes.facts}>
          {service.email ? (
            <>
              <dt className={classes.term}>{strings.ServiceEmailLabel}</dt>
              <dd className={classes.detail}>
                <Link className={classes.link} href={mailtoHref(service.email)}>
                  {service.email}
                </Link>
              </dd>
            </>
          ) : null}
          {service.phone ? (
            <>
              <dt className={classes.term}>{strings.ServicePhoneLabel}</dt>
              <dd className={classes.detail}>
                {props.phoneHref ? (
                  <Link className={classes.link} href={props.phoneHref}>
                    {service.phone}
                  </Link>
                ) : (
                  service.phone
                )}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className={classes.plain}>{strings.NoServiceContact}</p>
      )}
      {service.webPageUrl ? (
        <p className={classes.plain}>
          <Link className={classes.link} href={service.webPageUrl} target="_blank" rel="noopener noreferrer">
            {formatText(strings.ServiceWebPage, service.name)}
          </Link>
        </p>
      ) : null}

      <p className={classes.plain}>
        <InPlaceLink className={classes.link} href={props.serviceOfficersHref(service.id)} onOpen={() => props.onShowServiceOfficers(service.id)}>
          {formatText(strings.AllOfficersInService, service.name)}
        </InPlaceLink>
      </p>
    </article>
  );
}
