import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IOfficerProfile, IService } from '../../../model/Officer';
import { officerContactActions, officerQuickContactActions } from '../../../model/officerContactActions';
import { officerVCard, vCardFileName } from '../../../model/officerVCard';
import { ContactActionList } from '../../../ui/ContactActionList';
import { formatText } from '../../../ui/formatText';
import { useObjectUrl } from '../../../ui/useObjectUrl';

export interface IOfficerContactActionsProps {
  /** The directory's slim copy, shown at once. */
  officer: IOfficer;
  /** The officer's full record, once read; undefined while it loads or when it could not be read. */
  profile: IOfficerProfile | undefined;
  service: IService | undefined;
}

/**
 * Email, call, Teams chat, copy details and "add to contacts" (a vCard file) for one officer, from
 * their full record. Until it has been read (or when it cannot be), only what the slim copy
 * allows: email and Teams chat; calling, copying and the vCard need the phone number.
 */
export function OfficerContactActions(props: IOfficerContactActionsProps): JSX.Element {
  const { officer, profile, service } = props;
  const vCard = React.useMemo(() => (profile ? officerVCard(profile, service) : undefined), [profile, service]);
  const vCardUrl = useObjectUrl(vCard, 'text/vcard;charset=utf-8');
  return (
    <ContactActionList
      actions={profile ? officerContactActions(profile, service) : officerQuickContactActions(officer)}
      label={formatText(strings.ContactActionsLabel, officer.name)}
      strings={strings}
      file={profile ? { text: strings.ActionAddToContacts, iconName: 'AddFriend', href: vCardUrl, fileName: vCardFileName(profile) } : undefined}
    />
  );
}
