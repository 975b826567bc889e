import * as strings from 'WardContactsWebPartStrings';
import { officerVCard, vCardFileName } from '../../../model/officerVCard';
import { memberVCard } from '../../../model/memberVCard';
import { withoutUnsafeCharacters } from '../../../model/unsafeCharacters';
import { plainEmailAddress } from '../../../schema/emailAddress';
import type { IWardContactSheet } from '../../../model/wardContactSheet';
import { formatText } from '../../../ui/formatText';
import { richTextPlainText } from '../../../ui/richTextPlainText';

/** One line of the copied text (its indent kept): no line breaks, controls or bidi overrides from the lists. */
function line(text: string): string {
  return withoutUnsafeCharacters(text).trimEnd();
}

/**
 * "Copy all": the sheet as plain text in the order it is shown (councillors, services, this week's
 * items), then the link to it, for pasting into an email or a note.
 */
export function wardSheetText(sheet: IWardContactSheet, link: string): string {
  const lines: string[] = [line(formatText(strings.SheetHeading, sheet.ward.name)), ''];
  lines.push(formatText(strings.MembersHeading, sheet.members.length));
  if (sheet.members.length === 0) lines.push(strings.NoMembers);
  for (const { member, party, group, roles } of sheet.members) {
    lines.push(line([member.displayName, party?.name ?? strings.NoParty].join(' — ')));
    if (group) lines.push(line(`  ${formatText(strings.GroupLine, group.name)}`));
    if (roles.length > 0) lines.push(line(`  ${formatText(strings.RolesLine, roles.join('; '))}`));
    const email = plainEmailAddress(member.email);
    if (email) lines.push(`  ${formatText(strings.EmailLine, email)}`);
    const phone = member.workPhone ?? member.mobilePhone ?? member.publicPhone;
    if (phone) lines.push(line(`  ${formatText(strings.PhoneLine, phone)}`));
  }
  lines.push('', strings.ServicesHeading);
  if (sheet.services.length === 0) lines.push(strings.NoServices);
  for (const { service, liaisonOfficers } of sheet.services) {
    lines.push(line(service.name));
    for (const officer of liaisonOfficers) {
      const email = plainEmailAddress(officer.email);
      lines.push(line(`  ${strings.LiaisonOfficersHeading}: ${officer.name}${officer.jobTitle ? `, ${officer.jobTitle}` : ''}${email ? ` <${email}>` : ''}`));
    }
    const guidance = richTextPlainText(service.howToContactHtml);
    if (guidance) lines.push(line(`  ${strings.HowToContactHeading}: ${guidance}`));
    const email = plainEmailAddress(service.email);
    if (email) lines.push(`  ${formatText(strings.EmailLine, email)}`);
    if (service.phone) lines.push(line(`  ${formatText(strings.PhoneLine, service.phone)}`));
  }
  lines.push('', formatText(strings.BriefingHeading, sheet.ward.name));
  if (sheet.briefingItems.length === 0) lines.push(strings.NoBriefingItems);
  for (const { item, affectsAllWards } of sheet.briefingItems) {
    const labels = [item.category, affectsAllWards ? strings.AllWardsLabel : strings.ThisWardLabel, item.isConfidential ? strings.ConfidentialLabel : undefined];
    lines.push(line(`- ${item.title} (${labels.filter(Boolean).join(', ')})`));
  }
  lines.push('', formatText(strings.SheetLinkLine, link));
  return lines.join('\n');
}

/** "Add everyone to contacts": the ward's councillors, then each service's liaison officers (each once), in one file. */
export function wardSheetVCards(sheet: IWardContactSheet, council: string | undefined): string {
  const cards = sheet.members.map(({ member }) => memberVCard(member, { council, title: formatText(strings.VCardTitle, sheet.ward.name) }));
  const seen = new Set<number>();
  for (const { service, liaisonOfficers } of sheet.services) {
    for (const officer of liaisonOfficers) {
      if (seen.has(officer.id)) continue;
      seen.add(officer.id);
      cards.push(officerVCard(officer, service, { council }));
    }
  }
  return cards.join('');
}

export function wardSheetVCardFileName(wardName: string): string {
  return vCardFileName({ name: formatText(strings.VCardFileName, wardName) });
}
