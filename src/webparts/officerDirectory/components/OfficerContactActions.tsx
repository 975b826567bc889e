import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer, IService } from '../../../model/Officer';
import { officerContactActions } from '../../../model/officerContactActions';
import { officerVCard, vCardFileName } from '../../../model/officerVCard';
import { ContactActionList } from '../../../ui/ContactActionList';
import { formatText } from '../../../ui/formatText';
import { useObjectUrl } from '../../../ui/useObjectUrl';

export interface IOfficerContactActionsProps {
  officer: IOfficer;
  service: IService | undefined;
}

/** Email, call, Teams chat, copy details and "add to contacts" (a vCard file) for one officer. */
export function OfficerContactActions(props: IOfficerContactActionsProps): JSX.Element {
  const { officer, service } = props;
  const vCard = React.useMemo(() => officerVCard(officer, service), [officer, service]);
  const vCardUrl = useObjectUrl(vCard, 'text/vcard;charset=utf-8');
  return (
    <ContactActionList
      actions={officerContactActions(officer, service)}
      label={formatText(strings.ContactActionsLabel, officer.name)}
      strings={strings}
      file={{ text: strings.ActionAddToContacts, iconName: 'AddFriend', href: vCardUrl, fileName: vCardFileName(officer) }}
    />
  );
}
