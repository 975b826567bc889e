import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IDirectoryLoadProgress } from '../../../data/IOfficerRepository';
import type { IOfficerDirectory } from '../../../model/Officer';
import { IDirectorateServices, servicesByDirectorate } from '../../../model/servicesByDirectorate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { EmptyState } from '../../../ui/states/EmptyState';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { Checkbox } from '../../../ui/controls/Checkbox';
import type { IOfficerDirectoryUrlState } from './officerDirectoryUrlState';
import { OfficerList } from './OfficerList';
import { useOfficerResults } from './useOfficerResults';
import type { ServiceLookup } from './useServiceLookup';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { SearchInput } from '../../../ui/controls/SearchInput';

const classes = mergeStyleSets({
  controls: { display: 'grid', gap: 12, marginBottom: 16 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'end' },
  filter: { minWidth: 220 },
  resultsHeading: { margin: '8px 0', fontSize: 16, fontWeight: 600 }
});

const ANY = '';

export interface IOfficerSearchViewProps {
  directory: IOfficerDirectory;
  /** Set while `directory` is only the officers loaded so far. */
  stillLoading?: IDirectoryLoadProgress;
  state: IOfficerDirectoryUrlState;
  serviceOf: ServiceLookup;
  onChange: (change: Partial<IOfficerDirectoryUrlState>) => void;
  profileHref: (officerId: number) => string;
  onOpenProfile: (officerId: number) => void;
}

/** Search as you type over every officer, with directorate, service and CLO filters. */
export function OfficerSearchView(props: IOfficerSearchViewProps): JSX.Element {
  const { directory, state, onChange } = props;
  const groups = React.useMemo(() => servicesByDirectorate(directory.services), [directory]);
  const results = useOfficerResults(directory, state);
  const filtered = Boolean(state.query.trim() || state.directorate || state.serviceId !== undefined || state.liaisonOnly);
  const { stillLoading } = props;
  let countText: string;
  if (stillLoading) {
    const total = Math.max(stillLoading.total ?? 0, stillLoading.loaded, directory.officers.length);
    countText = formatText(strings.PartialResults, formatNumber(results.length), formatNumber(directory.officers.length), formatNumber(total));
  } else {
    countText = filtered ? formatPlural(results.length, pluralForms(strings, 'Matches')) : formatText(strings.AllOfficers, formatNumber(results.length));
  }

  const clearAll = (): void => onChange({ query: '', directorate: undefined, serviceId: undefined, liaisonOnly: false });

  return (
    <>
      <div role="search" className={classes.controls} aria-label={strings.SearchLabel}>
        <SearchInput
          ariaLabel={strings.SearchLabel}
          placeholder={strings.SearchPlaceholder}
          value={state.query}
          onChange={(value) => onChange({ query: value })}
        />
        <OfficerFilters
          groups={groups}
          directorate={state.directorate}
          serviceId={state.serviceId}
          liaisonOnly={state.liaisonOnly}
          serviceOf={props.serviceOf}
          onChange={onChange}
        />
      </div>

      <h3 className={classes.resultsHeading}>{countText}</h3>
      <LiveAnnouncement message={countText} />

      {results.length === 0 && stillLoading ? (
        // Not "no results": the officers still loading may match.
        <p>{strings.PartialNoResultsYet}</p>
      ) : results.length === 0 ? (
        <EmptyState
          heading={strings.NoResultsHeading}
          message={strings.NoResultsMessage}
          actionLabel={filtered ? strings.ClearAllButton : undefined}
          onAction={filtered ? clearAll : undefined}
        />
      ) : (
        <OfficerList
          resetKey={`${state.query}|${state.directorate ?? ''}|${state.serviceId ?? ''}|${state.liaisonOnly}`}
          officers={results}
          label={strings.ResultsHeading}
          serviceOf={props.serviceOf}
          profileHref={props.profileHref}
          onOpenProfile={props.onOpenProfile}
        />
      )}
    </>
  );
}

interface IOfficerFiltersProps {
  groups: readonly IDirectorateServices[];
  directorate: string | undefined;
  serviceId: number | undefined;
  liaisonOnly: boolean;
  serviceOf: ServiceLookup;
  onChange: (change: Partial<IOfficerDirectoryUrlState>) => void;
}

/** Directorate, service and CLO filters. Memoised: typing a search does not draw them again. */
const OfficerFilters = React.memo(function OfficerFilters(props: IOfficerFiltersProps): JSX.Element {
  const { groups, directorate, serviceId, onChange, serviceOf } = props;
  const directorateOptions: ISelectOption[] = React.useMemo(
    () => [
      { key: ANY, text: strings.AnyDirectorate },
      ...groups.filter((group) => group.directorate !== '').map((group) => ({ key: group.directorate, text: group.directorate }))
    ],
    [groups]
  );
  const serviceOptions: ISelectOption[] = React.useMemo(
    () => [
      { key: ANY, text: strings.AnyService },
      ...groups
        .filter((group) => !directorate || group.directorate === directorate)
        .flatMap((group) => group.services)
        .map((service) => ({ key: String(service.id), text: service.name }))
    ],
    [groups, directorate]
  );
  return (
    <div className={classes.filters}>
      <Select
        className={classes.filter}
        label={strings.DirectorateFilterLabel}
        options={directorateOptions}
        selectedKey={directorate ?? ANY}
        onChange={(key) => {
          const chosen = key !== ANY ? key : undefined;
          const service = serviceOf(serviceId);
          // A service from another directorate no longer fits the choice.
          const keepService = service && (!chosen || service.directorate === chosen);
          onChange({ directorate: chosen, serviceId: keepService ? serviceId : undefined });
        }}
      />
      <Select
        className={classes.filter}
        label={strings.ServiceFilterLabel}
        options={serviceOptions}
        selectedKey={serviceId === undefined ? ANY : String(serviceId)}
        onChange={(key) => onChange({ serviceId: key !== ANY ? Number(key) : undefined })}
      />
      <Checkbox label={strings.LiaisonOnlyLabel} checked={props.liaisonOnly} onChange={(checked) => onChange({ liaisonOnly: checked })} />
    </div>
  );
});
