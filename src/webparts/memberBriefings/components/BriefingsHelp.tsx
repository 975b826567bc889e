import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IBriefingsContact } from '../../../model/hubSettings';
import { mailtoHref } from '../../../model/orderContactActions';

export interface IBriefingsHelpProps {
  /** Validated by the settings reader (one plain address). */
  contact?: IBriefingsContact;
  /** Validated by the settings reader (on the tenant's SharePoint). */
  protocolUrl?: string;
}

const classes = mergeStyleSets({
  help: { display: 'flex', flexWrap: 'wrap', columnGap: 24, rowGap: 4 },
  line: { margin: 0 }
});

/** Who to ask about the briefings and the member/officer protocol, from the council's settings. */
export function BriefingsHelp(props: IBriefingsHelpProps): JSX.Element | null {
  const { contact, protocolUrl } = props;
  if (!contact && !protocolUrl) return null;
  return (
    <div className={classes.help}>
      {contact ? (
        <p className={classes.line}>
          {strings.BriefingsContactLabel} <Link href={mailtoHref(contact.email)} underline>{contact.name ?? contact.email}</Link>
        </p>
      ) : null}
      {protocolUrl ? (
        <p className={classes.line}>
          <Link href={protocolUrl} target="_blank" rel="noopener noreferrer" underline>
            {strings.ProtocolLink}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
