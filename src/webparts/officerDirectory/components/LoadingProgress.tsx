import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IDirectoryLoadProgress } from '../../../data/IOfficerRepository';
import { isLargeDirectory } from '../../../model/largeDirectory';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';

export interface ILoadingProgressProps {
  progress: IDirectoryLoadProgress;
}

/**
 * How far a cold load of the whole directory has got: a bar when the total is known, a count always;
 * for a very large directory, why it takes a while.
 */
export function LoadingProgress(props: ILoadingProgressProps): JSX.Element {
  const { loaded, total } = props.progress;
  const known = total !== undefined && total > 0;
  const label = known
    ? formatText(strings.LoadingProgress, formatNumber(loaded), formatNumber(total))
    : formatText(strings.LoadingProgressNoTotal, formatNumber(loaded));
  const description = isLargeDirectory(total) ? formatText(strings.LoadingLargeDirectory, formatNumber(total ?? 0)) : undefined;
  return <ProgressIndicator label={label} description={description} percentComplete={known ? Math.min(1, loaded / total) : undefined} />;
}
