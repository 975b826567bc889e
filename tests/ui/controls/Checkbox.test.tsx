import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Checkbox } from '../../../src/ui/controls/Checkbox';

describe('Checkbox', () => {
  test('is a native checkbox named by its label, reporting the new state; the label ticks it too', () => {
    const onChange = jest.fn<void, [boolean]>();
    const view = render(<Checkbox label="Cabinet members only (4)" checked={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Cabinet members only (4)' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByText('Cabinet members only (4)'));
    expect(onChange).toHaveBeenCalledTimes(2);
    view.rerender(<Checkbox label="Cabinet members only (4)" checked onChange={onChange} />);
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith(false);
  });
});
