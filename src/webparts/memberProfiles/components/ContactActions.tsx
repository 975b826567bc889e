import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember } from '../../../model/Member';
import { orderContactActions, IContactAction } from '../../../model/orderContactActions';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { focusRing, minimumTarget } from '../../../ui/styles';

export interface IContactActionsProps {
  member: IMember;
}

const ICONS: Record<IContactAction['kind'], string> = {
  email: 'Mail',
  phone: 'Phone',
  teams: 'TeamsLogo',
  copy: 'Copy'
};

function labelFor(action: IContactAction): string {
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

/** Ways to reach the member, their preferred way first and marked in words. */
export function ContactActions(props: IContactActionsProps): JSX.Element {
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
  const { member } = props;
  const [copyStatus, setCopyStatus] = React.useState('');
  const actions = orderContactActions(member);

  const copy = (text: string): void => {
    copyText(text).then(
      (copied) => setCopyStatus(copied ? strings.Copied : strings.CopyFailed),
      () => setCopyStatus(strings.CopyFailed)
    );
  };

  return (
    <>
      {member.preferredContact === 'In person' ? <p>{strings.InPersonNote}</p> : null}
      <ul className={classes.list} aria-label={formatText(strings.ContactActionsLabel, member.displayName)}>
        {actions.map((action) => {
          const text = action.preferred ? `${labelFor(action)} ${strings.PreferredMarker}` : labelFor(action);
          return (
            <li key={`${action.kind}-${action.value}`}>
              {action.kind === 'copy' ? (
                <ActionButton className={classes.action} iconProps={{ iconName: ICONS.copy }} text={text} onClick={() => copy(action.value)} />
              ) : (
                <ActionButton
                  className={classes.action}
                  iconProps={{ iconName: ICONS[action.kind] }}
                  text={text}
                  href={action.href}
                  target={action.kind === 'teams' ? '_blank' : undefined}
                  rel={action.kind === 'teams' ? 'noopener noreferrer' : undefined}
                />
              )}
            </li>
          );
        })}
      </ul>
      <p className={classes.status} role="status">
        {copyStatus}
      </p>
    </>
  );
}
