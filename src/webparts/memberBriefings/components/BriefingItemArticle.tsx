import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { ApprovalStatus } from '../../../model/Briefing';
import { mailtoHref, teamsChatHref } from '../../../model/orderContactActions';
import type { IPlacedBriefingItem } from '../../../model/orderBriefingItems';
import type { CalendarDate } from '../../../schema/ukDates';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { LazySanitisedHtml } from '../../../ui/LazySanitisedHtml';
import { richTextLink } from '../../../ui/richTextLink';
import { focusRing, minimumTarget } from '../../../ui/styles';
import { hiddenInPrint } from './printStyles';
import type { IItemLinking } from './itemLinking';
import type { IWardTerms } from './wardTerms';
import { AcknowledgeControl } from './ReceiptControls';
import { categoryLabel } from '../categoryLabel';
import { briefingItemLanguages } from '../../../model/briefingItemLanguages';
import { uiLocale } from '../../../model/uiLocale';
import { Button, LinkButton } from '../../../ui/controls/Button';

export interface IBriefingItemArticleProps {
  entry: IPlacedBriefingItem;
  week: CalendarDate;
  /** Unique on the page, so a deep link can find and focus the item. */
  elementId: string;
  terms: IWardTerms;
  linking: IItemLinking;
}

const APPROVAL_TEXT: Readonly<Record<Exclude<ApprovalStatus, 'approved'>, string>> = {
  pending: strings.ApprovalPending,
  draft: strings.ApprovalDraft,
  rejected: strings.ApprovalRejected
};

/** One set of classes per theme, shared by every instance (not serialised again per instance or per render). */
const articleClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    article: {
      padding: '12px 16px',
      border: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
      borderRadius: 4,
      background: theme.semanticColors.bodyBackground,
      ':focus': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 }
    },
    heading: { margin: '0 0 8px', fontSize: 16, fontWeight: 600 },
    language: [{ margin: '0 0 8px' }, hiddenInPrint],
    label: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      margin: '0 0 8px',
      padding: '2px 8px',
      border: `2px solid ${theme.semanticColors.errorText}`,
      borderRadius: 2,
      fontWeight: 600
    },
    labelText: { display: 'block' },
    advice: { display: 'block', fontWeight: 400 },
    approval: { margin: '0 0 8px', fontStyle: 'italic' },
    facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '0 0 8px' },
    term: { fontWeight: 600 },
    detail: { margin: 0 },
    body: { selectors: { a: richTextLink(theme), 'p:first-child': { marginTop: 0 } } },
    actions: [{ listStyle: 'none', margin: '8px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }, hiddenInPrint],
    action: { ...minimumTarget, ...focusRing(theme) },
    status: [{ margin: '4px 0 0', wordBreak: 'break-all' }, hiddenInPrint]
  })
);

/** One briefing item as an article: headline, labels in words, the sanitised text and who to contact. */
export function BriefingItemArticle(props: IBriefingItemArticleProps): JSX.Element {
  const classes = articleClasses(useTheme());
  const { entry, week, linking } = props;
  const { item } = entry;
  const headingId = `${props.elementId}-heading`;
  const noticeId = `${props.elementId}-confidential`;
  // A confidential item is for the reader alone (protocol §§37–41): nothing offers to pass it on.
  // Writing to its contact officer stays: that is how a member asks before disclosing anything,
  // and the mail carries no part of the item.
  const mayPassOn = !item.isConfidential;
  const [copyStatus, setCopyStatus] = React.useState('');
  const officer = item.contactOfficer;
  const languages = briefingItemLanguages(item, uiLocale());
  const [showOther, setShowOther] = React.useState(false);
  const shown = showOther && languages.other ? languages.other : languages.first;
  const offered = shown === languages.first ? languages.other : languages.first;

  const copyLink = (): void => {
    const link = linking.linkTo(item.id, week);
    copyText(link).then(
      (copied) => setCopyStatus(copied ? strings.LinkCopied : formatText(strings.LinkCopyFailed, link)),
      () => setCopyStatus(formatText(strings.LinkCopyFailed, link))
    );
  };

  return (
    <article
      id={props.elementId}
      className={classes.article}
      aria-labelledby={headingId}
      aria-describedby={item.isConfidential ? noticeId : undefined}
      tabIndex={-1}
    >
      <h5 id={headingId} className={classes.heading} lang={shown.lang}>
        {shown.title}
      </h5>
      {offered ? (
        <p className={classes.language}>
          <Button
            variant="subtle"
            className={classes.action}
            iconName="LocaleLanguage"
            lang={offered.lang}
            text={offered.lang === 'cy' ? strings.ReadInWelsh : strings.ReadInEnglish}
            onClick={() => setShowOther((other) => !other)}
          />
        </p>
      ) : null}
      {item.isConfidential ? (
        <p id={noticeId} className={classes.label}>
          <Icon iconName="Lock" aria-hidden />
          <span>
            <strong className={classes.labelText}>{strings.ConfidentialLabel}</strong>
            <span className={classes.advice}>{strings.ConfidentialAdvice}</span>
          </span>
        </p>
      ) : null}
      {item.approval && item.approval !== 'approved' ? <p className={classes.approval}>{APPROVAL_TEXT[item.approval]}</p> : null}
      <dl className={classes.facts}>
        <dt className={classes.term}>{strings.CategoryLabel}</dt>
        <dd className={classes.detail}>{categoryLabel(item.category)}</dd>
        {item.service ? (
          <>
            <dt className={classes.term}>{strings.ServiceLabel}</dt>
            <dd className={classes.detail}>{item.service.name}</dd>
          </>
        ) : null}
        <dt className={classes.term}>{props.terms.plural}</dt>
        <dd className={classes.detail}>{entry.affectsAllWards ? props.terms.all : item.wards.map((ward) => ward.name).join(', ')}</dd>
        {officer ? (
          <>
            <dt className={classes.term}>{strings.ContactOfficerLabel}</dt>
            <dd className={classes.detail}>{officer.name}</dd>
          </>
        ) : null}
      </dl>
      <LazySanitisedHtml className={classes.body} html={shown.bodyHtml} lang={shown.lang} />
      {item.needsAcknowledgement ? <AcknowledgeControl itemId={item.id} title={shown.title} /> : null}
      {officer?.email || mayPassOn ? (
      <ul className={classes.actions} aria-label={formatText(strings.ItemActionsLabel, shown.title)}>
        {officer?.email ? (
          <>
            <li>
              <LinkButton
                className={classes.action}
                iconName="Mail"
                text={formatText(strings.EmailOfficer, officer.name)}
                href={mailtoHref(officer.email)}
              />
            </li>
            <li>
              <LinkButton
                className={classes.action}
                iconName="TeamsLogo"
                text={formatText(strings.ChatWithOfficer, officer.name)}
                href={teamsChatHref(officer.email)}
                target="_blank"
                rel="noopener noreferrer"
              />
            </li>
          </>
        ) : null}
        {mayPassOn ? (
          <li>
            <Button variant="subtle" className={classes.action} iconName="Link" text={strings.CopyLink} onClick={copyLink} />
          </li>
        ) : null}
        {mayPassOn && linking.canShare ? (
          <li>
            <Button
              variant="subtle"
              className={classes.action}
              iconName="Share"
              text={strings.ShareInTeams}
              onClick={() => {
                if (!linking.share(item.id, week, shown.title)) copyLink();
              }}
            />
          </li>
        ) : null}
      </ul>
      ) : null}
      <p className={classes.status} role="status">
        {copyStatus}
      </p>
    </article>
  );
}
