import * as React from 'react';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember } from '../../../model/Member';
import { orderContactActions } from '../../../model/orderContactActions';
import { ContactActionList } from '../../../ui/ContactActionList';
import { formatText } from '../../../ui/formatText';

export interface IContactActionsProps {
  member: IMember;
}

/** Ways to reach the member, their preferred way first and marked in words. */
export function ContactActions(props: IContactActionsProps): JSX.Element {
  const { member } = props;
  return (
    <>
      {member.preferredContact === 'In person' ? <p>{strings.InPersonNote}</p> : null}
      <ContactActionList
        actions={orderContactActions(member)}
        label={formatText(strings.ContactActionsLabel, member.displayName)}
        strings={strings}
        preferredMarker={strings.PreferredMarker}
      />
    </>
  );
}
