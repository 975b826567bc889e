import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'WardContactsWebPartStrings';
import { mailtoHref, telHref } from '../../../model/orderContactActions';
import { plainEmailAddress } from '../../../schema/emailAddress';
import { officerQuickContactActions } from '../../../model/officerContactActions';
import type { IWardContactSheet, IWardMemberContact } from '../../../model/wardContactSheet';
import type { IServiceAnswer } from '../../../model/whoToContact';
import { ContactActionList } from '../../../ui/ContactActionList';
import { formatText } from '../../../ui/formatText';
import { PersonCoin } from '../../../ui/PersonCoin';
import { richTextLink } from '../../../ui/richTextLink';
import { LazySanitisedHtml } from '../../../ui/LazySanitisedHtml';
import { minimumTarget } from '../../../ui/styles';
import { initials } from '../../../model/initials';
import { hiddenInPrint } from '../../memberBriefings/components/printStyles';
import { enquiriesHref } from '../../shared/enquiriesPageLink';

export interface IWardSheetProps {
  readonly sheet: IWardContactSheet;
  /** True when the services are the default (this week's for the ward), not the reader's choice. */
  readonly defaultServices: boolean;
  /** This week's items: absent while loading or when they could not be read (the caller says why). */
  readonly briefingState: 'ready' | 'none' | 'unavailable';
  /** Shown in place of the items when they could not be read. */
  readonly briefingFallback?: React.ReactNode;
  /** "Week commencing …", when a briefing exists. */
  readonly weekLine?: string;
  /** The Member enquiries page: services that take enquiries offer "Raise an enquiry with …" for this ward. */
  readonly enquiriesPageUrl?: string;
}

function useClasses() {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyleSets({
        section: { display: 'grid', gap: 8, gridTemplateColumns: 'minmax(0, 1fr)' },
        sectionHeading: { margin: '8px 0 0', fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
        cards: {
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'grid',
          gap: 8,
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18em), 1fr))',
          selectors: { '@media print': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 4 } }
        },
        card: {
          padding: 12,
          border: `1px solid ${theme.palette.neutralLight}`,
          borderRadius: theme.effects.roundedCorner4,
          background: theme.palette.white,
          minWidth: 0,
          selectors: { '@media print': { padding: 6, breakInside: 'avoid' } }
        },
        person: { display: 'flex', gap: 12, alignItems: 'center', minWidth: 0 },
        name: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
        plain: { margin: 0 },
        raiseEnquiry: [{ margin: 0 }, hiddenInPrint],
        muted: { margin: 0, color: theme.palette.neutralPrimary },
        subheading: { margin: '8px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: 600 },
        guidance: { selectors: { a: richTextLink(theme), p: { margin: '0 0 4px' } } },
        link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block', lineHeight: '24px' },
        items: { margin: 0, paddingLeft: 20, display: 'grid', gap: 6 },
        itemTitle: { fontWeight: 600 },
        actions: hiddenInPrint,
        coin: hiddenInPrint
      }),
    [theme]
  );
}

type Classes = ReturnType<typeof useClasses>;

const actionStrings = {
  ActionEmail: strings.ActionEmail,
  ActionCall: strings.ActionCall,
  ActionTeams: strings.ActionTeams,
  ActionCopy: strings.ActionCopy,
  Copied: strings.Copied,
  CopyFailed: strings.CopyFailed
};

/**
 * Email and phone as text, so the sheet on paper still says how to reach someone. Linked only
 * where no contact actions sit beside them (a service), so keyboard users do not meet each twice.
 */
