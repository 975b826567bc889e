import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { NO_FILTER, IMemberFilter } from '../../../src/model/filterMembers';
import { MemberFilters } from '../../../src/webparts/memberProfiles/components/MemberFilters';
import { ALL_FILTERS_SHOWN } from '../../../src/webparts/memberProfiles/components/directoryUrlState';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** Counts filter control renders by label (native selects and multi-selects): the work a keystroke costs in the filters. */
const dropdownRenders = new Map<string, number>();
function counted<P extends { label: string }>(Actual: React.ComponentType<P>): (props: P) => JSX.Element {
  return function Counted(props: P): JSX.Element {
    dropdownRenders.set(props.label, (dropdownRenders.get(props.label) ?? 0) + 1);
    return <Actual {...props} />;
  };
}
jest.mock('../../../src/ui/controls/Select', () => {
  const actual = jest.requireActual<typeof import('../../../src/ui/controls/Select')>('../../../src/ui/controls/Select');
  return { ...actual, Select: counted(actual.Select) };
});
jest.mock('../../../src/ui/controls/MultiSelect', () => {
  const actual = jest.requireActual<typeof import('../../../src/ui/controls/MultiSelect')>('../../../src/ui/controls/MultiSelect');
  return { ...actual, MultiSelect: counted(actual.MultiSelect) };
});

const totalRenders = (): number => Array.from(dropdownRenders.values()).reduce((sum, count) => sum + count, 0);

describe('MemberFilters per keystroke', () => {
  beforeEach(() => dropdownRenders.clear());

  test('a keystroke that leaves the counts as they were draws no dropdown again', () => {
    const onChange = jest.fn();
    const view = render(<MemberFilters directory={memberDirectory} searched={memberDirectory.members} filter={NO_FILTER} shown={ALL_FILTERS_SHOWN} onChange={onChange} />);
    const first = totalRenders();
    expect(first).toBeGreaterThanOrEqual(5);
    // The same members found again (e.g. "adams" then "adams "): a new array, a new filter object, the same counts.
    view.rerender(<MemberFilters directory={memberDirectory} searched={[...memberDirectory.members]} filter={{ ...NO_FILTER }} shown={ALL_FILTERS_SHOWN} onChange={jest.fn()} />);
    expect(totalRenders()).toBe(first);
  });

  test('a keystroke draws again only the dropdowns whose counts changed, and the choices act on the latest filter', () => {
    const onChange = jest.fn<void, [IMemberFilter]>();
    const view = render(<MemberFilters directory={memberDirectory} searched={memberDirectory.members} filter={NO_FILTER} shown={ALL_FILTERS_SHOWN} onChange={onChange} />);
    const before = new Map(dropdownRenders);
    const one = memberDirectory.members.slice(0, 1);
    view.rerender(<MemberFilters directory={memberDirectory} searched={one} filter={{ ...NO_FILTER, cabinetOnly: true }} shown={ALL_FILTERS_SHOWN} onChange={onChange} />);
    const redrawn = Array.from(dropdownRenders.entries()).filter(([label, count]) => count > (before.get(label) ?? 0)).map(([label]) => label);
    // The ward counts changed (one member left), so the ward filter is drawn again; not every dropdown need be.
    expect(redrawn).toContain('Ward');
    // Choosing a ward keeps the filter given last (cabinet only), not the one the handler was made with.
    fireEvent.click(screen.getByRole('combobox', { name: /^Ward/ }));
    fireEvent.click(screen.getAllByRole('option')[0]);
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ cabinetOnly: true, wardIds: [expect.any(Number)] }));
  });
});
