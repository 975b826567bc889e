import * as React from 'react';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import { IRawStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { isOnPageOrigin } from './pageOrigin';

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
    position: 'relative',
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
  image: { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', objectFit: 'cover' },
  personIcon: { width: '60%', height: '60%', fill: 'currentColor' }
});

/**
 * A neutral head and shoulders, for a name with no initials to show (a script without them, or no
 * name at all): never an empty coin. Drawn in the initials' colour, so it follows forced colours.
 */
function PersonIcon(): JSX.Element {
  return (
    <svg className={classes.personIcon} viewBox="0 0 24 24" focusable="false" aria-hidden="true" data-person-icon="">
      <circle cx="12" cy="8" r="4.5" />
      <path d="M3 21.5c0-4.7 4-8 9-8s9 3.3 9 8z" />
    </svg>
  );
}

/**
 * Photo addresses that failed to load on this page: a coin drawn again (a search cleared, a tab
 * revisited) shows just the initials instead of asking for the broken photo again.
 */
const brokenPhotoUrls = new Set<string>();

export interface IPersonInitialsProps {
  /** The person's name: picks the coin's colour. */
  name: string;
  /** Up to two letters (src/model/initials); empty shows a person icon instead. */
  initials: string;
  size: PersonCoinSize;
}

export interface IPersonCoinProps extends IPersonInitialsProps {
  /**
   * The person's photo; without one, when it cannot be loaded, or when it is not on the page's own
   * origin (a photo elsewhere would tell that site who looked at whom), the initials are shown.
   */
  photoUrl: string | undefined;
}

/**
 * A person's initials in a coin coloured from their name (Fluent's persona colours), with their
 * photograph over it: the initials show while the photo loads, and when there is none or its URL is
 * broken (the photo is then hidden, not swapped, so nothing else around it is drawn again). Plain
 * elements rather than Fluent's Persona: lists mount dozens of these while someone types.
 * Decorative, initials and icon alike: every use writes the name as text beside it, so a label here
 * would only make screen readers say the name twice.
 */
export function PersonCoin(props: IPersonCoinProps): JSX.Element {
  const photoUrl = isOnPageOrigin(props.photoUrl) ? props.photoUrl : undefined;
  const [failedUrl, setFailedUrl] = React.useState<string | undefined>(undefined);
  const failed = photoUrl !== undefined && photoUrl === failedUrl;
  return (
    <span className={classes[`coin${props.size}`]} style={{ backgroundColor: getPersonaInitialsColor({ text: props.name }) }} aria-hidden="true">
      {props.initials ? <span>{props.initials}</span> : <PersonIcon />}
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

/** Just the initials' coin, for rows that have no photo to show. */
export function PersonInitials(props: IPersonInitialsProps): JSX.Element {
  return <PersonCoin {...props} photoUrl={undefined} />;
}
