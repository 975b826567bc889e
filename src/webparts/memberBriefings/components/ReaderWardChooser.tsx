import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IWard } from '../../../model/Member';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { hiddenInPrint } from './printStyles';
import type { IWardTerms } from './wardTerms';

export interface IReaderWardChooserProps {
  repository: IBriefingRepository;
  /** Moves on when the repository has newer wards (a browser copy revalidated): taken again, without a spinner. */
  revision?: number;
  terms: IWardTerms;
  wardId?: number;
  onWardChange: (ward: IWard | undefined) => void;
}

const NONE_KEY = 'none';

const classes = mergeStyleSets({ root: [{ maxWidth: 320 }, hiddenInPrint] });

/**
 * For readers who are not members (officers, admins): pick a ward to see its items first. If the
 * wards cannot be loaded the briefing still works, just without a ward first, so nothing is shown.
 */
export function ReaderWardChooser(props: IReaderWardChooserProps): JSX.Element | null {
  const { repository, onWardChange } = props;
  const load = React.useCallback((): Promise<readonly IWard[]> => repository.wards(), [repository]);
  const [wards] = useAsyncResource(load, props.revision);
  if (wards.status !== 'ready' || wards.value.length === 0) return null;
  const options: ISelectOption[] = [
    { key: NONE_KEY, text: props.terms.pickerNone },
    ...wards.value.map((ward) => ({ key: String(ward.id), text: ward.name }))
  ];
  return (
    <div className={classes.root}>
      <Select
        label={props.terms.pickerLabel}
        options={options}
        selectedKey={props.wardId === undefined ? NONE_KEY : String(props.wardId)}
        onChange={(key) => onWardChange(wards.value.find((ward) => String(ward.id) === key))}
      />
    </div>
  );
}
