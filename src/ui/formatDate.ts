const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "6 May 2021": UK order, month in words so it cannot be misread. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}