function ContactLines(props: { readonly email?: string; readonly phone?: string; readonly linked: boolean; readonly classes: Classes }): JSX.Element | null {
  const email = plainEmailAddress(props.email);
  const tel = props.linked ? telHref(props.phone) : undefined;
  if (!email && !props.phone) return null;
  return (
    <p className={props.classes.plain}>
      {email ? (
        <>
          {formatText(strings.EmailLine, '')}
          {props.linked ? (
            <Link className={props.classes.link} href={mailtoHref(email)}>
              {email}
            </Link>
          ) : (
            email
          )}{' '}
        </>
      ) : null}
      {props.phone ? (
        <>
          {formatText(strings.PhoneLine, '')}
          {tel ? (
            <Link className={props.classes.link} href={tel}>
              {props.phone}
            </Link>
          ) : (
            props.phone
          )}
        </>
      ) : null}
    </p>
  );
}

function MemberCard(props: { readonly entry: IWardMemberContact; readonly classes: Classes }): JSX.Element {
  const { member, party, group, roles, actions } = props.entry;
  const { classes } = props;
  return (
    <li className={classes.card}>
      <article aria-label={member.displayName}>
        <div className={classes.person}>
          <span className={classes.coin}>
            <PersonCoin name={member.displayName} initials={initials(member)} photoUrl={member.photoUrl} size={48} />
          </span>
          <div>
            <h5 className={classes.name}>{member.displayName}</h5>
            <p className={classes.plain}>{party?.name ?? strings.NoParty}</p>
          </div>
        </div>
        {group ? <p className={classes.muted}>{formatText(strings.GroupLine, group.name)}</p> : null}
        {roles.length > 0 ? <p className={classes.muted}>{formatText(strings.RolesLine, roles.join('; '))}</p> : null}
        <ContactLines email={member.email} phone={member.workPhone ?? member.mobilePhone ?? member.publicPhone} linked={false} classes={classes} />
        {member.preferredContact === 'In person' ? <p className={classes.plain}>{strings.PrefersInPerson}</p> : null}
        {member.contactNotes ? <p className={classes.muted}>{member.contactNotes}</p> : null}
        <div className={classes.actions}>
          <ContactActionList
            actions={actions}
            label={formatText(strings.WaysToContact, member.displayName)}
            strings={actionStrings}
            preferredMarker={strings.PreferredMarker}
          />
        </div>
      </article>
    </li>
  );
}

interface IServiceCardProps {
  readonly answer: IServiceAnswer;
  readonly classes: Classes;
  /** The link to raise an enquiry with this service about the sheet's ward, when it takes them. */
  readonly raiseEnquiryHref?: string;
}

