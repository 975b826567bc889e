import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EnquiryReportWebPartStrings';
import { percentToOneDecimal, type ITargetMeasure } from '../../../model/enquiries/enquiryReport';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import type { IGroupFigures, IReportFigures } from './groupFigures';
import { GROUPING_LABELS, groupName } from './groupLabels';

/** A median to one decimal place at most ("4", "4.5"), or "none responded yet". */
export function medianText(value: number | undefined): string {
  return value === undefined ? strings.NoMedian : formatNumber(Math.round(value * 10) / 10);
}

/** "83.3% (5 of 6)": on time of those decided (done, or past due), as the CSV rounds it; "none due yet" while none is. */
export function onTimeText(measure: ITargetMeasure): string {
  const percent = percentToOneDecimal(measure);
  if (percent === undefined) return strings.NoneDueYet;
  return formatText(strings.PercentOnTime, `${formatNumber(percent)}%`, formatNumber(measure.onTime), formatNumber(measure.onTime + measure.late));
}

function cells(figures: IGroupFigures): string[] {
  return [
    formatNumber(figures.received),
    onTimeText(figures.acknowledgement),
    onTimeText(figures.response),
    formatNumber(figures.open),
    formatNumber(figures.overdue),
    medianText(figures.medianWorkingDays)
  ];
}

/** The report's primary view: the figures per group of the chosen grouping, the total last. The chart below draws the same. */
export function GroupTable(props: { readonly figures: IReportFigures; readonly caption: string }): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        wrapper: { overflowX: 'auto', maxWidth: '100%' },
        // Whole words in headers and names (the page may wrap long words anywhere); the region scrolls instead.
        table: { borderCollapse: 'collapse', minWidth: '100%', overflowWrap: 'normal', wordBreak: 'normal' },
        caption: { textAlign: 'start', fontWeight: 600, padding: '4px 0 8px' },
        cell: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'end', verticalAlign: 'top' },
        header: { padding: '6px 10px', borderBottom: `2px solid ${theme.palette.neutralPrimary}`, textAlign: 'end', verticalAlign: 'bottom' },
        rowHeader: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', fontWeight: 400 },
        totalHeader: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', fontWeight: 600 },
        total: { fontWeight: 600 }
      }),
    [theme]
  );
  const { grouping } = props.figures;
  const columns = [strings.ColumnReceived, strings.ColumnAcknowledgedOnTime, strings.ColumnRespondedOnTime, strings.ColumnOpen, strings.ColumnOverdue, strings.ColumnMedian];
  return (
    // A focusable scroll region, so a keyboard user can scroll a table wider than the screen.
    <div className={classes.wrapper} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={classes.table}>
        <caption className={classes.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.header} style={{ textAlign: 'start' }}>
              {GROUPING_LABELS[grouping].name}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={classes.header}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.figures.groups.map((figures) => (
            <tr key={figures.key}>
              <th scope="row" className={classes.rowHeader}>
                {groupName(grouping, figures.key)}
              </th>
              {cells(figures).map((value, index) => (
                <td key={index} className={classes.cell}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={classes.total}>
            <th scope="row" className={classes.totalHeader}>
              {GROUPING_LABELS[grouping].total}
            </th>
            {cells(props.figures.total).map((value, index) => (
              <td key={index} className={classes.cell}>
                {value}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
