import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import { isWithinPreElectionPeriod, IPreElectionPeriod } from '../../../model/preElectionPeriod';
import { type CalendarDate } from '../../../schema/ukDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { Notice } from '../../../ui/controls/Notice';

export interface IPreElectionNoticeProps {
  period?: IPreElectionPeriod;
  today: CalendarDate;
  locale: string;
}

const classes = mergeStyleSets({
  heading: { margin: '0 0 4px', fontSize: 'inherit', fontWeight: 600 },
  message: { margin: 0 }
});

/** A reminder of the rules on publicity, shown only while today is within the pre-election period. */
export function PreElectionNotice(props: IPreElectionNoticeProps): JSX.Element | null {
  const { period } = props;
  if (!period || !isWithinPreElectionPeriod(props.today, period)) return null;
  return (
    <Notice type="warning">
      <h3 className={classes.heading}>{strings.PreElectionHeading}</h3>
      <p className={classes.message}>
        {formatText(strings.PreElectionMessage, formatCalendarDate(period.from, 'long', props.locale), formatCalendarDate(period.to, 'long', props.locale))}
      </p>
    </Notice>
  );
}
