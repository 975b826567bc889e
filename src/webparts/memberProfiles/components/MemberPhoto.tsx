import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import type { IMember } from '../../../model/Member';
import { initials } from '../../../model/initials';

export interface IMemberPhotoProps {
  member: IMember;
  size: 'small' | 'large';
}

/**
 * The member's photograph; Fluent's coin shows their initials instead when there is no photo
 * or the URL is broken. Decorative: the name is always shown as text beside it.
 */
export function MemberPhoto(props: IMemberPhotoProps): JSX.Element {
  const { member } = props;
  return (
    <Persona
      imageUrl={member.photoUrl}
      imageInitials={initials(member)}
      imageAlt=""
      // Fluent's coin colours are chosen for white initials; the theme's "white" is dark in dark themes.
      initialsTextColor="#ffffff"
      size={props.size === 'large' ? PersonaSize.size72 : PersonaSize.size48}
      hidePersonaDetails
      aria-hidden="true"
    />
  );
}
