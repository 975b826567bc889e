import { plainEmailAddress } from '../schema/emailAddress';
import type { IMember } from './Member';
import { foldVCardLine, IVCardOptions, splitName, vCardText } from './officerVCard';
import { withoutUnsafeCharacters } from './unsafeCharacters';

export interface IMemberVCardOptions extends IVCardOptions {
  /** What the card says the member is, e.g. "Councillor for Abbey ward" (localised by the caller). */
  readonly title?: string;
}

const CRLF = '\r\n';

/**
 * A councillor as a vCard, built like officerVCard (same escaping, folding and unsafe-character
 * removal): FN, N (the list's given name and surname when recorded), TITLE, ORG (the council),
 * EMAIL and the number orderContactActions offers to call. Only what the hub already shows.
 */
export function memberVCard(member: IMember, options: IMemberVCardOptions = {}): string {
  const version = options.version ?? '3.0';
  const split = splitName(member.displayName);
  const family = member.surname.trim() !== '' ? member.surname : split.family;
  const given = member.givenName ?? split.given;
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`, `FN:${vCardText(member.displayName)}`];
  lines.push(`N:${[family, given, '', '', ''].map(vCardText).join(';')}`);
  if (options.title && withoutUnsafeCharacters(options.title).trim()) lines.push(`TITLE:${vCardText(options.title)}`);
  if (options.council && withoutUnsafeCharacters(options.council).trim()) lines.push(`ORG:${vCardText(options.council)}`);
  const email = plainEmailAddress(member.email);
  if (email) lines.push(`${version === '3.0' ? 'EMAIL;TYPE=INTERNET,WORK' : 'EMAIL;TYPE=work'}:${vCardText(email)}`);
  const phone = member.workPhone ?? member.mobilePhone ?? member.publicPhone;
  if (phone && withoutUnsafeCharacters(phone).trim()) lines.push(`${version === '3.0' ? 'TEL;TYPE=WORK,VOICE' : 'TEL;TYPE="work,voice"'}:${vCardText(phone)}`);
  lines.push('END:VCARD');
  return lines.map(foldVCardLine).join(CRLF) + CRLF;
}
