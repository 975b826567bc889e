import * as React from 'react';
import { css, memoizeFunction } from '@fluentui/react/lib/Utilities';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IMember } from '../../../model/Member';
import { openInPlace } from '../../../ui/InPlaceLink';
import { richTextLink } from '../../../ui/richTextLink';

/** One set of link styles per theme, shared by every card and row. */
const linkClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    plain: { ...richTextLink(theme), textDecoration: 'none' },
    underlined: richTextLink(theme)
  })
);

export interface IProfileLinkProps {
  member: IMember;
  /** A real, shareable address of the profile (opens in a new tab with the usual keys). */
  href: string;
  onOpen: (memberId: number) => void;
  className?: string;
  /** Underline it, as links inside running text must be (they cannot rely on colour alone). */
  underline?: boolean;
}

/**
 * The member's name as a link to their profile; a plain click opens the profile panel in place.
 * A plain <a> in the theme's link colours: cards mount many of these while someone types.
 */
export function ProfileLink(props: IProfileLinkProps): JSX.Element {
  return <ThemedProfileLink {...props} theme={useTheme()} />;
}

/**
 * ProfileLink in a theme the caller has already read: a card or row drawn many times over reads the
 * theme once for the whole list (Fluent's useTheme subscribes each caller to theme changes).
 */
export function ThemedProfileLink(props: IProfileLinkProps & { theme: ITheme }): JSX.Element {
  const { member, onOpen } = props;
  const classes = linkClasses(props.theme);
  return (
    <a
      className={css(props.underline ? classes.underlined : classes.plain, props.className)}
      href={props.href}
      onClick={(event) => openInPlace(event, () => onOpen(member.id))}
    >
      {member.displayName}
    </a>
  );
}
