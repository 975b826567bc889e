import type { IOfficer, IService } from './Officer';
import { contactActionsFor, IContactAction } from './orderContactActions';

export type OfficerContactAction = IContactAction;

/**
 * Email, call, Teams chat and "copy details" for an officer, in that order (officers record no
 * preference). "Add to contacts" is the vCard (officerVCard), offered beside these.
 */
export function officerContactActions(officer: IOfficer, service?: IService): OfficerContactAction[] {
  return contactActionsFor({
    name: officer.name,
    email: officer.email,
    phone: officer.phone,
    accountEmail: officer.accountEmail,
    copyLines: [officer.jobTitle, service?.name, officer.email, officer.phone, officer.location]
  });
}
