import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IDirectoryHealthReport } from '../../../model/health/directoryHealthReport';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { EmptyState } from '../../../ui/states/EmptyState';
import { DataIntegritySection } from './DataIntegritySection';
import { MemberCompletenessSection } from './MemberCompletenessSection';
import { OfficerFreshnessSection } from './OfficerFreshnessSection';
import { PrivateColumnsSection } from './PrivateColumnsSection';
import { useHealthClasses } from './healthStyles';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';

/** The three sections of findings, or "Nothing to fix" when every rule passes. */
export function HealthReportView(props: { readonly report: IDirectoryHealthReport }): JSX.Element {
  const classes = useHealthClasses();
  const ids = React.useMemo(() => ({ privacy: getId('health-privacy'), members: getId('health-members'), officers: getId('health-officers'), integrity: getId('health-integrity') }), []);
  const { report } = props;
  if (report.findings === 0) {
    return <EmptyState heading={strings.NothingToFixHeading} message={formatText(strings.NothingToFixMessage, report.officers.reviewMonths)} />;
  }
  return (
    <>
      <p className={classes.paragraph}>
        <strong>{formatPlural(report.findings, pluralForms(strings, 'Findings'))}</strong>{' '}
        {formatText(strings.OfficersSummary, formatNumber(report.officers.officers), formatNumber(report.officers.services))}
      </p>
      {report.privateColumns.length > 0 ? <PrivateColumnsSection columns={report.privateColumns} headingId={ids.privacy} /> : null}
      <MemberCompletenessSection report={report.members} headingId={ids.members} />
      <OfficerFreshnessSection report={report.officers} headingId={ids.officers} />
      <DataIntegritySection report={report.integrity} headingId={ids.integrity} />
    </>
  );
}
