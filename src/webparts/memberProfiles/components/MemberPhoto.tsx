import * as React from 'react';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import { IRawStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IMember } from '../../../model/Member';
import { initials } from '../../../model/initials';

export type MemberPhotoSize = 'small' | 'large';

/** Fluent Persona's coin sizes (48 and 72) and their initials' font sizes, so cards look as before. */
const SIZES: Readonly<Record<MemberPhotoSize, { readonly px: number; readonly fontSize: number }>> = {
  small: { px: 48, fontSize: 20 },
  large: { px: 72, fontSize: 28 }
};

function coinStyle(size: MemberPhotoSize): IRawStyle {
  const { px, fontSize } = SIZES[size];
  return {
    flex: 'none',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: px,
    height: px,
    position: 'relative',
    borderRadius: '50%',
    overflow: 'hidden',
    fontSize,
    fontWeight: 600,
    lineHeight: 1,
    // Fluent's coin colours are chosen for white initials; the theme's "white" is dark in dark themes.
    color: '#ffffff',
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText', color: 'CanvasText' } }
  };
}

/** Built once for the page: a card draws no styles of its own. */
const classes = mergeStyleSets({
  small: coinStyle('small'),
  large: coinStyle('large'),
  image: { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', objectFit: 'cover' }
});

/**
 * Photo addresses that failed to load on this page. A card drawn again (a search cleared, a tab
 * revisited) shows just the initials instead of asking for the broken photo again.
 */
const brokenPhotoUrls = new Set<string>();

export interface IMemberPhotoProps {
  member: IMember;
  size: MemberPhotoSize;
}

/**
 * The member's initials in a coin coloured from their name (Fluent's persona colours), with their
 * photograph over it: the initials show while the photo loads, and when there is none or its URL is
 * broken (the photo is then hidden, not swapped, so nothing else on the card is drawn again). Plain
 * elements, not Fluent's Persona: the directory mounts dozens of these when a search is cleared.
 * Decorative: the name is always shown as text beside it.
 */
export function MemberPhoto(props: IMemberPhotoProps): JSX.Element {
  const { member, size } = props;
  const photoUrl = member.photoUrl || undefined;
  const [failedUrl, setFailedUrl] = React.useState<string | undefined>(undefined);
  const failed = photoUrl !== undefined && photoUrl === failedUrl;
  return (
    <span className={classes[size]} style={{ backgroundColor: getPersonaInitialsColor({ text: member.displayName }) }} aria-hidden="true">
      <span>{initials(member)}</span>
      {photoUrl !== undefined && (failed || !brokenPhotoUrls.has(photoUrl)) ? (
        <img
          className={classes.image}
          src={photoUrl}
          alt=""
          hidden={failed}
          onError={() => {
            brokenPhotoUrls.add(photoUrl);
            setFailedUrl(photoUrl);
          }}
        />
      ) : null}
    </span>
  );
}
