/** A plain object: not null (each cache then checks the fields it reads). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A copy kept in the browser, parsed: the object it holds, or undefined when there is none or it is
 * not JSON of an object (corrupt, cut short, written by something else). Each cache then checks the
 * shape it needs and ignores anything else.
 */
export function parseStoredRecord(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
