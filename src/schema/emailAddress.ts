/**
 * Exactly one plain email address: what an email column may hold, and what the product puts in a
 * mailto: link, a "copy all addresses" list or a vCard. The column's validation rule
 * (src/schema/validation.ts) is built from the same facts, as a SharePoint formula.
 *
 * One @ that is not the first character; a domain that does not start with a dot but has one
 * later, and does not end with one; and none of the characters that would let a value name more
 * than one recipient or anything else (white space and line breaks, separators, display-name and
 * group syntax, a mailto query). Deliberately simple: it accepts any ordinary address. (Kept to
 * these characters so the SharePoint formula, one FIND per character, stays within its 1,024.)
 */
export const NOT_IN_A_PLAIN_ADDRESS: readonly string[] = [' ', '\t', '\n', '\r', ',', ';', '<', '>', '"', ':', '?'];

/** True when `value` (not trimmed) is one plain address; blank is not. */
export function isPlainEmailAddress(value: string): boolean {
  const at = value.indexOf('@');
  return (
    at > 0 &&
    value.indexOf('@', at + 1) === -1 &&
    value.charAt(at + 1) !== '.' &&
    value.indexOf('.', at + 2) !== -1 &&
    !value.endsWith('.') &&
    !NOT_IN_A_PLAIN_ADDRESS.some((character) => value.includes(character))
  );
}

/** The address trimmed, when it is one plain address; otherwise undefined (left out, never guessed at). */
export function plainEmailAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && isPlainEmailAddress(trimmed) ? trimmed : undefined;
}
