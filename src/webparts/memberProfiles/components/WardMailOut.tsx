import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMemberDirectory } from '../../../model/Member';
import { membersForWards } from '../../../model/membersForWards';
import { mailtoForMembers } from '../../../model/mailtoForMembers';
import { sortMembers } from '../../../model/sortMembers';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { readableDropdownPlaceholder } from '../../../ui/styles';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { PartyLabel } from './PartyLabel';
import { ProfileLink } from './ProfileLink';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';

const classes = mergeStyleSets({
  // One column no wider than the web part: a long committee, ward or member name wraps inside it.
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, paddingTop: 12 },
  heading: { margin: 0, fontSize: 18, fontWeight: 600 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  recipients: { margin: 0, paddingLeft: 20, lineHeight: '28px' },
  p: { margin: 0 }
});

export interface IWardMailOutProps {
  directory: IMemberDirectory;
  lookups: IDirectoryRecords;
  wardIds: readonly number[];
  onWardsChange: (wardIds: number[]) => void;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
}

/** Pick wards, email their local councillors together: every address in To:, never Bcc (protocol §34). */
export function WardMailOut(props: IWardMailOutProps): JSX.Element {
  const { directory, wardIds } = props;
  const [copyStatus, setCopyStatus] = React.useState('');
  const headingId = React.useMemo(() => getId('ward-mail-out'), []);
  const recipients = sortMembers(membersForWards(directory.members, wardIds), 'surname', directory);
  const mail = mailtoForMembers(recipients);
  const options: IDropdownOption[] = directory.wards.map((ward) => ({
    key: ward.id,
    text: formatText(strings.OptionWithCount, ward.name, membersForWards(directory.members, [ward.id]).length)
  }));
  const countText = formatText(
    strings.MailOutCount,
    formatPlural(recipients.length, pluralForms(strings, 'Councillors')),
    formatPlural(wardIds.length, pluralForms(strings, 'Wards'))
  );

  const copyAll = (): void => {
    copyText(mail.copyAllText).then(
      (copied) => setCopyStatus(copied ? strings.Copied : strings.CopyFailed),
      () => setCopyStatus(strings.CopyFailed)
    );
  };

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {strings.MailOutHeading}
      </h3>
      <p className={classes.p}>{strings.MailOutIntro}</p>
      <Dropdown
        label={strings.MailOutWardsLabel}
        placeholder={strings.MailOutWardsPlaceholder}
        styles={readableDropdownPlaceholder}
        multiSelect
        options={options}
        selectedKeys={[...wardIds]}
        onChange={(_event, option) => {
          if (!option) return;
          const id = Number(option.key);
          props.onWardsChange(option.selected ? Array.from(new Set([...wardIds, id])) : wardIds.filter((existing) => existing !== id));
        }}
      />
      {wardIds.length === 0 ? (
        <p className={classes.p}>{strings.MailOutNoWards}</p>
      ) : (
        <>
          <p className={classes.p}>{countText}</p>
          <LiveAnnouncement message={countText} />
          <div className={classes.actions}>
            {mail.messages.length > 1 ? (
              mail.messages.map((message, index) => (
                <DefaultButton
                  key={message.href}
                  href={message.href}
                  text={formatText(
                    strings.MembersMailOutPart,
                    index + 1,
                    mail.messages.length,
                    formatPlural(message.addresses.length, pluralForms(strings, 'Councillors'))
                  )}
                  iconProps={{ iconName: 'Mail' }}
                />
              ))
            ) : (
              <PrimaryButton
                href={mail.addresses.length > 0 ? mail.href : undefined}
                disabled={mail.addresses.length === 0}
                text={formatText(strings.MailOutEmailAll, mail.addresses.length)}
                iconProps={{ iconName: 'Mail' }}
              />
            )}
            <DefaultButton text={strings.MailOutCopy} onClick={copyAll} disabled={mail.addresses.length === 0} iconProps={{ iconName: 'Copy' }} />
          </div>
          <p className={classes.p} role="status">
            {copyStatus}
          </p>
          {mail.messages.length > 1 ? (
            <p className={classes.p}>{formatText(strings.MembersMailOutSplit, mail.addresses.length, mail.messages.length)}</p>
          ) : null}
          {mail.withoutEmail.length > 0 ? (
            <p className={classes.p}>{formatText(strings.MailOutMissingEmail, mail.withoutEmail.map((member) => member.displayName).join(', '))}</p>
          ) : null}
          <h4 className={classes.p}>{strings.MailOutRecipientsHeading}</h4>
          <ul className={classes.recipients}>
            {recipients.map((member) => (
              <li key={member.id}>
                <ProfileLink member={member} href={props.profileHref(member.id)} onOpen={props.onOpenProfile} underline />
                {' – '}
                {props.lookups.ward(member.wardId)?.name ?? strings.NoWard}
                {', '}
                <PartyLabel party={props.lookups.party(member.partyId)} fallback={strings.NoParty} />
                {member.email ? ` – ${member.email}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