function ServiceCard(props: IServiceCardProps): JSX.Element {
  const { service, liaisonOfficers } = props.answer;
  const { classes } = props;
  return (
    <li className={classes.card}>
      <article aria-label={service.name}>
        <h5 className={classes.name}>{service.name}</h5>
        <p className={classes.muted}>{formatText(strings.DirectorateLine, service.directorate)}</p>
        {props.raiseEnquiryHref ? (
          <p className={classes.raiseEnquiry}>
            <Link className={classes.link} href={props.raiseEnquiryHref}>{formatText(strings.RaiseEnquiryWithService, service.name)}</Link>
          </p>
        ) : null}
        <h6 className={classes.subheading}>{strings.LiaisonOfficersHeading}</h6>
        {liaisonOfficers.length > 0 ? (
          <ul className={classes.items} aria-label={formatText(strings.LiaisonOfficersFor, service.name)}>
            {liaisonOfficers.map((officer) => (
              <li key={officer.id}>
                <span className={classes.itemTitle}>{officer.name}</span>
                {officer.jobTitle ? `, ${officer.jobTitle}` : ''}
                <ContactLines email={officer.email} linked={false} classes={classes} />
                <div className={classes.actions}>
                  <ContactActionList
                    actions={officerQuickContactActions(officer)}
                    label={formatText(strings.WaysToContact, officer.name)}
                    strings={actionStrings}
                  />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className={classes.plain}>{strings.NoLiaisonOfficers}</p>
        )}
        <h6 className={classes.subheading}>{strings.HowToContactHeading}</h6>
        {service.howToContactHtml ? (
          <LazySanitisedHtml className={classes.guidance} html={service.howToContactHtml} />
        ) : (
          <p className={classes.plain}>{strings.NoGuidance}</p>
        )}
        <h6 className={classes.subheading}>{strings.ServiceContactHeading}</h6>
        {service.email || service.phone ? (
          <ContactLines email={service.email} phone={service.phone} linked classes={classes} />
        ) : (
          <p className={classes.plain}>{strings.NoServiceContact}</p>
        )}
      </article>
    </li>
  );
}

/** The sheet itself: councillors, who to contact about what, and this week's items; the same on screen and paper. */
export function WardSheet(props: IWardSheetProps): JSX.Element {
  const classes = useClasses();
  const { sheet } = props;
  const idPrefix = React.useMemo(() => getId('ward-sheet'), []);
  return (
    <>
      <section className={classes.section} aria-labelledby={`${idPrefix}-members`}>
        <h4 id={`${idPrefix}-members`} className={classes.sectionHeading}>
          {formatText(strings.MembersHeading, sheet.members.length)}
        </h4>
        {sheet.members.length > 0 ? (
          <ul className={classes.cards}>
            {sheet.members.map((entry) => (
              <MemberCard key={entry.member.id} entry={entry} classes={classes} />
            ))}
          </ul>
        ) : (
          <p className={classes.plain}>{strings.NoMembers}</p>
        )}
      </section>

      <section className={classes.section} aria-labelledby={`${idPrefix}-services`}>
        <h4 id={`${idPrefix}-services`} className={classes.sectionHeading}>
          {strings.ServicesHeading}
        </h4>
        {props.defaultServices && sheet.services.length > 0 ? <p className={classes.muted}>{strings.ServicesDefaultNote}</p> : null}
        {sheet.services.length > 0 ? (
          <ul className={classes.cards}>
            {sheet.services.map((answer) => (
              <ServiceCard
                key={answer.service.id}
                answer={answer}
                classes={classes}
                raiseEnquiryHref={
                  answer.service.takesEnquiries && props.enquiriesPageUrl
                    ? enquiriesHref(props.enquiriesPageUrl, { serviceId: answer.service.id, wardId: sheet.ward.id })
                    : undefined
                }
              />
            ))}
          </ul>
        ) : (
          <p className={classes.plain}>{strings.NoServices}</p>
        )}
      </section>

      <section className={classes.section} aria-labelledby={`${idPrefix}-briefing`}>
        <h4 id={`${idPrefix}-briefing`} className={classes.sectionHeading}>
          {formatText(strings.BriefingHeading, sheet.ward.name)}
        </h4>
        {props.weekLine ? <p className={classes.muted}>{props.weekLine}</p> : null}
        {props.briefingState === 'unavailable' ? (
          props.briefingFallback
        ) : props.briefingState === 'none' ? (
          <p className={classes.plain}>{strings.NoBriefing}</p>
        ) : sheet.briefingItems.length === 0 ? (
          <p className={classes.plain}>{strings.NoBriefingItems}</p>
        ) : (
          <ul className={classes.items}>
            {sheet.briefingItems.map(({ item, affectsAllWards }) => {
              const contactEmail = plainEmailAddress(item.contactOfficer?.email);
              return (
                <li key={item.id}>
                  <span className={classes.itemTitle}>{item.title}</span>{' '}
                  ({[item.category, affectsAllWards ? strings.AllWardsLabel : strings.ThisWardLabel, item.isConfidential ? strings.ConfidentialLabel : undefined].filter(Boolean).join(', ')})
                  {item.service ? <p className={classes.plain}>{formatText(strings.ItemServiceLine, item.service.name)}</p> : null}
                  {item.contactOfficer ? (
                    <p className={classes.plain}>
                      {formatText(strings.ItemContactLine, '')}
                      {contactEmail ? (
                        <Link className={classes.link} href={mailtoHref(contactEmail)}>
                          {item.contactOfficer.name}
                        </Link>
                      ) : (
                        item.contactOfficer.name
                      )}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
