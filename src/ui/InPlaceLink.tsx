import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';

export interface IInPlaceLinkProps {
  /** A real, shareable address (opens in a new tab or window with the usual keys and clicks). */
  href: string;
  /** A plain click: show the target here instead of following the link. */
  onOpen: () => void;
  className?: string;
  children: React.ReactNode;
}

function opensElsewhere(event: React.MouseEvent): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

/** A link's click: a plain click (or Enter) opens in place; a modified or middle click is the browser's. */
export function openInPlace(event: React.MouseEvent<HTMLElement>, onOpen: () => void): void {
  if (opensElsewhere(event)) return;
  event.preventDefault();
  onOpen();
}

/** A link that works as a link (copy, new tab, middle click) and opens in place on a plain click or Enter. */
export function InPlaceLink(props: IInPlaceLinkProps): JSX.Element {
  const { onOpen } = props;
  const onClick = (event: React.MouseEvent<HTMLElement>): void => openInPlace(event, onOpen);
  return (
    <Link className={props.className} href={props.href} onClick={onClick}>
      {props.children}
    </Link>
  );
}
