import * as React from 'react';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import { IRawStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Fluent Persona's coin sizes the product uses (px), with their initials' font sizes. */
const FONT_SIZES = { 40: 16, 48: 20, 72: 28 } as const;
export type PersonCoinSize = keyof typeof FONT_SIZES;

function coinStyle(size: PersonCoinSize): IRawStyle {
  return {
    flex: 'none',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: size,
    height: size,
    borderRadius: '50%',
    overflow: 'hidden',
    fontSize: FONT_SIZES[size],
    fontWeight: 600,
    lineHeight: 1,
    // Fluent's coin colours are chosen for white initials; the theme's "white" is dark in dark themes.
    color: '#ffffff',
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText', color: 'CanvasText' } }
  };
}

/** Built once for the page: a list row or card draws no styles of its own. */
const classes = mergeStyleSets({
  coin40: coinStyle(40),
  coin48: coinStyle(48),
  coin72: coinStyle(72),
  image: { width: '100%', height: '100%', objectFit: 'cover' }
});

/**
 * Photo addresses that failed to load on this page: a coin drawn again shows the initials at once
 * instead of asking for the broken photo again and swapping it when that fails a second time.
 */
const brokenPhotoUrls = new Set<string>();

export interface IPersonInitialsProps {
  /** The person's name: picks the coin's colour. */
  name: string;
  /** Up to two letters (src/model/initials). */
  initials: string;
  size: PersonCoinSize;
}

/**
 * A person's initials in a coin coloured from their name (Fluent's persona colours), as plain
 * elements rather than Fluent's Persona: lists mount dozens of these while someone types.
 * Decorative: the name is always shown as text beside it.
 */
export function PersonInitials(props: IPersonInitialsProps): JSX.Element {
  return (
    <span className={classes[`coin${props.size}`]} style={{ backgroundColor: getPersonaInitialsColor({ text: props.name }) }} aria-hidden="true">
      {props.initials}
    </span>
  );
}

export interface IPersonCoinProps extends IPersonInitialsProps {
  /** The person's photo; without one, or when it cannot be loaded, the initials are shown. */
  photoUrl: string | undefined;
}

/** A person's photograph in a coin, or their initials when there is none or its URL is broken. */
export function PersonCoin(props: IPersonCoinProps): JSX.Element {
  const { photoUrl } = props;
  const [, setFailedUrl] = React.useState<string | undefined>(undefined);
  if (!photoUrl || brokenPhotoUrls.has(photoUrl)) return <PersonInitials name={props.name} initials={props.initials} size={props.size} />;
  return (
    <span className={classes[`coin${props.size}`]} aria-hidden="true">
      <img
        className={classes.image}
        src={photoUrl}
        alt=""
        onError={() => {
          brokenPhotoUrls.add(photoUrl);
          setFailedUrl(photoUrl);
        }}
      />
    </span>
  );
}
