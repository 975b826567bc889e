import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EnquiryReportWebPartStrings';
import { formatNumber } from '../../../ui/formatNumber';
import type { IReportFigures, IServiceFigures } from './serviceFigures';

export function serviceName(service: string): string {
  return service === '' ? strings.ServiceNotRecorded : service;
}

/** A median to one decimal place at most ("4", "4.5"), or "none responded yet". */
export function medianText(value: number | undefined): string {
  return value === undefined ? strings.NoMedian : formatNumber(Math.round(value * 10) / 10);
}

function cells(figures: IServiceFigures): string[] {
  return [figures.received, figures.respondedOnTime, figures.late, figures.openOverdue].map((value) => formatNumber(value)).concat(medianText(figures.medianWorkingDays));
}

/** The report's primary view: the figures per service, the total last. The chart below draws the same. */
export function ServiceTable(props: { readonly figures: IReportFigures; readonly caption: string }): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        wrapper: { overflowX: 'auto', maxWidth: '100%' },
        table: { borderCollapse: 'collapse', minWidth: '100%' },
        caption: { textAlign: 'start', fontWeight: 600, padding: '4px 0 8px' },
        cell: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'end', verticalAlign: 'top' },
        header: { padding: '6px 10px', borderBottom: `2px solid ${theme.palette.neutralPrimary}`, textAlign: 'end', verticalAlign: 'bottom' },
        rowHeader: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', fontWeight: 400 },
        totalHeader: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', fontWeight: 600 },
        total: { fontWeight: 600 }
      }),
    [theme]
  );
  const columns = [strings.ColumnReceived, strings.ColumnOnTime, strings.ColumnLate, strings.ColumnOpenOverdue, strings.ColumnMedian];
  return (
    // A focusable scroll region, so a keyboard user can scroll a table wider than the screen.
    <div className={classes.wrapper} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={classes.table}>
        <caption className={classes.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.header} style={{ textAlign: 'start' }}>
              {strings.ColumnService}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={classes.header}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.figures.services.map((figures) => (
            <tr key={figures.service}>
              <th scope="row" className={classes.rowHeader}>
                {serviceName(figures.service)}
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
              {strings.TotalRow}
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
