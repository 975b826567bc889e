import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { SearchInput } from '../../../src/ui/controls/SearchInput';

/** Holds the text as a view does, so the box is seen following its value. */
function Harness(props: { onChange?: (value: string) => void; onOuterEscape?: () => void }): JSX.Element {
  const [value, setValue] = React.useState('');
  return (
    <div onKeyDown={(event) => event.key === 'Escape' && props.onOuterEscape?.()}>
      <SearchInput
        ariaLabel="Search councillors"
        placeholder="Name, ward or role"
        value={value}
        onChange={(next) => {
          props.onChange?.(next);
          setValue(next);
        }}
      />
    </div>
  );
}

const box = (): HTMLInputElement => screen.getByRole('searchbox', { name: 'Search councillors' }) as HTMLInputElement;

describe('SearchInput', () => {
  test('is a search input named by its aria-label (the bench and tests find it by that), with its placeholder', () => {
    render(<Harness />);
    expect(box().type).toBe('search');
    expect(box().getAttribute('aria-label')).toBe('Search councillors');
    expect(box().placeholder).toBe('Name, ward or role');
    // Nothing to clear yet: no clear button in the Tab order.
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  test('typing reports the text; the clear button (from the loc file) empties the box and returns focus to it', () => {
    const onChange = jest.fn<void, [string]>();
    render(<Harness onChange={onChange} />);
    fireEvent.change(box(), { target: { value: 'adams' } });
    expect(onChange).toHaveBeenLastCalledWith('adams');
    expect(box().value).toBe('adams');
    const clear = screen.getByRole('button', { name: 'Clear search' });
    expect(clear.getAttribute('type')).toBe('button');
    clear.focus();
    fireEvent.click(clear);
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(box());
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  test('Escape empties a box with text and goes no further; in an empty box it is left to the page (a panel may close)', () => {
    const onChange = jest.fn<void, [string]>();
    const onOuterEscape = jest.fn();
    render(<Harness onChange={onChange} onOuterEscape={onOuterEscape} />);
    fireEvent.change(box(), { target: { value: 'castle' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(box().value).toBe('');
    expect(onOuterEscape).not.toHaveBeenCalled();
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(onOuterEscape).toHaveBeenCalledTimes(1);
  });
});
