import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Select } from '../../../src/ui/controls/Select';

const OPTIONS = [
  { key: 'any', text: 'Any directorate' },
  { key: 'people', text: 'People (12)' },
  { key: 'place', text: 'Place (7)' }
];

describe('Select', () => {
  test('is a native select named by its label, showing the chosen option and every option with its text', () => {
    render(<Select label="Directorate" options={OPTIONS} selectedKey="people" onChange={jest.fn()} />);
    const select = screen.getByRole('combobox', { name: 'Directorate' }) as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.value).toBe('people');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Any directorate', 'People (12)', 'Place (7)']);
    expect((screen.getByRole('option', { name: 'People (12)' }) as HTMLOptionElement).selected).toBe(true);
  });

  test('reports the key of the option chosen and follows the selectedKey it is given', () => {
    const onChange = jest.fn<void, [string]>();
    const view = render(<Select label="Directorate" options={OPTIONS} selectedKey="any" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Directorate' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'place' } });
    expect(onChange).toHaveBeenCalledWith('place');
    view.rerender(<Select label="Directorate" options={OPTIONS} selectedKey="place" onChange={onChange} />);
    expect(select.value).toBe('place');
  });

  test('takes part in the Tab order like any field, and two selects have distinct ids', () => {
    render(
      <>
        <Select label="Directorate" options={OPTIONS} selectedKey="any" onChange={jest.fn()} />
        <Select label="Service" options={OPTIONS} selectedKey="any" onChange={jest.fn()} />
      </>
    );
    const [first, second] = screen.getAllByRole('combobox');
    expect(first.id).not.toBe(second.id);
    expect(first.tabIndex).toBe(0);
    expect(screen.getByRole('combobox', { name: 'Service' })).toBe(second);
  });

  test('with a placeholder and nothing chosen, says it in an option that cannot be chosen, gone once something is', () => {
    const view = render(<Select label="Ward" placeholder="Choose a ward" options={OPTIONS} selectedKey="" onChange={jest.fn()} />);
    const select = screen.getByRole('combobox', { name: 'Ward' }) as HTMLSelectElement;
    const placeholder = screen.getByRole('option', { name: 'Choose a ward' }) as HTMLOptionElement;
    expect(placeholder.selected).toBe(true);
    expect(placeholder.disabled).toBe(true);
    view.rerender(<Select label="Ward" placeholder="Choose a ward" options={OPTIONS} selectedKey="place" onChange={jest.fn()} />);
    expect(select.value).toBe('place');
    expect(screen.queryByRole('option', { name: 'Choose a ward' })).toBeNull();
  });
});
