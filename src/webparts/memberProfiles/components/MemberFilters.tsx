import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember, IMemberDirectory, MembershipRole, MemberType } from '../../../model/Member';
import { countFacets, filterMembers, IMemberFilter } from '../../../model/filterMembers';
import { compareNames } from '../../../model/uiLocale';
import { MEMBER_TYPES, MEMBERSHIP_ROLES } from '../../../schema';
import { formatText } from '../../../ui/formatText';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { MultiSelect } from '../../../ui/controls/MultiSelect';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { DIRECTORY_FILTERS, ShownFilters } from './directoryUrlState';
import { additionalRoleLabel, membershipRoleLabel } from '../memberChoiceLabels';

const classes = mergeStyleSets({
  fieldset: { border: 0, margin: 0, padding: 0, display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', alignItems: 'end' },
  legend: { fontWeight: 600, padding: 0, marginBottom: 4 }
});

const ANY = 'any';

export interface IMemberFiltersProps {
  directory: IMemberDirectory;
  /** Members matching the search, before filters: counts say how many each choice would leave. */
  searched: readonly IMember[];
  filter: IMemberFilter;
  /** The filters the editor chose to show. */
  shown: ShownFilters;
  onChange: (filter: IMemberFilter) => void;
}

function withCount(text: string, count: number): string {
  return formatText(strings.OptionWithCount, text, count);
}

function toggled(ids: readonly number[], id: number, selected: boolean): number[] {
  return selected ? Array.from(new Set([...ids, id])) : ids.filter((existing) => existing !== id);
}

function toggledType(types: readonly MemberType[], type: MemberType, selected: boolean): MemberType[] {
  return selected ? MEMBER_TYPES.filter((candidate) => candidate === type || types.includes(candidate)) : types.filter((existing) => existing !== type);
}

const MEMBER_TYPE_PLURALS: Readonly<Record<MemberType, string>> = {
  Councillor: strings.MemberTypeCouncillors,
  'Co-opted member': strings.MemberTypeCoopted,
  'Independent person': strings.MemberTypeIndependent
};

const NONE: readonly never[] = [];

/** A filter's change: the option's key, and (multi-select) whether it is now chosen. */
type FilterChange = (key: string, selected: boolean) => void;

/**
 * The previous options while their keys and texts are the same: a keystroke that leaves a filter's
 * counts as they were does not draw that filter again.
 */
function useSameOptions(options: ISelectOption[]): ISelectOption[] {
  const kept = React.useRef(options);
  const previous = kept.current;
  const same =
    previous === options || (previous.length === options.length && previous.every((option, i) => option.key === options[i].key && option.text === options[i].text));
  if (!same) kept.current = options;
  return kept.current;
}

function sameCounts<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) {
    if (b.get(key) !== count) return false;
  }
  return true;
}

/**
 * The previous counts while every count is the same: most keystrokes change a few filters' counts
 * at most, and a filter whose counts stand keeps its options without formatting them again.
 */
function useSteadyCounts<K>(counts: ReadonlyMap<K, number>): ReadonlyMap<K, number> {
  const kept = React.useRef(counts);
  if (kept.current !== counts && !sameCounts(kept.current, counts)) kept.current = counts;
  return kept.current;
}

