import * as React from 'react';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { initials } from '../../../model/initials';

export type OfficerPhotoSize = 'small' | 'large';

const SIZES: Readonly<Record<OfficerPhotoSize, { readonly px: number; readonly fontSize: number }>> = {
  small: { px: 40, fontSize: 16 },
  large: { px: 72, fontSize: 28 }
};

function coinStyle(size: OfficerPhotoSize): Record<string, unknown> {
  const { px, fontSize } = SIZES[size];
  return {
    flex: 'none',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: px,
    height: px,
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

/** Built once for the page: a result row draws no styles of its own. */
const classes = mergeStyleSets({
  small: coinStyle('small'),
  large: coinStyle('large'),
  image: { width: '100%', height: '100%', objectFit: 'cover' }
});

export interface IOfficerInitialsProps {
  name: string;
  size: OfficerPhotoSize;
}

/**
 * The officer's initials in a coin coloured from their name (Fluent's persona colours), as plain
 * elements: a result row mounts dozens of these while someone types. Decorative: the name is
 * always shown as text beside it.
 */
export function OfficerInitials(props: IOfficerInitialsProps): JSX.Element {
  return (
    <span className={classes[props.size]} style={{ backgroundColor: getPersonaInitialsColor({ text: props.name }) }} aria-hidden="true">
      {initials(props.name)}
    </span>
  );
}

export interface IOfficerPhotoProps extends IOfficerInitialsProps {
  /** The list's Photo column; without it, or when it cannot be loaded, the initials are shown. */
  photoUrl: string | undefined;
}

/** The officer's photograph, or their initials when there is none or its URL is broken. */
export function OfficerPhoto(props: IOfficerPhotoProps): JSX.Element {
  const { photoUrl } = props;
  const [failedUrl, setFailedUrl] = React.useState<string | undefined>(undefined);
  if (photoUrl === undefined || photoUrl === failedUrl) return <OfficerInitials name={props.name} size={props.size} />;
  return (
    <span className={classes[props.size]} aria-hidden="true">
      <img className={classes.image} src={photoUrl} alt="" onError={() => setFailedUrl(photoUrl)} />
    </span>
  );
}
