import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import type { IEnquiry } from '../../../data/IEnquiryRepository';
import type { IEnquiryService } from '../../../data/IServiceEnquiriesRepository';
import { reopenWindowEnd } from '../../../model/enquiries/enquiryReopenWindow';
import { ukDateAt } from '../../../model/enquiries/ukDayBoundary';
import type { IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { formatText } from '../../../ui/formatText';
import { focusRing, minimumTarget, wrapsLongWords } from '../../../ui/styles';
import { EmptyState } from '../../../ui/states/EmptyState';
import { enquiryDueState, type EnquiryDueState } from './enquiryDueState';
import { dayText, dueText, statusLabel } from './enquiryText';

export interface IEnquiryQueueProps {
  /** The service whose queue it is, or undefined for Democratic Services' "All services": each row then names its service. */
  readonly service: IEnquiryService | undefined;
  /** Open enquiries, due date first (as the repository reads them). */
  readonly open: readonly IEnquiry[];
  readonly recentlyClosed: readonly IEnquiry[];
  readonly calendar: IWorkingCalendar;
  readonly now: () => Date;
  readonly onOpen: (enquiryId: number) => void;
  /** The enquiry whose subject takes focus when the queue shows again (after "Back to the queue"). */
  readonly focusEnquiryId: React.MutableRefObject<number | undefined>;
}

function useClasses() {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyleSets({
        heading: { margin: '8px 0 0', fontSize: 20, fontWeight: 600 },
        summary: { margin: 0 },
        table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'start', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, ...wrapsLongWords } } },
        caption: { textAlign: 'start', padding: '4px 0', color: theme.semanticColors.bodySubtext },
        subject: { ...minimumTarget, ...focusRing(theme), textAlign: 'start', fontWeight: 600 },
        // Overdue is said in words; the bold and the error colour only repeat it.
        overdue: { fontWeight: 600, color: theme.semanticColors.errorText },
        scroll: { overflowX: 'auto' }
      }),
    [theme]
  );
}

/** Up and Down move between the subjects of the table, as in a list; Tab still moves through every control. */
function moveBetweenSubjects(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const table = event.currentTarget.closest('table');
  if (!table) return;
  const subjects = Array.from(table.querySelectorAll<HTMLElement>('[data-enquiry-subject]'));
  const index = subjects.indexOf(event.currentTarget);
  const next = subjects[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

interface IQueueRow {
  readonly enquiry: IEnquiry;
  readonly due: EnquiryDueState;
}

/** The service's open enquiries as a table, due date first, and those closed recently (which can be reopened). */
export function EnquiryQueue(props: IEnquiryQueueProps): JSX.Element {
  const classes = useClasses();
  const { calendar, focusEnquiryId } = props;
  const today = ukDateAt(props.now());
  const rows: IQueueRow[] = props.open.map((enquiry) => ({ enquiry, due: enquiryDueState(enquiry, today, calendar) }));
  const count = (kind: EnquiryDueState['kind']): number => rows.filter((row) => row.due.kind === kind).length;
  const tableRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    const id = focusEnquiryId.current;
    if (id === undefined) return;
    focusEnquiryId.current = undefined;
    tableRef.current?.querySelector<HTMLElement>(`[data-enquiry-subject="${id}"]`)?.focus();
  }, [focusEnquiryId]);

  const allServices = props.service === undefined;
  const serviceCell = (enquiry: IEnquiry): JSX.Element | null => (allServices ? <td>{enquiry.serviceTitle ?? strings.NotRecorded}</td> : null);
  const serviceHeader = allServices ? <th scope="col">{strings.ColumnService}</th> : null;

  const subjectLink = (enquiry: IEnquiry): JSX.Element => (
    <Link className={classes.subject} data-enquiry-subject={enquiry.id} onClick={() => props.onOpen(enquiry.id)} onKeyDown={moveBetweenSubjects}>
      {enquiry.subject}
    </Link>
  );

  return (
    <div ref={tableRef}>
      <h3 className={classes.heading}>{props.service ? formatText(strings.QueueHeading, props.service.title) : strings.QueueHeadingAllServices}</h3>
      {rows.length === 0 ? (
        <EmptyState
          heading={strings.QueueEmptyHeading}
          message={props.service ? formatText(strings.QueueEmptyMessage, props.service.title) : strings.QueueEmptyMessageAllServices}
        />
      ) : (
        <>
          <p className={classes.summary}>{formatText(strings.QueueSummary, rows.length, count('overdue'), count('today'), count('thisWeek'))}</p>
          <div className={classes.scroll}>
            <table className={classes.table}>
              <caption className={classes.caption}>{strings.QueueCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.ColumnSubject}</th>
                  {serviceHeader}
                  <th scope="col">{strings.ColumnMember}</th>
                  <th scope="col">{strings.ColumnWard}</th>
                  <th scope="col">{strings.ColumnReceived}</th>
                  <th scope="col">{strings.ColumnDue}</th>
                  <th scope="col">{strings.ColumnStatus}</th>
                  <th scope="col">{strings.ColumnAssigned}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ enquiry, due }) => (
                  <tr key={enquiry.id} data-testid="queue-row">
                    <td>{subjectLink(enquiry)}</td>
                    {serviceCell(enquiry)}
                    <td>{enquiry.memberName ?? strings.NotRecorded}</td>
                    <td>{enquiry.wardTitle ?? strings.NotRecorded}</td>
                    <td>{dayText(enquiry.received)}</td>
                    <td className={due.kind === 'overdue' ? classes.overdue : undefined}>{dueText(due)}</td>
                    <td>{statusLabel(enquiry.status)}</td>
                    <td>{enquiry.assignedOfficerName ?? strings.Unassigned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3 className={classes.heading}>{strings.RecentlyClosedHeading}</h3>
      <p className={classes.summary}>{strings.RecentlyClosedIntro}</p>
      {props.recentlyClosed.length === 0 ? (
        <p className={classes.summary}>{strings.RecentlyClosedEmpty}</p>
      ) : (
        <div className={classes.scroll}>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{strings.ColumnSubject}</th>
                {serviceHeader}
                <th scope="col">{strings.ColumnMember}</th>
                <th scope="col">{strings.ColumnStatus}</th>
              </tr>
            </thead>
            <tbody>
              {props.recentlyClosed.map((enquiry) => (
                <tr key={enquiry.id} data-testid="closed-row">
                  <td>{subjectLink(enquiry)}</td>
                  {serviceCell(enquiry)}
                  <td>{enquiry.memberName ?? strings.NotRecorded}</td>
                  <td>
                    {enquiry.closed
                      ? formatText(strings.ReopenUntil, dayText(enquiry.closed), dayText(new Date(reopenWindowEnd(enquiry.closed, calendar).getTime() - 1)))
                      : statusLabel(enquiry.status)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