/** One handler per filter for the life of the view, acting on the latest filter: memoised dropdowns stay memoised. */
function useFilterHandlers(filter: IMemberFilter, onChange: (filter: IMemberFilter) => void): Readonly<Record<'party' | 'group' | 'ward' | 'committee' | 'role' | 'responsibility' | 'memberType', FilterChange>> {
  const latest = React.useRef({ filter, onChange });
  latest.current = { filter, onChange };
  return React.useMemo(() => {
    const update =
      (next: (current: IMemberFilter, key: string, selected: boolean) => IMemberFilter | undefined): FilterChange =>
      (key, selected) => {
        const changed = next(latest.current.filter, key, selected);
        if (changed) latest.current.onChange(changed);
      };
    return {
      party: update((current, key, selected) => ({ ...current, partyIds: toggled(current.partyIds, Number(key), selected) })),
      group: update((current, key, selected) => ({ ...current, groupIds: toggled(current.groupIds ?? [], Number(key), selected) })),
      ward: update((current, key, selected) => ({ ...current, wardIds: toggled(current.wardIds, Number(key), selected) })),
      committee: update((current, key) => ({ ...current, committeeId: key === ANY ? undefined : Number(key) })),
      role: update((current, key) => ({ ...current, committeeRole: MEMBERSHIP_ROLES.find((role) => role === key) })),
      responsibility: update((current, key) => ({ ...current, responsibility: key === ANY ? undefined : key })),
      memberType: update((current, key, selected) => {
        const type = MEMBER_TYPES.find((candidate) => candidate === key);
        return type ? { ...current, memberTypes: toggledType(current.memberTypes ?? [], type, selected) } : undefined;
      })
    };
  }, []);
}

interface IFilterDropdownProps {
  label: string;
  options: ISelectOption[];
  onChange: FilterChange;
  /** A multi-select filter: what is chosen, and what it says when nothing is. */
  selectedKeys?: readonly (number | string)[];
  placeholder?: string;
  /** A single-choice filter. */
  selectedKey?: number | string;
}

/** One filter; memoised, so a keystroke draws again only the filters whose counts changed. */
const FilterDropdown = React.memo(function FilterDropdown(props: IFilterDropdownProps): JSX.Element {
  const { selectedKeys, onChange } = props;
  const chosenKeys = React.useMemo(() => selectedKeys?.map(String), [selectedKeys]);
  return chosenKeys ? (
    <MultiSelect label={props.label} placeholder={props.placeholder ?? ''} options={props.options} selectedKeys={chosenKeys} onChange={onChange} />
  ) : (
    <Select label={props.label} options={props.options} selectedKey={String(props.selectedKey)} onChange={(key) => onChange(key, true)} />
  );
});

/**
 * Party, political group (where the council has groups distinct from parties; shown and hidden
 * with the party filter), ward, committee, committee role, cabinet, responsibility and member type filters. They combine; each
 * choice shows how many councillors it would leave given the other choices. Only the filters the
 * editor chose are shown; with none, there is no filters group at all.
 */
