/**
 * The three bank-holiday calendars of the UK, named as GOV.UK's bank holidays API names its
 * divisions (https://www.gov.uk/bank-holidays.json): Wales shares England's calendar.
 */
export const UK_NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

export type UkNation = (typeof UK_NATIONS)[number];

export function isUkNation(value: string): value is UkNation {
  return (UK_NATIONS as readonly string[]).includes(value);
}
