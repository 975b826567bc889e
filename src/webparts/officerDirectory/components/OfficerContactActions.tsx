import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IService } from '../../../model/Officer';
import { officerContactActions, OfficerContactAction } from '../../../model/officerContactActions';
import { officerVCard, vCardFileName } from '../../../model/officerVCard';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { focusRing, minimumTarget } from '../../../ui/styles';
import { useObjectUrl } from '../../../ui/useObjectUrl';

export interface IOfficerContactActionsProps {
  officer: IOfficer;
  service: IService | undefined;
}

const ICONS: Record<OfficerContactAction['kind'], string> = {
  email: 'Mail',
  phone: 'Phone',
  teams: 'TeamsLogo',
  copy: 'Copy'
};

function labelFor(action: OfficerContactAction): string {
  switch (action.kind) {
    case 'email':
      return strings.ActionEmail;
    case 'phone':
      return formatText(strings.ActionCall, action.value);
    case 'teams':
      return strings.ActionTeams;
    default:
      return strings.ActionCopy;
  }
}

/** Email, call, Teams chat, copy details and "add to contacts" (a vCard file) for one officer. */
export function OfficerContactActions(props: IOfficerContactActionsProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        list: { listStyle: 'none', margin: '0 0 12px', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 },
        action: { ...minimumTarget, ...focusRing(theme) },
        status: { margin: '0 0 8px' }
      }),
    [theme]
  );
  const { officer, service } = props;
  const [copyStatus, setCopyStatus] = React.useState('');
  const actions = officerContactActions(officer, service);
  const vCard = React.useMemo(() => officerVCard(officer, service), [officer, service]);
  const vCardUrl = useObjectUrl(vCard, 'text/vcard;charset=utf-8');

  const copy = (text: string): void => {
    copyText(text).then(
      (copied) => setCopyStatus(copied ? strings.Copied : strings.CopyFailed),
      () => setCopyStatus(strings.CopyFailed)
    );
  };

  return (
    <>
      <ul className={classes.list} aria-label={formatText(strings.ContactActionsLabel, officer.name)}>
        {actions.map((action) => (
          <li key={`${action.kind}-${action.value}`}>
            {action.kind === 'copy' ? (
              <ActionButton className={classes.action} iconProps={{ iconName: ICONS.copy }} text={labelFor(action)} onClick={() => copy(action.value)} />
            ) : (
              <ActionButton
                className={classes.action}
                iconProps={{ iconName: ICONS[action.kind] }}
                text={labelFor(action)}
                href={action.href}
                target={action.kind === 'teams' ? '_blank' : undefined}
                rel={action.kind === 'teams' ? 'noopener noreferrer' : undefined}
              />
            )}
          </li>
        ))}
        {vCardUrl ? (
          <li>
            <ActionButton
              className={classes.action}
              iconProps={{ iconName: 'AddFriend' }}
              text={strings.ActionAddToContacts}
              href={vCardUrl}
              download={vCardFileName(officer)}
            />
          </li>
        ) : null}
      </ul>
      <p className={classes.status} role="status">
        {copyStatus}
      </p>
    </>
  );
}
