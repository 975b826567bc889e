import * as strings from 'ServiceEnquiriesWebPartStrings';
import type { EnquiryStatus, EnquiryUpdateKind, IEnquiry, IEnquiryChange } from '../../../data/IEnquiryRepository';
import type { IServiceOfficer } from '../../../data/IServiceEnquiriesRepository';
import { ukDateAt } from '../../../model/enquiries/ukDayBoundary';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { formatTime } from '../../../ui/formatTime';
import type { EnquiryDueState } from './enquiryDueState';

const STATUS_LABELS: Readonly<Record<EnquiryStatus, string>> = {
  Received: strings.StatusReceived,
  Acknowledged: strings.StatusAcknowledged,
  Responded: strings.StatusResponded,
  Closed: strings.StatusClosed,
  Reopened: strings.StatusReopened
};

const UPDATE_KIND_LABELS: Readonly<Record<EnquiryUpdateKind, string>> = {
  Update: strings.UpdateKindUpdate,
  Response: strings.UpdateKindResponse,
  'Member reply': strings.UpdateKindMemberReply
};

export const statusLabel = (status: EnquiryStatus): string => STATUS_LABELS[status];
export const updateKindLabel = (kind: EnquiryUpdateKind): string => UPDATE_KIND_LABELS[kind];

/** "4 Dec 2026": the UK date of an instant. */
export const dayText = (instant: Date): string => formatCalendarDate(ukDateAt(instant), 'medium');
/** "4 Dec 2026 at 10:15". */
export const dayAndTimeText = (instant: Date): string => formatText(strings.DateAtTime, dayText(instant), formatTime(instant));

/** The due column in words, so overdue never rests on colour alone. */
export function dueText(state: EnquiryDueState): string {
  if (state.kind === 'noDueDate') return strings.NoDueDate;
  const date = formatCalendarDate(state.due, 'medium');
  switch (state.kind) {
    case 'overdue':
      return formatText(strings.DueOverdue, date);
    case 'today':
      return formatText(strings.DueToday, date);
    case 'thisWeek':
      return formatText(strings.DueThisWeek, date);
    case 'answered':
      return formatText(strings.DueAnswered, date);
    default:
      return formatText(strings.DueLater, date);
  }
}

/** One line per field of a change, in the reader's words: what "mine" would set. */
export function changeLines(change: IEnquiryChange, officers: readonly IServiceOfficer[]): string[] {
  const officerName = (id: number | null | undefined): string =>
    id === null || id === undefined ? strings.Unassigned : officers.find((officer) => officer.userId === id)?.name ?? formatText(strings.OfficerNumber, id);
  const lines: string[] = [];
  if (change.status !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldStatus, statusLabel(change.status)));
  if (change.assignedOfficerId !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldAssigned, officerName(change.assignedOfficerId)));
  if (change.acknowledged !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldAcknowledged, dayAndTimeText(change.acknowledged)));
  if (change.responded !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldResponded, dayAndTimeText(change.responded)));
  if (change.closed !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldClosed, change.closed === null ? strings.NotSet : dayAndTimeText(change.closed)));
  if (change.due !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldDue, formatCalendarDate(change.due, 'medium')));
  if (change.serviceId !== undefined) lines.push(formatText(strings.ChangeTo, strings.FieldService, String(change.serviceId)));
  return lines;
}

/** What someone else changed between the version I had and the one there is now. */
export function differenceLines(before: IEnquiry, now: IEnquiry): string[] {
  const when = (date: Date | undefined): string => (date ? dayAndTimeText(date) : strings.NotSet);
  const fields: [string, string, string][] = [
    [strings.FieldStatus, statusLabel(before.status), statusLabel(now.status)],
    [strings.FieldAssigned, before.assignedOfficerName ?? strings.Unassigned, now.assignedOfficerName ?? strings.Unassigned],
    [strings.FieldAcknowledged, when(before.acknowledged), when(now.acknowledged)],
    [strings.FieldResponded, when(before.responded), when(now.responded)],
    [strings.FieldClosed, when(before.closed), when(now.closed)],
    [strings.FieldDue, before.due ? dayText(before.due) : strings.NotSet, now.due ? dayText(now.due) : strings.NotSet],
    [strings.FieldService, before.serviceTitle ?? String(before.serviceId), now.serviceTitle ?? String(now.serviceId)]
  ];
  return fields.filter(([, was, is]) => was !== is).map(([field, was, is]) => formatText(strings.ChangeFromTo, field, was, is));
}
