import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberBriefingsWebPartStrings';
import { nextWeek, previousWeek, type CalendarDate } from '../../../schema/ukDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { focusRing, minimumTarget } from '../../../ui/styles';
import { hiddenInPrint } from './printStyles';
import { Button } from '../../../ui/controls/Button';

export interface IWeekNavigationProps {
  week: CalendarDate;
  thisWeek: CalendarDate;
  /** Language for dates: en-GB, or the Teams client's language in Teams. */
  locale: string;
  headingId: string;
  onWeekChange: (week: CalendarDate) => void;
}

/** The week shown, as a heading, with buttons to the previous, current and next week. */
export function WeekNavigation(props: IWeekNavigationProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8 },
        heading: { margin: 0, fontSize: 20, fontWeight: 600 },
        buttons: [{ display: 'flex', flexWrap: 'wrap', gap: 8 }, hiddenInPrint],
        button: { ...minimumTarget, ...focusRing(theme) }
      }),
    [theme]
  );
  const { week, onWeekChange } = props;
  return (
    <div className={classes.root}>
      <h3 id={props.headingId} className={classes.heading}>
        {formatText(strings.WeekHeading, formatCalendarDate(week, 'weekdayLong', props.locale))}
      </h3>
      <nav className={classes.buttons} aria-label={strings.WeekNavigationLabel}>
        <Button
          className={classes.button}
          iconName="ChevronLeft"
          text={strings.PreviousWeek}
          onClick={() => onWeekChange(previousWeek(week))}
        />
        <Button
          className={classes.button}
          text={strings.ThisWeek}
          disabled={week === props.thisWeek}
          onClick={() => onWeekChange(props.thisWeek)}
        />
        <Button
          className={classes.button}
          endIconName="ChevronRight"
          text={strings.NextWeek}
          onClick={() => onWeekChange(nextWeek(week))}
        />
      </nav>
    </div>
  );
}
