/**
 * Test oracle: decides whether a stored item matches a view's `<Where>` as read from the XML,
 * for the CAML the views use (Eq, Neq, Lt, Leq, Gt, Geq, IsNull, IsNotNull, And, Or; Boolean,
 * Text and DateTime values, `<Today OffsetDays>`). Date-only columns compare as calendar dates,
 * as SharePoint compares them in the site's time zone. Anything else throws.
 */
import type { StoredValue } from '../../../tools/emulator/siteData';
import { calendarDateOfStored } from '../../../src/schema/dateOnlyColumns';
import { addDays, CalendarDate } from '../../../src/schema/ukDates';

type Fields = Readonly<Record<string, StoredValue>>;

function childElements(element: Element): Element[] {
  return Array.from(element.children);
}

function isEmpty(value: StoredValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function comparable(valueElement: Element, stored: StoredValue | undefined, today: CalendarDate): [string | number | boolean, string | number | boolean] | undefined {
  const type = valueElement.getAttribute('Type');
  switch (type) {
    case 'Boolean':
      return [stored === true, valueElement.textContent === '1'];
    case 'Text':
      return typeof stored === 'string' ? [stored, valueElement.textContent ?? ''] : undefined;
    case 'DateTime': {
      const date = calendarDateOfStored(stored);
      const [token] = childElements(valueElement);
      if (token?.tagName !== 'Today') throw new Error('Only <Today> date values are supported');
      return date === undefined ? undefined : [date, addDays(today, Number(token.getAttribute('OffsetDays') ?? '0'))];
    }
    default:
      throw new Error(`Unsupported <Value Type="${type ?? ''}">`);
  }
}

/** True when the item matches the condition element (a child of <Where>). */
export function matchesCondition(condition: Element, fields: Fields, today: CalendarDate): boolean {
  const [first, second] = childElements(condition);
  switch (condition.tagName) {
    case 'And':
      return matchesCondition(first, fields, today) && matchesCondition(second, fields, today);
    case 'Or':
      return matchesCondition(first, fields, today) || matchesCondition(second, fields, today);
  }
  const stored = fields[first.getAttribute('Name') ?? ''];
  if (condition.tagName === 'IsNull') return isEmpty(stored);
  if (condition.tagName === 'IsNotNull') return !isEmpty(stored);
  const pair = comparable(second, stored, today);
  // SharePoint leaves out items whose column is empty from every comparison.
  if (pair === undefined || isEmpty(stored)) return false;
  const [left, right] = pair;
  switch (condition.tagName) {
    case 'Eq':
      return left === right;
    case 'Neq':
      return left !== right;
    case 'Lt':
      return left < right;
    case 'Leq':
      return left <= right;
    case 'Gt':
      return left > right;
    case 'Geq':
      return left >= right;
    default:
      throw new Error(`Unsupported CAML condition <${condition.tagName}>`);
  }
}
