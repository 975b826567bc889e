import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'EnquiryReportWebPartStrings';
import type { CalendarDate } from '../../../schema/ukDates';
import { minimumTarget } from '../../../ui/styles';
import { IReportDates, REPORT_PERIOD_CHOICES, reportDates, ReportPeriodChoice } from '../reportPeriod';
import { Button } from '../../../ui/controls/Button';

const CHOICE_LABELS: Readonly<Record<ReportPeriodChoice, string>> = {
  thisQuarter: strings.PeriodThisQuarter,
  lastQuarter: strings.PeriodLastQuarter,
  thisMunicipalYear: strings.PeriodThisMunicipalYear,
  custom: strings.PeriodCustom
};

const classes = mergeStyleSets({
  form: { display: 'grid', gap: 12, justifyItems: 'start' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px 20px' },
  legend: { fontWeight: 600, padding: 0, marginBottom: 8 },
  choice: { ...minimumTarget, display: 'inline-flex', alignItems: 'center', gap: 6 },
  dates: { display: 'flex', flexWrap: 'wrap', gap: 16 },
  dateField: { display: 'grid', gap: 4 },
  dateInput: { ...minimumTarget, font: 'inherit', padding: '4px 6px' },
  error: { margin: 0, fontWeight: 600 }
});

export interface IPeriodPickerProps {
  /** The UK date today, for the named periods. */
  readonly today: CalendarDate;
  readonly onShow: (dates: IReportDates) => void;
}

/** The period form: a named period or two dates, applied with "Show report" (a keyboard user is never surprised by a reload). */
export function PeriodPicker(props: IPeriodPickerProps): JSX.Element {
  const { today, onShow } = props;
  const [choice, setChoice] = React.useState<ReportPeriodChoice>('thisQuarter');
  const [from, setFrom] = React.useState('');
  const [to, setTo] = React.useState('');
  const [invalid, setInvalid] = React.useState(false);
  const errorId = React.useMemo(() => getId('enquiry-report-dates-error'), []);

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const dates = reportDates(choice, today, { from, to });
    setInvalid(dates === undefined);
    if (dates) onShow(dates);
  };

  return (
    <form className={classes.form} onSubmit={submit} noValidate>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{strings.PeriodLegend}</legend>
        {REPORT_PERIOD_CHOICES.map((option) => (
          <label key={option} className={classes.choice}>
            <input type="radio" name="enquiry-report-period" value={option} checked={choice === option} onChange={() => setChoice(option)} />
            {CHOICE_LABELS[option]}
          </label>
        ))}
      </fieldset>
      {choice === 'custom' ? (
        <div className={classes.dates}>
          <label className={classes.dateField}>
            {strings.FromLabel}
            <input
              className={classes.dateInput}
              type="date"
              value={from}
              max={today}
              onChange={(event) => setFrom(event.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
            />
          </label>
          <label className={classes.dateField}>
            {strings.ToLabel}
            <input
              className={classes.dateInput}
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
            />
          </label>
        </div>
      ) : null}
      {invalid ? (
        <p id={errorId} className={classes.error} role="alert">
          {strings.CustomDatesInvalid}
        </p>
      ) : null}
      <Button variant="primary" type="submit" text={strings.ShowReportButton} />
    </form>
  );
}
