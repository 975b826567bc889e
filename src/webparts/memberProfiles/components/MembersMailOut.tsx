import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember } from '../../../model/Member';
import { mailtoForMembers } from '../../../model/mailtoForMembers';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { Button, LinkButton } from '../../../ui/controls/Button';

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 8, margin: '8px 0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  p: { margin: 0 }
});

export interface IMembersMailOutProps {
  /** The members the view's filters currently select, in the order shown. */
  members: readonly IMember[];
}

/**
 * "Email these N members" for whatever the filters select (a committee, cabinet, a party, wards):
 * everyone in To:, never Bcc (protocol §34); split into several messages when one link would be
 * too long for mail clients, with copy-all ("; "-separated, as Outlook expects) for any client.
 */
export function MembersMailOut(props: IMembersMailOutProps): JSX.Element | null {
  const mail = React.useMemo(() => mailtoForMembers(props.members), [props.members]);
  const [copyStatus, setCopyStatus] = React.useState('');
  const instructionId = React.useMemo(() => getId('members-mail-out'), []);
  if (mail.addresses.length === 0) return null;

  const copyAll = (): void => {
    copyText(mail.copyAllText).then(
      (copied) => setCopyStatus(copied ? strings.Copied : strings.CopyFailed),
      () => setCopyStatus(strings.CopyFailed)
    );
  };
  const split = mail.messages.length > 1;

  return (
    <div className={classes.root} role="group" aria-label={strings.MembersMailOutLabel}>
      {split ? (
        <p className={classes.p} id={instructionId}>
          {formatText(strings.MembersMailOutSplit, mail.addresses.length, mail.messages.length)}
        </p>
      ) : null}
      <div className={classes.actions}>
        {split ? (
          mail.messages.map((message, index) => (
            <LinkButton
              variant="default"
              // Message n stays message n as the search changes: its link is updated, not drawn again.
              key={index}
              href={message.href}
              aria-describedby={instructionId}
              text={formatText(
                strings.MembersMailOutPart,
                index + 1,
                mail.messages.length,
                formatPlural(message.addresses.length, pluralForms(strings, 'Members'))
              )}
              iconName="Mail"
            />
          ))
        ) : (
          <LinkButton
            variant="primary"
            href={mail.href}
            text={formatPlural(mail.addresses.length, pluralForms(strings, 'MembersMailOut'))}
            iconName="Mail"
          />
        )}
        <Button text={strings.MailOutCopy} onClick={copyAll} iconName="Copy" />
      </div>
      <p className={classes.p} role="status">
        {copyStatus}
      </p>
      {mail.withoutEmail.length > 0 ? (
        <p className={classes.p}>{formatText(strings.MailOutMissingEmail, mail.withoutEmail.map((member) => member.displayName).join(', '))}</p>
      ) : null}
    </div>
  );
}
