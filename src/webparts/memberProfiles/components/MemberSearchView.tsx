import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMemberDirectory } from '../../../model/Member';
import { prepareMemberSearch, searchMembers } from '../../../model/searchMembers';
import { filterMembers, IMemberFilter } from '../../../model/filterMembers';
import { sortMembers } from '../../../model/sortMembers';
import { EmptyState } from '../../../ui/states/EmptyState';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import type { IDirectoryRecords } from './useDirectoryRecords';
import type { DirectoryLayout, DirectorySort, IDirectoryUrlState, ShownFilters } from './directoryUrlState';
import { MEMBER_CARDS_FIRST_DRAWN, MemberCardGrid } from './MemberCardGrid';
import { usePaintedOnce } from '../../../ui/usePaintedOnce';
import { CommitteesPendingNote } from './CommitteesPendingNote';
import { MemberFilters } from './MemberFilters';
import { MembersMailOut } from './MembersMailOut';
import { MemberTable } from './MemberTable';
import { WardVacancies } from './WardVacancies';
import { lazyPart } from '../../../ui/lazyPart';
import { SearchInput } from '../../../ui/controls/SearchInput';

/** The open-data downloads (CSV and Popolo JSON writers) load after first paint. */
const OpenDataDownloads = lazyPart(() => import(/* webpackChunkName: 'member-profiles-open-data' */ './OpenDataDownloads').then((module) => module.OpenDataDownloads));

const classes = mergeStyleSets({
  controls: { display: 'grid', gap: 12, marginBottom: 16 },
  resultsBar: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'end', justifyContent: 'space-between', margin: '8px 0' },
  resultsHeading: { margin: 0, fontSize: 16, fontWeight: 600 },
  viewControls: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'end' }
});

const SORTS: readonly DirectorySort[] = ['surname', 'ward', 'party'];
const SORT_OPTIONS: ISelectOption[] = SORTS.map((sort) => ({
  key: sort,
  text: sort === 'surname' ? strings.SortSurname : sort === 'ward' ? strings.SortWard : strings.SortParty
}));
const LAYOUT_OPTIONS: ISelectOption[] = [
  { key: 'cards', text: strings.LayoutCards },
  { key: 'list', text: strings.LayoutList }
];

export interface IMemberSearchViewProps {
  directory: IMemberDirectory;
  lookups: IDirectoryRecords;
  state: IDirectoryUrlState;
  layout: DirectoryLayout;
  shownFilters: ShownFilters;
  onChange: (change: Partial<IDirectoryUrlState>) => void;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
  /** Reads the committees again after they failed; absent where trying again cannot help. */
  onRetryCommittees?: () => void;
}

function filterOf(state: IDirectoryUrlState): IMemberFilter {
  return {
    partyIds: state.partyIds,
    groupIds: state.groupIds,
    wardIds: state.wardIds,
    committeeId: state.committeeId,
    committeeRole: state.committeeRole,
    cabinetOnly: state.cabinetOnly,
    responsibility: state.responsibility,
    memberTypes: state.memberTypes
  };
}

interface IViewControlsProps {
  sort: DirectorySort;
  layout: DirectoryLayout;
  onChange: (change: Partial<IDirectoryUrlState>) => void;
}

/** Sort and layout; memoised, so typing a search does not draw them again. */
const ViewControls = React.memo(function ViewControls(props: IViewControlsProps): JSX.Element {
  const { onChange } = props;
  return (
    <div className={classes.viewControls}>
      <Select
        label={strings.SortLabel}
        options={SORT_OPTIONS}
        selectedKey={props.sort}
        onChange={(key) => {
          const sort = SORTS.find((candidate) => candidate === key);
          if (sort) onChange({ sort });
        }}
      />
      <RadioGroup
        label={strings.LayoutLabel}
        selectedKey={props.layout}
        options={LAYOUT_OPTIONS}
        onChange={(key) => onChange({ layout: key === 'list' ? 'list' : 'cards' })}
      />
    </div>
  );
});

/** Search as you type, combined filters, sort and layout, and the results. */
export function MemberSearchView(props: IMemberSearchViewProps): JSX.Element {
  const { directory, state, onChange } = props;
  const filter = filterOf(state);
  // After the cards are painted: the search text of every member, before the first keystroke needs it.
  React.useEffect(() => prepareMemberSearch(directory), [directory]);
  // Sorted once per directory and order; searching and filtering keep the order, so a keystroke never sorts.
  const sorted = React.useMemo(() => sortMembers(directory.members, state.sort, directory), [directory, state.sort]);
  const searched = React.useMemo(() => searchMembers(sorted, state.query, directory), [sorted, state.query, directory]);
  const filterKey = JSON.stringify(filter);
  const results = React.useMemo(
    () => filterMembers(searched, filter, directory),
    // filterKey stands for filter, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [searched, filterKey, directory]
  );
  const committeesLoading = directory.committeesPending?.status === 'loading';
  // The view's first paint waits for a screenful of cards only; typing later draws whole pages at once.
  const painted = usePaintedOnce();
  // Other results start again at the first page of cards.
  const resultsKey = JSON.stringify([state.query, state.sort, filter]);
  const countText =
    results.length === directory.members.length
      ? formatText(strings.ResultCountAll, results.length)
      : formatText(strings.ResultCount, results.length, directory.members.length);

  const clearAll = (): void =>
    onChange({ query: '', partyIds: [], groupIds: [], wardIds: [], committeeId: undefined, committeeRole: undefined, cabinetOnly: false, responsibility: undefined, memberTypes: [] });

  return (
    <>
      <div role="search" className={classes.controls} aria-label={strings.SearchLabel}>
        <SearchInput
          ariaLabel={strings.SearchLabel}
          placeholder={strings.SearchPlaceholder}
          value={state.query}
          onChange={(value) => onChange({ query: value })}
        />
        <MemberFilters
          directory={directory}
          searched={searched}
          filter={filter}
          shown={props.shownFilters}
          onChange={(next) => onChange({ ...next })}
        />
      </div>

      <div className={classes.resultsBar}>
        <div>
          <h3 className={classes.resultsHeading}>{countText}</h3>
          <CommitteesPendingNote pending={directory.committeesPending} onRetry={props.onRetryCommittees} />
        </div>
        <ViewControls sort={state.sort} layout={props.layout} onChange={onChange} />
      </div>
      <LiveAnnouncement message={countText} />
      <WardVacancies wards={directory.wards} members={directory.members} wardIds={state.wardIds} />
      <MembersMailOut members={results} />
      <OpenDataDownloads directory={directory} />

      {results.length === 0 && committeesLoading ? null : results.length === 0 ? (
        <EmptyState heading={strings.NoResultsHeading} message={strings.NoResultsMessage} actionLabel={strings.ClearAllButton} onAction={clearAll} />
      ) : props.layout === 'list' ? (
        <MemberTable
          members={results}
          lookups={props.lookups}
          sort={state.sort}
          caption={strings.ResultsHeading}
          profileHref={props.profileHref}
          onOpenProfile={props.onOpenProfile}
        />
      ) : (
        <MemberCardGrid
          members={results}
          lookups={props.lookups}
          label={strings.ResultsHeading}
          resetKey={resultsKey}
          firstDrawn={painted ? undefined : MEMBER_CARDS_FIRST_DRAWN}
          profileHref={props.profileHref}
          onOpenProfile={props.onOpenProfile}
        />
      )}
    </>
  );
}
