import * as React from 'react';
import * as common from 'CommonStrings';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { ICoverageRepository, IWeekCoverageData } from '../../../data/CoverageRepository';
import type { IBriefing } from '../../../model/Briefing';
import { briefingCoverage, ICoverageCount } from '../../../model/briefingCoverage';
import { mailtoForMembers } from '../../../model/mailtoForMembers';
import { describeDataError } from '../../../ui/describeDataError';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { LoadingState } from '../../../ui/states/LoadingState';
import { useHealthClasses } from './healthStyles';
import { Button } from '../../../ui/controls/Button';
import { Select } from '../../../ui/controls/Select';

export interface IBriefingCoverageSectionProps {
  repository: ICoverageRepository;
  listsSiteUrl: string;
}

type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly message: string };

/** Reminder to everyone counted as not done, in To: (never Bcc), split where mail clients need it. */
function Reminder(props: { count: ICoverageCount; label: string; labelOne: string }): JSX.Element | null {
  const classes = useHealthClasses();
  const mailOut = mailtoForMembers(props.count.notDone.map((entry) => entry.member));
  if (mailOut.addresses.length === 0) return null;
  return (
    <p className={classes.paragraph}>
      {mailOut.messages.map((message, index) => {
        const label = message.addresses.length === 1 ? props.labelOne : formatText(props.label, String(message.addresses.length));
        return (
          <a key={message.href} className={classes.link} href={message.href}>
            {mailOut.messages.length === 1 ? label : formatText(strings.BriefingCoverageReminderPart, label, String(index + 1), String(mailOut.messages.length))}
          </a>
        );
      })}
    </p>
  );
}

