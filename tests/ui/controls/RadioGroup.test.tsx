import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { RadioGroup } from '../../../src/ui/controls/RadioGroup';

const OPTIONS = [
  { key: 'cards', text: 'Cards' },
  { key: 'list', text: 'List' }
];

describe('RadioGroup', () => {
  test('is a group named by its legend, of native radio buttons sharing one name (one Tab stop, arrow keys)', () => {
    render(<RadioGroup label="Layout" options={OPTIONS} selectedKey="cards" onChange={jest.fn()} />);
    const group = screen.getByRole('group', { name: 'Layout' });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.closest('fieldset'))).toEqual([group, group]);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(radios[0].name).not.toBe('');
    expect(screen.getByRole('radio', { name: 'Cards' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'List' })).toHaveProperty('checked', false);
  });

  test('choosing an option, by the button or its label, reports its key; the checked one follows selectedKey', () => {
    const onChange = jest.fn<void, [string]>();
    const view = render(<RadioGroup label="Layout" options={OPTIONS} selectedKey="cards" onChange={onChange} />);
    fireEvent.click(screen.getByText('List'));
    expect(onChange).toHaveBeenLastCalledWith('list');
    view.rerender(<RadioGroup label="Layout" options={OPTIONS} selectedKey="list" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'List' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Cards' }));
    expect(onChange).toHaveBeenLastCalledWith('cards');
  });

  test('two groups on a page do not share a name', () => {
    render(
      <>
        <RadioGroup label="Layout" options={OPTIONS} selectedKey="cards" onChange={jest.fn()} />
        <RadioGroup label="Other" options={OPTIONS} selectedKey="cards" onChange={jest.fn()} />
      </>
    );
    const [first, second] = screen.getAllByRole('group');
    expect((first.querySelector('input') as HTMLInputElement).name).not.toBe((second.querySelector('input') as HTMLInputElement).name);
  });
});
