import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IEnquiryReport } from '../../../model/enquiries/enquiryReport';
import { enquiryListCsv, enquiryReportCsv } from '../../../model/enquiries/enquiryReportCsv';
import { minimumTarget } from '../../../ui/styles';
import { useObjectUrl } from '../../../ui/useObjectUrl';
import type { IReportDates } from '../reportPeriod';

const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', gap: 16 },
  link: { ...minimumTarget, display: 'inline-flex', alignItems: 'center' }
});

/** A byte order mark, so Excel reads service and ward names' accents as UTF-8 (as the open data download does). */
export const UTF8_BOM = '\uFEFF';

/** The summary and the open and overdue list as CSV files (docs/enquiries.md § Report CSV), named by period. */
export function ReportDownloads(props: { readonly report: IEnquiryReport; readonly dates: IReportDates }): JSX.Element | null {
  const { report, dates } = props;
  const summary = React.useMemo(() => `${UTF8_BOM}${enquiryReportCsv(report)}`, [report]);
  const overdue = React.useMemo(() => `${UTF8_BOM}${enquiryListCsv(report.overdue)}`, [report]);
  const summaryUrl = useObjectUrl(summary, 'text/csv;charset=utf-8');
  const overdueUrl = useObjectUrl(overdue, 'text/csv;charset=utf-8');
  if (!summaryUrl || !overdueUrl) return null;
  const period = `${dates.from}-to-${dates.to}`;
  return (
    <div className={classes.root}>
      <Link className={classes.link} href={summaryUrl} download={`enquiries-report-${period}.csv`}>
        {strings.DownloadCsv}
      </Link>
      <Link className={classes.link} href={overdueUrl} download={`enquiries-overdue-${period}.csv`}>
        {strings.DownloadOverdueCsv}
      </Link>
    </div>
  );
}
