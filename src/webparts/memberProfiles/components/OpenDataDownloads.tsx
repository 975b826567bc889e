import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Link } from '@fluentui/react/lib/Link';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMemberDirectory } from '../../../model/Member';
import { membersToPopolo } from '../../../model/openData';
import { openDataCsv } from '../../../model/openDataCsv';
import { minimumTarget } from '../../../ui/styles';
import { useObjectUrl } from '../../../ui/useObjectUrl';

const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', gap: 16, margin: '8px 0' },
  link: { ...minimumTarget, display: 'inline-flex', alignItems: 'center' }
});

/**
 * "Download as CSV" and "Download as Popolo JSON": the current members this view reads, public
 * fields only (src/model/openData.ts, as `npm run export` writes them), as files.
 */
export const OpenDataDownloads = React.memo(function OpenDataDownloads(props: { readonly directory: IMemberDirectory }): JSX.Element | null {
  const { directory } = props;
  const csv = React.useMemo(() => openDataCsv(directory), [directory]);
  const popolo = React.useMemo(() => JSON.stringify(membersToPopolo(directory), undefined, 2), [directory]);
  // A byte order mark, so Excel reads the names' accents and scripts as UTF-8.
  const csvUrl = useObjectUrl(`\uFEFF${csv}`, 'text/csv;charset=utf-8');
  const popoloUrl = useObjectUrl(popolo, 'application/json');
  if (!csvUrl || !popoloUrl) return null;
  return (
    <div className={classes.root}>
      <Link className={classes.link} href={csvUrl} download="members.csv">
        {strings.DownloadCsv}
      </Link>
      <Link className={classes.link} href={popoloUrl} download="members.popolo.json">
        {strings.DownloadPopolo}
      </Link>
    </div>
  );
});
