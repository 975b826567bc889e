import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember, IWard } from '../../../model/Member';
import { wardVacancies } from '../../../model/wardVacancies';
import { formatText } from '../../../ui/formatText';

const classes = mergeStyleSets({
  root: { margin: '8px 0' },
  heading: { margin: 0, fontSize: 16, fontWeight: 600 },
  list: { margin: '4px 0 0', paddingLeft: 20 }
});

export interface IWardVacanciesProps {
  readonly wards: readonly IWard[];
  /** The directory's members: vacancies count every current councillor, whatever the search shows. */
  readonly members: readonly IMember[];
  /** Only these wards (the ward filter); empty: every ward. */
  readonly wardIds: readonly number[];
}

/** Wards with fewer current councillors than seats: who is missing from a ward's members is a vacancy, not an error. */
export const WardVacancies = React.memo(function WardVacancies(props: IWardVacanciesProps): JSX.Element | null {
  const { wards, members, wardIds } = props;
  const vacancies = React.useMemo(() => {
    const shown = wardIds.length === 0 ? wards : wards.filter((ward) => wardIds.includes(ward.id));
    return wardVacancies(shown, members);
  }, [wards, members, wardIds]);
  if (vacancies.length === 0) return null;
  return (
    <section className={classes.root} aria-label={strings.VacanciesHeading}>
      <h3 className={classes.heading}>{strings.VacanciesHeading}</h3>
      <ul className={classes.list}>
        {vacancies.map((vacancy) => (
          <li key={vacancy.ward.id}>
            {formatText(vacancy.vacant === 1 ? strings.WardVacancyOne : strings.WardVacancyMany, vacancy.ward.name, vacancy.vacant, vacancy.seats)}
          </li>
        ))}
      </ul>
    </section>
  );
});
