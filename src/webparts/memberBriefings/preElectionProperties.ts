import type { IPreElectionPeriod } from '../../model/preElectionPeriod';
import { isCalendarDate, type CalendarDate } from '../../model/ukDates';

/** "07/05/2026" (how UK editors write dates) or "2026-05-07"; undefined for anything else, including impossible dates. */
export function parseEditorDate(value: string | undefined): CalendarDate | undefined {
  const text = value?.trim() ?? '';
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const date = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
  return isCalendarDate(date) ? date : undefined;
}

/** The period the editor set, or undefined when either end is missing or unreadable. */
export function preElectionPeriodFrom(start: string | undefined, end: string | undefined): IPreElectionPeriod | undefined {
  const from = parseEditorDate(start);
  const to = parseEditorDate(end);
  return from && to ? { from, to } : undefined;
}
