import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { IContactAction } from '../model/orderContactActions';
import { Button, LinkButton } from './controls/Button';
import { copyText } from './copyText';
import { formatText } from './formatText';
import { focusRing, minimumTarget } from './styles';

/** The web part's own localised strings for contact actions (each web part has its own strings module). */
export interface IContactActionStrings {
  readonly ActionEmail: string;
  /** "Call {0}". */
  readonly ActionCall: string;
  readonly ActionTeams: string;
  readonly ActionCopy: string;
  readonly Copied: string;
  readonly CopyFailed: string;
}

/** A file to download beside the actions, e.g. a vCard; `href` is undefined until the file is ready. */
export interface IContactFileAction {
  readonly text: string;
  readonly iconName: string;
  readonly href: string | undefined;
  readonly fileName: string;
}

export interface IContactActionListProps {
  actions: readonly IContactAction[];
  /** The list's accessible name, e.g. "Ways to contact Priya Hillier". */
  label: string;
  strings: IContactActionStrings;
  /** Said after a preferred action's label; without it, preference is not shown. */
  preferredMarker?: string;
  file?: IContactFileAction;
}

const ICONS: Record<IContactAction['kind'], string> = {
  email: 'Mail',
  phone: 'Phone',
  teams: 'TeamsLogo',
  copy: 'Copy'
};

function labelFor(action: IContactAction, strings: IContactActionStrings): string {
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

/** One set of classes per theme, shared by every instance (not serialised again per instance or per render). */
const actionListClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    list: { listStyle: 'none', margin: '0 0 12px', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 },
    action: { ...minimumTarget, ...focusRing(theme) },
    status: { margin: '0 0 8px' }
  })
);

/** Ways to reach someone as a list of buttons (email, call, Teams chat, copy details), with a status line for copying. */
export function ContactActionList(props: IContactActionListProps): JSX.Element {
  const classes = actionListClasses(useTheme());
  const { actions, label, strings, preferredMarker, file } = props;
  const [copyStatus, setCopyStatus] = React.useState('');

  const copy = (text: string): void => {
    copyText(text).then(
      (copied) => setCopyStatus(copied ? strings.Copied : strings.CopyFailed),
      () => setCopyStatus(strings.CopyFailed)
    );
  };

  return (
    <>
      <ul className={classes.list} aria-label={label}>
        {actions.map((action) => {
          const text = action.preferred && preferredMarker !== undefined ? `${labelFor(action, strings)} ${preferredMarker}` : labelFor(action, strings);
          return (
            <li key={`${action.kind}-${action.value}`}>
              {action.kind === 'copy' ? (
                <Button variant="subtle" className={classes.action} iconName={ICONS.copy} text={text} onClick={() => copy(action.value)} />
              ) : (
                <LinkButton
                  className={classes.action}
                  iconName={ICONS[action.kind]}
                  text={text}
                  href={action.href}
                  target={action.kind === 'teams' ? '_blank' : undefined}
                  rel={action.kind === 'teams' ? 'noopener noreferrer' : undefined}
                />
              )}
            </li>
          );
        })}
        {file?.href ? (
          <li>
            <LinkButton
              className={classes.action}
              iconName={file.iconName}
              text={file.text}
              href={file.href}
              download={file.fileName}
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
