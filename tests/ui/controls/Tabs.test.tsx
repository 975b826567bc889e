import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { TabList, TabPanel, useTabIds } from '../../../src/ui/controls/Tabs';

type Key = 'find' | 'ask' | 'browse';
const TABS = [
  { key: 'find' as const, text: 'Find a person' },
  { key: 'ask' as const, text: 'Who handles…' },
  { key: 'browse' as const, text: 'Browse services' }
];

function Harness(props: { onSelect?: (key: Key) => void; initial?: Key }): JSX.Element {
  const [selected, setSelected] = React.useState<Key>(props.initial ?? 'find');
  const ids = useTabIds<Key>('test-tabs');
  return (
    <>
      <TabList
        label="Views"
        tabs={TABS}
        selectedKey={selected}
        ids={ids}
        onSelect={(key) => {
          props.onSelect?.(key);
          setSelected(key);
        }}
      />
      <TabPanel selectedKey={selected} ids={ids}>
        <p>Panel of {selected}</p>
        <button type="button">In the panel</button>
      </TabPanel>
    </>
  );
}

const tab = (name: string): HTMLElement => screen.getByRole('tab', { name });

describe('TabList and TabPanel', () => {
  test('a named tab list of tabs; the selected one says so and controls the panel, which it labels', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((element) => element.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const panel = screen.getByRole('tabpanel', { name: 'Find a person' });
    expect(tab('Find a person').getAttribute('aria-controls')).toBe(panel.id);
    // Only the drawn panel is pointed at: no aria-controls to an element that is not there.
    expect(tab('Browse services').hasAttribute('aria-controls')).toBe(false);
    expect(panel.textContent).toContain('Panel of find');
  });

  test('roving tabindex: only the selected tab is in the Tab order', () => {
    render(<Harness initial="ask" />);
    expect(screen.getAllByRole('tab').map((element) => element.tabIndex)).toEqual([-1, 0, -1]);
  });

  test('arrow keys move focus between tabs and wrap; Home and End go to the ends; moving does not select', () => {
    const onSelect = jest.fn();
    render(<Harness onSelect={onSelect} />);
    tab('Find a person').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Who handles…'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Browse services'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Find a person'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Browse services'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(tab('Find a person'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(tab('Browse services'));
    expect(onSelect).not.toHaveBeenCalled();
    expect(tab('Find a person').getAttribute('aria-selected')).toBe('true');
  });

  test('Enter or Space (a native button’s click) or a click selects: the panel follows and the Tab order moves to the new tab', () => {
    const onSelect = jest.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(tab('Browse services'));
    expect(onSelect).toHaveBeenCalledWith('browse');
    expect(tab('Browse services').getAttribute('aria-selected')).toBe('true');
    expect(tab('Browse services').tabIndex).toBe(0);
    expect(tab('Find a person').tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Browse services' }).textContent).toContain('Panel of browse');
  });

  test('other keys are left alone (Tab moves on to the panel as the browser does)', () => {
    render(<Harness />);
    tab('Find a person').focus();
    const event = fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' });
    expect(event).toBe(true); // not prevented
    expect(document.activeElement).toBe(tab('Find a person'));
  });

  test('two tab lists on one page have distinct ids', () => {
    render(
      <>
        <Harness />
        <Harness />
      </>
    );
    const ids = screen.getAllByRole('tab').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