export function MemberFilters(props: IMemberFiltersProps): JSX.Element | null {
  const { directory, searched, filter, shown, onChange } = props;
  const counts = React.useMemo(() => countFacets(searched, filter, directory), [searched, filter, directory]);
  const handlers = useFilterHandlers(filter, onChange);
  const partyCounts = useSteadyCounts(counts.parties);
  const groupCounts = useSteadyCounts(counts.groups);
  const wardCounts = useSteadyCounts(counts.wards);
  const committeeCounts = useSteadyCounts(counts.committees);
  const roleCounts = useSteadyCounts(
    React.useMemo(
      () => new Map(MEMBERSHIP_ROLES.map((role): [MembershipRole, number] => [role, filterMembers(searched, { ...filter, committeeRole: role }, directory).length])),
      [searched, filter, directory]
    )
  );
  const responsibilityCounts = useSteadyCounts(counts.responsibilities);
  const memberTypeCounts = useSteadyCounts(counts.memberTypes);

  // Each filter's options are formatted again only when its own counts change.
  const partyOptions = useSameOptions(
    React.useMemo(
      () =>
        directory.parties
          .filter((party) => party.kind === 'Political party')
          .map((party) => ({ key: String(party.id), text: withCount(party.name, partyCounts.get(party.id) ?? 0) })),
      [directory, partyCounts]
    )
  );
  const groupOptions = useSameOptions(
    React.useMemo(
      () =>
        directory.parties
          .filter((party) => party.kind === 'Political group')
          .map((group) => ({ key: String(group.id), text: withCount(group.name, groupCounts.get(group.id) ?? 0) })),
      [directory, groupCounts]
    )
  );
  const wardOptions = useSameOptions(
    React.useMemo(() => directory.wards.map((ward) => ({ key: String(ward.id), text: withCount(ward.name, wardCounts.get(ward.id) ?? 0) })), [directory, wardCounts])
  );
  const committeeOptions = useSameOptions(
    React.useMemo(
      () => [
        { key: ANY, text: strings.AnyCommittee },
        ...directory.committees
          .filter((committee) => committee.isActive)
          .map((committee) => ({ key: String(committee.id), text: withCount(committee.name, committeeCounts.get(committee.id) ?? 0) }))
      ],
      [directory, committeeCounts]
    )
  );
  const roleOptions = useSameOptions(
    React.useMemo(
      () => [{ key: ANY, text: strings.AnyRole }, ...MEMBERSHIP_ROLES.map((role) => ({ key: role, text: withCount(membershipRoleLabel(role), roleCounts.get(role) ?? 0) }))],
      [roleCounts]
    )
  );
  // The directory's responsibilities, sorted once per directory rather than on every keystroke.
  const responsibilities = React.useMemo(
    () => Array.from(new Set(directory.members.flatMap((member) => member.additionalRoles))).sort((a, b) => compareNames(additionalRoleLabel(a), additionalRoleLabel(b))),
    [directory]
  );
  const responsibilityOptions = useSameOptions(
    React.useMemo(
      () => [
        { key: ANY, text: strings.AnyResponsibility },
        ...responsibilities.map((role) => ({ key: role, text: withCount(additionalRoleLabel(role), responsibilityCounts.get(role) ?? 0) }))
      ],
      [responsibilities, responsibilityCounts]
    )
  );

  // Only where the council records members who are not councillors: otherwise the filter has one choice.
  const showMemberType = directory.members.some((member) => member.memberType !== 'Councillor');
  const memberTypeOptions = useSameOptions(
    React.useMemo(() => MEMBER_TYPES.map((type) => ({ key: type, text: withCount(MEMBER_TYPE_PLURALS[type], memberTypeCounts.get(type) ?? 0) })), [memberTypeCounts])
  );

  if (!DIRECTORY_FILTERS.some((name) => shown[name]) && !showMemberType) return null;
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{strings.FiltersHeading}</legend>
      {shown.party && (
        <FilterDropdown label={strings.PartyFilterLabel} placeholder={strings.AnyParty} options={partyOptions} selectedKeys={filter.partyIds} onChange={handlers.party} />
      )}
      {shown.party && groupOptions.length > 0 && (
        <FilterDropdown label={strings.GroupFilterLabel} placeholder={strings.AnyGroup} options={groupOptions} selectedKeys={filter.groupIds ?? NONE} onChange={handlers.group} />
      )}
      {shown.ward && (
        <FilterDropdown label={strings.WardFilterLabel} placeholder={strings.AnyWard} options={wardOptions} selectedKeys={filter.wardIds} onChange={handlers.ward} />
      )}
      {shown.committee && (
        <>
          <FilterDropdown label={strings.CommitteeFilterLabel} options={committeeOptions} selectedKey={filter.committeeId ?? ANY} onChange={handlers.committee} />
          <FilterDropdown label={strings.CommitteeRoleFilterLabel} options={roleOptions} selectedKey={filter.committeeRole ?? ANY} onChange={handlers.role} />
        </>
      )}
      {shown.responsibility && (
        <FilterDropdown label={strings.ResponsibilityFilterLabel} options={responsibilityOptions} selectedKey={filter.responsibility ?? ANY} onChange={handlers.responsibility} />
      )}
      {showMemberType && (
        <FilterDropdown
          label={strings.MemberTypeFilterLabel}
          placeholder={strings.AnyMemberType}
          options={memberTypeOptions}
          selectedKeys={filter.memberTypes ?? NONE}
          onChange={handlers.memberType}
        />
      )}
      {shown.cabinet && (
        <Checkbox
          label={withCount(strings.CabinetOnlyLabel, counts.cabinet)}
          checked={filter.cabinetOnly}
          onChange={(checked) => onChange({ ...filter, cabinetOnly: checked })}
        />
      )}
    </fieldset>
  );
}
