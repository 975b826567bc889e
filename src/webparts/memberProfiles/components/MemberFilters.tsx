import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember, IMemberDirectory, MembershipRole, MemberType } from '../../../model/Member';
import { countFacets, filterMembers, IMemberFilter } from '../../../model/filterMembers';
import { compareNames } from '../../../model/uiLocale';
import { MEMBER_TYPES, MEMBERSHIP_ROLES } from '../../../schema';
import { formatText } from '../../../ui/formatText';
import { readableDropdownPlaceholder } from '../../../ui/styles';
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

function toggled(ids: readonly number[], id: number, selected: boolean | undefined): number[] {
  return selected ? Array.from(new Set([...ids, id])) : ids.filter((existing) => existing !== id);
}

function toggledType(types: readonly MemberType[], type: MemberType, selected: boolean | undefined): MemberType[] {
  return selected ? MEMBER_TYPES.filter((candidate) => candidate === type || types.includes(candidate)) : types.filter((existing) => existing !== type);
}

const MEMBER_TYPE_PLURALS: Readonly<Record<MemberType, string>> = {
  Councillor: strings.MemberTypeCouncillors,
  'Co-opted member': strings.MemberTypeCoopted,
  'Independent person': strings.MemberTypeIndependent
};

/**
 * Party, political group (where the council has groups distinct from parties; shown and hidden
 * with the party filter), ward, committee, committee role, cabinet, responsibility and member type filters. They combine; each
 * choice shows how many councillors it would leave given the other choices. Only the filters the
 * editor chose are shown; with none, there is no filters group at all.
 */
export function MemberFilters(props: IMemberFiltersProps): JSX.Element | null {
  const { directory, searched, filter, shown, onChange } = props;
  const counts = React.useMemo(() => countFacets(searched, filter, directory), [searched, filter, directory]);
  const roleCount = (role: MembershipRole): number => filterMembers(searched, { ...filter, committeeRole: role }, directory).length;

  const partyOptions: IDropdownOption[] = directory.parties
    .filter((party) => party.kind === 'Political party')
    .map((party) => ({ key: party.id, text: withCount(party.name, counts.parties.get(party.id) ?? 0) }));
  const groupOptions: IDropdownOption[] = directory.parties
    .filter((party) => party.kind === 'Political group')
    .map((group) => ({ key: group.id, text: withCount(group.name, counts.groups.get(group.id) ?? 0) }));
  const wardOptions: IDropdownOption[] = directory.wards.map((ward) => ({
    key: ward.id,
    text: withCount(ward.name, counts.wards.get(ward.id) ?? 0)
  }));
  const committeeOptions: IDropdownOption[] = [
    { key: ANY, text: strings.AnyCommittee },
    ...directory.committees
      .filter((committee) => committee.isActive)
      .map((committee) => ({ key: committee.id, text: withCount(committee.name, counts.committees.get(committee.id) ?? 0) }))
  ];
  const roleOptions: IDropdownOption[] = [
    { key: ANY, text: strings.AnyRole },
    ...MEMBERSHIP_ROLES.map((role) => ({ key: role, text: withCount(membershipRoleLabel(role), roleCount(role)) }))
  ];
  const responsibilities = Array.from(new Set(directory.members.flatMap((member) => member.additionalRoles))).sort((a, b) => compareNames(additionalRoleLabel(a), additionalRoleLabel(b)));
  const responsibilityOptions: IDropdownOption[] = [
    { key: ANY, text: strings.AnyResponsibility },
    ...responsibilities.map((role) => ({ key: role, text: withCount(additionalRoleLabel(role), counts.responsibilities.get(role) ?? 0) }))
  ];

  // Only where the council records members who are not councillors: otherwise the filter has one choice.
  const showMemberType = directory.members.some((member) => member.memberType !== 'Councillor');
  const memberTypeOptions: IDropdownOption[] = MEMBER_TYPES.map((type) => ({
    key: type,
    text: withCount(MEMBER_TYPE_PLURALS[type], counts.memberTypes.get(type) ?? 0)
  }));

  if (!DIRECTORY_FILTERS.some((name) => shown[name]) && !showMemberType) return null;
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{strings.FiltersHeading}</legend>
      {shown.party && (
        <Dropdown
          label={strings.PartyFilterLabel}
          placeholder={strings.AnyParty}
          styles={readableDropdownPlaceholder}
          multiSelect
          options={partyOptions}
          selectedKeys={[...filter.partyIds]}
          onChange={(_event, option) => option && onChange({ ...filter, partyIds: toggled(filter.partyIds, Number(option.key), option.selected) })}
        />
      )}
      {shown.party && groupOptions.length > 0 && (
        <Dropdown
          label={strings.GroupFilterLabel}
          placeholder={strings.AnyGroup}
          styles={readableDropdownPlaceholder}
          multiSelect
          options={groupOptions}
          selectedKeys={[...(filter.groupIds ?? [])]}
          onChange={(_event, option) => option && onChange({ ...filter, groupIds: toggled(filter.groupIds ?? [], Number(option.key), option.selected) })}
        />
      )}
      {shown.ward && (
        <Dropdown
          label={strings.WardFilterLabel}
          placeholder={strings.AnyWard}
          styles={readableDropdownPlaceholder}
          multiSelect
          options={wardOptions}
          selectedKeys={[...filter.wardIds]}
          onChange={(_event, option) => option && onChange({ ...filter, wardIds: toggled(filter.wardIds, Number(option.key), option.selected) })}
        />
      )}
      {shown.committee && (
        <>
          <Dropdown
            label={strings.CommitteeFilterLabel}
            options={committeeOptions}
            selectedKey={filter.committeeId ?? ANY}
            onChange={(_event, option) => option && onChange({ ...filter, committeeId: option.key === ANY ? undefined : Number(option.key) })}
          />
          <Dropdown
            label={strings.CommitteeRoleFilterLabel}
            options={roleOptions}
            selectedKey={filter.committeeRole ?? ANY}
            onChange={(_event, option) =>
              option && onChange({ ...filter, committeeRole: MEMBERSHIP_ROLES.find((role) => role === option.key) })
            }
          />
        </>
      )}
      {shown.responsibility && (
        <Dropdown
          label={strings.ResponsibilityFilterLabel}
          options={responsibilityOptions}
          selectedKey={filter.responsibility ?? ANY}
          onChange={(_event, option) => option && onChange({ ...filter, responsibility: option.key === ANY ? undefined : String(option.key) })}
        />
      )}
      {showMemberType && (
        <Dropdown
          label={strings.MemberTypeFilterLabel}
          placeholder={strings.AnyMemberType}
          styles={readableDropdownPlaceholder}
          multiSelect
          options={memberTypeOptions}
          selectedKeys={[...(filter.memberTypes ?? [])]}
          onChange={(_event, option) => {
            const type = MEMBER_TYPES.find((candidate) => candidate === option?.key);
            if (option && type) onChange({ ...filter, memberTypes: toggledType(filter.memberTypes ?? [], type, option.selected) });
          }}
        />
      )}
      {shown.cabinet && (
        <Checkbox
          label={withCount(strings.CabinetOnlyLabel, counts.cabinet)}
          checked={filter.cabinetOnly}
          onChange={(_event, checked) => onChange({ ...filter, cabinetOnly: Boolean(checked) })}
        />
      )}
    </fieldset>
  );
}
