import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IPrivateColumnFinding } from '../../../model/health/privateColumns';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useHealthClasses } from './healthStyles';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';

function itemsText(count: number | undefined): string {
  if (count === undefined) return strings.PrivateColumnItemsUncounted;
  if (count === 0) return strings.PrivateColumnItemsNone;
  return formatPlural(count, pluralForms(strings, 'PrivateColumnItems'));
}

/**
 * Columns holding private details left on the lists (by an earlier version, or added by an admin):
 * each with how many items hold data in it, then how to empty and delete them. Shown first, and
 * only when there are any.
 */
export function PrivateColumnsSection(props: { readonly columns: readonly IPrivateColumnFinding[]; readonly headingId: string }): JSX.Element {
  const classes = useHealthClasses();
  const { columns } = props;
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.sectionHeading}>
        {formatText(strings.HeadingWithCount, strings.PrivateColumnsHeading, formatNumber(columns.length))}
      </h3>
      <p className={classes.paragraph}>{strings.PrivateColumnsIntro}</p>
      <ul className={classes.list}>
        {columns.map((column) => (
          <li key={`${column.list}:${column.internalName}`}>
            {formatText(strings.PrivateColumnItem, column.displayName, column.internalName, column.list, column.what)}{' '}
            <strong>{itemsText(column.itemsWithData)}</strong>
          </li>
        ))}
      </ul>
      <h4 className={classes.groupHeading}>{strings.PrivateColumnsStepsHeading}</h4>
      <ol className={classes.list}>
        <li>{strings.PrivateColumnsStepKeep}</li>
        <li>{strings.PrivateColumnsStepEmpty}</li>
        <li>{strings.PrivateColumnsStepDelete}</li>
        <li>{strings.PrivateColumnsStepVersions}</li>
      </ol>
    </section>
  );
}
