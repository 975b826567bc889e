import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { LoadingProgress } from '../../../src/webparts/officerDirectory/components/LoadingProgress';

describe('LoadingProgress', () => {
  it('explains a slow first load of a very large directory', () => {
    render(<LoadingProgress progress={{ loaded: 45000, total: 100000 }} />);
    expect(screen.getByText('Loaded 45,000 of 100,000 officers…')).toBeTruthy();
    expect(
      screen.getByText('This directory holds 100,000 officers, so loading it the first time takes a while. Later visits use the copy kept in this browser and open quickly.')
    ).toBeTruthy();
  });

  it('says nothing more at county scale', () => {
    render(<LoadingProgress progress={{ loaded: 5000, total: 20000 }} />);
    expect(screen.getByText('Loaded 5,000 of 20,000 officers…')).toBeTruthy();
    expect(screen.queryByText(/takes a while/)).toBeNull();
  });
});
