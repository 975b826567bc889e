import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import type { IOfficer } from '../../../model/Officer';
import { initials } from '../../../model/initials';

export interface IOfficerPhotoProps {
  officer: IOfficer;
  size: 'small' | 'large';
}

/**
 * The officer's photograph; Fluent's coin shows their initials instead when there is no photo
 * or the URL is broken. Decorative: the name is always shown as text beside it.
 */
export function OfficerPhoto(props: IOfficerPhotoProps): JSX.Element {
  const { officer } = props;
  return (
    <Persona
      imageUrl={officer.photoUrl}
      imageInitials={initials(officer.name)}
      imageAlt=""
      // Fluent's coin colours are chosen for white initials; the theme's "white" is dark in dark themes.
      initialsTextColor="#ffffff"
      size={props.size === 'large' ? PersonaSize.size72 : PersonaSize.size40}
      hidePersonaDetails
      aria-hidden="true"
    />
  );
}
