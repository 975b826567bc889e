import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MultiSelect } from '../../../src/ui/controls/MultiSelect';

const OPTIONS = [
  { key: '1', text: 'Castle (3)' },
  { key: '2', text: 'Harbour (2)' },
  { key: '3', text: 'Moor (0)' }
];

/** Keeps the chosen keys as a view would, so the control is seen following its props. */
function Harness(props: { onChange?: (key: string, selected: boolean) => void; initial?: string[] }): JSX.Element {
  const [keys, setKeys] = React.useState<string[]>(props.initial ?? []);
  return (
    <>
      <MultiSelect
        label="Ward"
        placeholder="Any ward"
        options={OPTIONS}
        selectedKeys={keys}
        onChange={(key, selected) => {
          props.onChange?.(key, selected);
          setKeys((current) => (selected ? [...current, key] : current.filter((existing) => existing !== key)));
        }}
      />
      <button type="button">After</button>
    </>
  );
}

const field = (): HTMLElement => screen.getByRole('combobox', { name: /^Ward/ });
const key = (target: Element, name: string, init: Partial<KeyboardEventInit> = {}): void => {
  act(() => {
    fireEvent.keyDown(target, { key: name, ...init });
  });
};

describe('MultiSelect', () => {
  test('is a combobox named by its label and then what is chosen, the placeholder when nothing is', () => {
    const view = render(<Harness />);
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().getAttribute('aria-haspopup')).toBe('listbox');
    expect(screen.getByRole('combobox', { name: 'Ward Any ward' })).toBe(field());
    expect(field().tabIndex).toBe(0);
    view.unmount();
    render(<Harness initial={['1', '2']} />);
    expect(screen.getByRole('combobox', { name: 'Ward Castle (3), Harbour (2)' })).toBeTruthy();
  });

  test('keyboard: Enter opens with focus on the first option, arrows move, Space ticks, Escape closes back to the field', () => {
    const onChange = jest.fn<void, [string, boolean]>();
    render(<Harness onChange={onChange} />);
    field().focus();
    key(field(), 'Enter');
    const list = screen.getByRole('listbox', { name: 'Ward' });
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(field().getAttribute('aria-controls')).toBe(list.id);
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Castle (3)' }));
    key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Harbour (2)' }));
    key(document.activeElement as Element, ' ');
    expect(onChange).toHaveBeenLastCalledWith('2', true);
    expect(screen.getByRole('option', { name: 'Harbour (2)' }).getAttribute('aria-selected')).toBe('true');
    key(document.activeElement as Element, 'End');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Moor (0)' }));
    key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Moor (0)' }));
    key(document.activeElement as Element, 'Home');
    key(document.activeElement as Element, 'ArrowUp');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Castle (3)' }));
    key(document.activeElement as Element, 'Enter');
    expect(onChange).toHaveBeenLastCalledWith('1', true);
    // The list stays open for further choices.
    expect(screen.getByRole('listbox')).toBeTruthy();
    key(document.activeElement as Element, 'Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(field());
    expect(screen.getByRole('combobox', { name: 'Ward Castle (3), Harbour (2)' })).toBe(field());
  });

  test('opening again puts focus on the first chosen option; Space on a chosen option unticks it', () => {
    const onChange = jest.fn<void, [string, boolean]>();
    render(<Harness onChange={onChange} initial={['2']} />);
    key(field(), ' ');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Harbour (2)' }));
    key(document.activeElement as Element, ' ');
    expect(onChange).toHaveBeenLastCalledWith('2', false);
    expect(screen.getByRole('option', { name: 'Harbour (2)' }).getAttribute('aria-selected')).toBe('false');
  });

  test('Escape in the list does not reach a dialog around it; Tab closes the list', () => {
    const outer = jest.fn();
    render(
      <div onKeyDown={(event) => event.key === 'Escape' && outer()}>
        <Harness />
      </div>
    );
    key(field(), 'ArrowDown');
    key(document.activeElement as Element, 'Escape');
    expect(outer).not.toHaveBeenCalled();
    key(field(), 'ArrowUp');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Moor (0)' }));
    key(document.activeElement as Element, 'Tab');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  test('pointer: a click opens, a click on an option ticks it, a press outside closes', () => {
    const onChange = jest.fn<void, [string, boolean]>();
    render(<Harness onChange={onChange} />);
    fireEvent.click(field());
    fireEvent.click(screen.getByRole('option', { name: 'Moor (0)' }));
    expect(onChange).toHaveBeenCalledWith('3', true);
    expect(screen.getByRole('listbox')).toBeTruthy();
    act(() => {
      fireEvent.pointerDown(screen.getByRole('button', { name: 'After' }));
    });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.click(field());
    expect(screen.getByRole('listbox')).toBeTruthy();
    fireEvent.click(field());
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
