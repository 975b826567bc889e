import { plainEmailAddress } from '../schema/emailAddress';
import type { IOfficer, IOfficerProfile, IService } from './Officer';
import { withoutUnsafeCharacters } from './unsafeCharacters';

export type VCardVersion = '3.0' | '4.0';

export interface IVCardOptions {
  /** The council's name, first part of ORG (then the service and team). */
  readonly council?: string;
  /** 3.0 (the default) is what Outlook and iOS read most reliably; 4.0 is RFC 6350. */
  readonly version?: VCardVersion;
}

const CRLF = '\r\n';
/** RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** Words that belong to the surname that follows them: "ap Rhys", "van der Berg", "Ó Dónaill". */
const SURNAME_PARTICLES = new Set(['ap', 'ab', 'ferch', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'dos', 'van', 'von', 'le', 'la', 'ó', 'ní', 'nic', 'mac', 'st', 'st.']);

/** Text value escaping (RFC 6350 §3.4, the same in RFC 2426): backslash, comma, semicolon, new line. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8 (never inside a character), continuing with CRLF + space. */
export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of Array.from(line)) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Given names and surname from a display name; particles stay with the surname. */
export function splitName(name: string): { readonly given: string; readonly family: string } {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length <= 1) return { given: '', family: words.join('') };
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has(words[start - 1].toLocaleLowerCase('en-GB'))) start--;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
}

/**
 * A value of the card: every field the card carries is one line, so controls, line breaks and
 * separators and bidi controls are removed before escaping (no value can reach a line of its own,
 * or show reversed in a contacts app).
 */
export function vCardText(value: string): string {
  return escapeVCardText(withoutUnsafeCharacters(value));
}

/**
 * "Add to contacts": the officer as a vCard (3.0 by default, or 4.0), with CRLF line endings,
 * escaped values and folded long lines. FN, N, TITLE, ORG (council; service; team), EMAIL, TEL.
 */
export function officerVCard(officer: IOfficerProfile, service?: IService, options: IVCardOptions = {}): string {
  const version = options.version ?? '3.0';
  const { given, family } = splitName(officer.name);
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`, `FN:${vCardText(officer.name)}`];
  lines.push(`N:${[family, given, '', '', ''].map(vCardText).join(';')}`);
  if (officer.jobTitle) lines.push(`TITLE:${vCardText(officer.jobTitle)}`);
  const organisation = [options.council, service?.name, officer.team].filter((part): part is string => Boolean(part && withoutUnsafeCharacters(part).trim()));
  if (organisation.length > 0) lines.push(`ORG:${organisation.map(vCardText).join(';')}`);
  const email = plainEmailAddress(officer.email);
  if (email) lines.push(`${version === '3.0' ? 'EMAIL;TYPE=INTERNET,WORK' : 'EMAIL;TYPE=work'}:${vCardText(email)}`);
  if (officer.phone) lines.push(`${version === '3.0' ? 'TEL;TYPE=WORK,VOICE' : 'TEL;TYPE="work,voice"'}:${vCardText(officer.phone)}`);
  lines.push('END:VCARD');
  return lines.map(foldVCardLine).join(CRLF) + CRLF;
}

/** A file name for the download: the officer's name without characters file systems refuse, controls or bidi controls. */
export function vCardFileName(officer: Pick<IOfficer, 'name'>): string {
  const safe = withoutUnsafeCharacters(officer.name)
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return `${safe === '' ? 'contact' : safe}.vcf`;
}
