import type { IOfficer, IOfficerProfile, IService } from './Officer';
import { plainEmailAddress } from '../schema/emailAddress';
import { contactActionsFor, IContactAction } from './orderContactActions';

export type OfficerContactAction = IContactAction;

/**
 * Email, call, Teams chat and "copy details" for an officer's full record, in that order
 * (officers record no preference). "Add to contacts" is the vCard (officerVCard), offered beside these.
 */
export function officerContactActions(officer: IOfficerProfile, service?: IService): OfficerContactAction[] {
  return contactActionsFor({
    name: officer.name,
    email: officer.email,
    phone: officer.phone,
    accountEmail: officer.accountEmail,
    copyLines: [officer.jobTitle, service?.name, plainEmailAddress(officer.email), officer.phone, officer.location]
  });
}

/**
 * What the directory's slim copy of an officer allows before (or without) their full record:
 * email and Teams chat. No call, and no "copy details" that would leave the phone number out.
 */
export function officerQuickContactActions(officer: IOfficer): OfficerContactAction[] {
  return contactActionsFor({ name: officer.name, email: officer.email, accountEmail: officer.accountEmail, copyLines: [] });
}