function CountTable(props: { caption: string; nameHeader: string; counts: readonly ICoverageCount[] }): JSX.Element {
  const classes = useHealthClasses();
  return (
    <div className={classes.tableScroll} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={classes.table}>
        <caption className={classes.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.headerCell}>{props.nameHeader}</th>
            <th scope="col" className={classes.numberHeaderCell}>{strings.BriefingCoverageReadHeader}</th>
            <th scope="col" className={classes.headerCell}>{strings.BriefingCoverageNotReadHeader}</th>
          </tr>
        </thead>
        <tbody>
          {props.counts.map((count) => (
            <tr key={count.name}>
              <th scope="row" className={classes.cell}>{count.name || strings.BriefingCoverageNone}</th>
              <td className={classes.numberCell}>{formatText(strings.BriefingCoverageOf, String(count.done), String(count.total))}</td>
              <td className={classes.cell}>{count.notDone.map((entry) => entry.member.displayName).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Democratic Services' view of who has read each weekly briefing and acknowledged the items that
 * ask for it, by ward and political group, with a reminder to those who have not. Only site
 * owners can read every member's receipts; the intro says so.
 */
export function BriefingCoverageSection(props: IBriefingCoverageSectionProps): JSX.Element {
  const classes = useHealthClasses();
  const { repository, listsSiteUrl } = props;
  const [briefings, setBriefings] = React.useState<Loaded<readonly IBriefing[]>>({ status: 'loading' });
  const [chosen, setChosen] = React.useState<number | undefined>(undefined);
  const [week, setWeek] = React.useState<Loaded<IWeekCoverageData>>({ status: 'loading' });
  const [reloads, setReloads] = React.useState(0);
  const failed = React.useCallback((error: unknown): string => describeDataError(error, listsSiteUrl, common).message, [listsSiteUrl]);

  React.useEffect(() => {
    let live = true;
    repository.recentBriefings().then(
      (value) => {
        if (!live) return;
        setBriefings({ status: 'ready', value });
        setChosen((current) => current ?? value[0]?.id);
      },
      (error: unknown) => live && setBriefings({ status: 'error', message: failed(error) })
    );
    return (): void => {
      live = false;
    };
  }, [repository, failed]);

  React.useEffect(() => {
    if (chosen === undefined) return undefined;
    let live = true;
    setWeek({ status: 'loading' });
    repository.week(chosen).then(
      (value) => live && setWeek({ status: 'ready', value }),
      (error: unknown) => live && setWeek({ status: 'error', message: failed(error) })
    );
    return (): void => {
      live = false;
    };
  }, [repository, chosen, reloads, failed]);

  const coverage = React.useMemo(
    () => (week.status === 'ready' ? briefingCoverage(week.value.members, week.value.receipts, week.value.itemsAsking) : undefined),
    [week]
  );
  const briefing = briefings.status === 'ready' ? briefings.value.find((candidate) => candidate.id === chosen) : undefined;

  let body: JSX.Element | null = null;
  if (briefings.status === 'error') body = <p className={classes.paragraph}>{briefings.message}</p>;
  else if (briefings.status === 'ready' && briefings.value.length === 0) body = <p className={classes.paragraph}>{strings.BriefingCoverageNoBriefings}</p>;
  else if (week.status === 'error') body = <p className={classes.paragraph}>{week.message}</p>;
  else if (!coverage || briefings.status !== 'ready') body = <LoadingState label={strings.BriefingCoverageLoading} />;
  else {
    body = (
      <>
        <p className={classes.paragraph}>{formatText(strings.BriefingCoverageReadSummary, String(coverage.read.done), String(coverage.read.total))}</p>
        <Reminder count={coverage.read} label={strings.BriefingCoverageRemindNotRead} labelOne={strings.BriefingCoverageRemindNotReadOne} />
        <CountTable caption={strings.BriefingCoverageByWard} nameHeader={strings.BriefingCoverageWardHeader} counts={coverage.byWard} />
        <CountTable caption={strings.BriefingCoverageByGroup} nameHeader={strings.BriefingCoverageGroupHeader} counts={coverage.byGroup} />
        {coverage.items.length === 0 ? <p className={classes.paragraph}>{strings.BriefingCoverageNoItemsAsking}</p> : null}
        {coverage.items.map((item) => (
          <div key={item.itemId}>
            <h4 className={classes.groupHeading}>{formatText(strings.BriefingCoverageItemHeading, item.title)}</h4>
            <p className={classes.paragraph}>{formatText(strings.BriefingCoverageAcknowledgedSummary, String(item.acknowledged.done), String(item.acknowledged.total))}</p>
            {item.acknowledged.notDone.length > 0 ? (
              <p className={classes.paragraph}>
                {formatText(strings.BriefingCoverageNotAcknowledged, item.acknowledged.notDone.map((entry) => entry.member.displayName).join(', '))}
              </p>
            ) : null}
            <Reminder count={item.acknowledged} label={strings.BriefingCoverageRemindNotAcknowledged} labelOne={strings.BriefingCoverageRemindNotAcknowledgedOne} />
          </div>
        ))}
      </>
    );
  }

  const announcement = coverage && briefing ? formatText(strings.BriefingCoverageAnnouncement, briefing.title, String(coverage.read.done), String(coverage.read.total)) : '';
  return (
    <section className={classes.section} aria-labelledby="briefing-coverage-heading">
      <h3 id="briefing-coverage-heading" className={classes.sectionHeading}>
        {strings.BriefingCoverageHeading}
      </h3>
      <p className={classes.paragraph}>{strings.BriefingCoverageIntro}</p>
      {briefings.status === 'ready' && briefings.value.length > 0 ? (
        <div className={classes.paragraph}>
          <Select
            label={strings.BriefingCoverageBriefingLabel}
            selectedKey={chosen === undefined ? '' : String(chosen)}
            placeholder=""
            options={briefings.value.map((candidate) => ({ key: String(candidate.id), text: candidate.title }))}
            onChange={(key) => setChosen(key === '' ? undefined : Number(key))}
          />
          <Button text={strings.BriefingCoverageCheckAgain} iconName="Refresh" onClick={() => setReloads((count) => count + 1)} />
        </div>
      ) : null}
      {body}
      <LiveAnnouncement message={announcement} settleMs={100} />
    </section>
  );
}
