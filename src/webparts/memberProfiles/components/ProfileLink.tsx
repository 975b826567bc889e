import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { IMember } from '../../../model/Member';

export interface IProfileLinkProps {
  member: IMember;
  /** A real, shareable address of the profile (opens in a new tab with the usual keys). */
  href: string;
  onOpen: (memberId: number) => void;
  className?: string;
  /** Underline it, as links inside running text must be (they cannot rely on colour alone). */
  underline?: boolean;
}

function opensElsewhere(event: React.MouseEvent): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

/** The member's name as a link to their profile; a plain click opens the profile panel in place. */
export function ProfileLink(props: IProfileLinkProps): JSX.Element {
  const { member, onOpen } = props;
  const onClick = (event: React.MouseEvent<HTMLElement>): void => {
    if (opensElsewhere(event)) return;
    event.preventDefault();
    onOpen(member.id);
  };
  return (
    <Link className={props.className} href={props.href} onClick={onClick} underline={props.underline}>
      {member.displayName}
    </Link>
  );
}
