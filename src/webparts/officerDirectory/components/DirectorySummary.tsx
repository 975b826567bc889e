import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { isLargeDirectory } from '../../../model/largeDirectory';
import type { IOfficerDirectory } from '../../../model/Officer';
import { formatLongDate } from '../../../ui/formatDate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { formatTime, isSameDay } from '../../../ui/formatTime';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';

/** "20,000 officers" with UK digit grouping and the right plural. */
export function officerCountText(count: number): string {
  return formatPlural(count, pluralForms(strings, 'Officers'));
}

/** "20,000 officers, updated 14:02" (or with the date when the copy is from an earlier day). */
export function directorySummaryText(directory: IOfficerDirectory, now: Date): string {
  const count = officerCountText(directory.officers.length);
  const loadedAt = directory.loadedAt;
  return isSameDay(loadedAt, now)
    ? formatText(strings.LoadedToday, count, formatTime(loadedAt))
    : formatText(strings.LoadedEarlier, count, formatLongDate(loadedAt), formatTime(loadedAt));
}

export interface IDirectorySummaryProps {
  directory: IOfficerDirectory;
  now?: Date;
}

/** For a directory past LARGE_DIRECTORY_OFFICERS, how to get results sooner; undefined otherwise. */
export function largeDirectoryHint(directory: IOfficerDirectory): string | undefined {
  const count = directory.officers.length;
  return isLargeDirectory(count) ? formatText(strings.LargeDirectoryHint, formatNumber(count)) : undefined;
}

/** How many officers the directory holds and how fresh that copy is (and, for a very large one, how to search it). */
export function DirectorySummary(props: IDirectorySummaryProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets({ summary: { margin: 0, color: theme.palette.neutralPrimary } }), [theme]);
  const hint = largeDirectoryHint(props.directory);
  return (
    <>
      <p className={classes.summary}>{directorySummaryText(props.directory, props.now ?? new Date())}</p>
      {hint ? <p className={classes.summary}>{hint}</p> : null}
    </>
  );
}
