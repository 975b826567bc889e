/**
 * What a council saves for enquiry targets (the settings list holding it belongs to the enquiry
 * lists): its nation, its targets and its closure days. Only this module turns the saved shape
 * into the working calendar the arithmetic uses.
 */
import type { CalendarDate } from '../../schema/ukDates';
import type { IEnquiryTargets } from './enquiryTargets';
import { enquiryTargetsFrom } from './enquiryTargets';
import type { UkNation } from './ukNation';
import { IWorkingCalendar, workingCalendar } from './workingCalendar';

/** A day the council's offices close besides bank holidays, e.g. { date: '2026-12-29', title: 'Christmas closure' }. */
export interface IClosureDay {
  readonly date: CalendarDate;
  /** For the admin's list only; the arithmetic reads the date. */
  readonly title: string;
}

export interface IEnquiryCalendarSettings {
  readonly nation: UkNation;
  /** Missing targets take the defaults (1 and 10 working days). */
  readonly targets?: Partial<IEnquiryTargets>;
  readonly closureDays: readonly IClosureDay[];
}

export interface IEnquiryRules {
  readonly targets: IEnquiryTargets;
  readonly calendar: IWorkingCalendar;
}

/** The council's targets and working calendar; throws RangeError on targets or dates it cannot use. */
export function enquiryRulesFrom(settings: IEnquiryCalendarSettings): IEnquiryRules {
  return {
    targets: enquiryTargetsFrom(settings.targets),
    calendar: workingCalendar(settings.nation, settings.closureDays.map((closure) => closure.date))
  };
}
