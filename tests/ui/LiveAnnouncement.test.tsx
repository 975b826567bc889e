import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { LiveAnnouncement } from '../../src/ui/LiveAnnouncement';

describe('LiveAnnouncement', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('announces only the message that settles, once typing pauses', () => {
    const { rerender } = render(<LiveAnnouncement message="5 councillors" />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('5 councillors');

    rerender(<LiveAnnouncement message="3 councillors" />);
    act(() => void jest.advanceTimersByTime(300));
    rerender(<LiveAnnouncement message="1 councillor" />);
    act(() => void jest.advanceTimersByTime(300));
    expect(region.textContent).toBe('5 councillors');

    act(() => void jest.advanceTimersByTime(300));
    expect(region.textContent).toBe('1 councillor');
  });
});
