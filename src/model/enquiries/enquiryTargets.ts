/**
 * A council's enquiry targets in working days. "Acknowledge by the end of the next working day"
 * is 1; "respond within 10 working days" is 10. The day an enquiry arrives (UK time) is day 0,
 * whatever the hour and whether or not it is a working day.
 */
export interface IEnquiryTargets {
  readonly acknowledgeWorkingDays: number;
  readonly respondWorkingDays: number;
}

export const DEFAULT_ENQUIRY_TARGETS: IEnquiryTargets = { acknowledgeWorkingDays: 1, respondWorkingDays: 10 };

/** Why a council's targets cannot be used, or undefined when they can. */
export function enquiryTargetsProblem(targets: IEnquiryTargets): string | undefined {
  const whole = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 260;
  if (!whole(targets.acknowledgeWorkingDays)) return 'acknowledgeWorkingDays must be a whole number of working days from 1 to 260';
  if (!whole(targets.respondWorkingDays)) return 'respondWorkingDays must be a whole number of working days from 1 to 260';
  if (targets.respondWorkingDays < targets.acknowledgeWorkingDays) {
    return 'respondWorkingDays must not be fewer than acknowledgeWorkingDays';
  }
  return undefined;
}

/** A council's saved targets over the defaults; anything unusable is refused, not guessed. */
export function enquiryTargetsFrom(saved: Partial<IEnquiryTargets> = {}): IEnquiryTargets {
  const targets: IEnquiryTargets = {
    acknowledgeWorkingDays: saved.acknowledgeWorkingDays ?? DEFAULT_ENQUIRY_TARGETS.acknowledgeWorkingDays,
    respondWorkingDays: saved.respondWorkingDays ?? DEFAULT_ENQUIRY_TARGETS.respondWorkingDays
  };
  const problem = enquiryTargetsProblem(targets);
  if (problem !== undefined) throw new RangeError(problem);
  return targets;
}
