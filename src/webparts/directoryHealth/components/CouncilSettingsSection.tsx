import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IHubSettingsRead } from '../../../data/hubSettings';
import type { HubSettingProblemKind } from '../../../model/hubSettings';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { fieldOf, runtimeSchema } from '../../../schema';
import { formatText } from '../../../ui/formatText';
import { EditFormLink } from './EditFormLink';
import { useHealthClasses } from './healthStyles';

const PROBLEM_TEXT: Readonly<Record<HubSettingProblemKind, string>> = {
  preElectionIncomplete: strings.SettingsProblemPreElectionIncomplete,
  preElectionBackwards: strings.SettingsProblemPreElectionBackwards,
  wardWordUnknown: strings.SettingsProblemWardWord,
  protocolUrlInvalid: strings.SettingsProblemProtocolInvalid,
  protocolUrlOffTenant: strings.SettingsProblemProtocolOffTenant,
  contactEmailInvalid: strings.SettingsProblemContactEmail
};

function columnName(internalName: string): string {
  return fieldOf(runtimeSchema.HubSettings, internalName)?.displayName ?? internalName;
}

function statusText(read: IHubSettingsRead): string | undefined {
  switch (read.status) {
    case 'listMissing':
      return strings.SettingsListMissing;
    case 'columnMissing':
      return formatText(strings.SettingsColumnMissing, read.column ?? '');
    case 'noItem':
      return strings.SettingsNoItem;
    case 'unreadable':
      return strings.SettingsUnreadable;
    default:
      return undefined;
  }
}

/**
 * The council's settings (HubSettings) as members see them, and each value that was left out
 * because it is not valid, linked to the item's edit form: a Teams personal app has no property
 * pane, so this is where an admin sees what it shows.
 */
export function CouncilSettingsSection(props: { readonly read: IHubSettingsRead; readonly headingId: string }): JSX.Element {
  const classes = useHealthClasses();
  const { read } = props;
  const { settings } = read;
  const status = statusText(read);
  const notSet = strings.SettingNotSet;
  const period = settings.preElectionPeriod;
  const rows: ReadonlyArray<readonly [string, string]> = [
    [strings.SettingPreElection, period ? formatText(strings.SettingPeriod, formatCalendarDate(period.from, 'long'), formatCalendarDate(period.to, 'long')) : notSet],
    [strings.SettingWardWord, settings.wardWord === 'division' ? strings.SettingDivision : settings.wardWord === 'ward' ? strings.SettingWard : formatText(strings.SettingDefault, strings.SettingWard)],
    [strings.SettingProtocol, settings.protocolUrl ?? notSet],
    [strings.SettingContact, settings.briefingsContact ? `${settings.briefingsContact.name ?? ''} ${settings.briefingsContact.email}`.trim() : notSet]
  ];
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.sectionHeading}>
        {strings.SettingsHeading}
      </h3>
      <p className={classes.paragraph}>{strings.SettingsIntro}</p>
      {status ? <p className={classes.paragraph}>{status}</p> : null}
      <dl className={classes.list}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>
              <strong>{term}</strong>
            </dt>
            <dd className={classes.paragraph}>{value}</dd>
          </div>
        ))}
      </dl>
      {read.problems.length > 0 ? (
        <>
          <h4 className={classes.groupHeading}>{formatText(strings.SettingsProblemsHeading, read.problems.length)}</h4>
          <ul className={classes.list}>
            {read.problems.map((problem) => (
              <li key={problem.column}>
                {formatText(PROBLEM_TEXT[problem.kind], columnName(problem.column), problem.value)}{' '}
                {read.itemId !== undefined ? <EditFormLink item={{ list: 'HubSettings', id: read.itemId, name: '' }} label={strings.SettingsEdit} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
