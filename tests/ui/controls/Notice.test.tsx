import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Notice } from '../../../src/ui/controls/Notice';
import { Button } from '../../../src/ui/controls/Button';

describe('Notice', () => {
  test('an error is an assertive alert, as Fluent’s MessageBar made it', () => {
    render(<Notice type="error">Could not save</Notice>);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Could not save');
    expect(alert.getAttribute('aria-live')).toBe('assertive');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test.each(['info', 'warning', 'success'] as const)('%s is a polite status', (type) => {
    render(<Notice type={type}>Still trying</Notice>);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Still trying');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the role can be chosen (a warning that must interrupt)', () => {
    render(
      <Notice type="warning" role="alert">
        Pre-election period
      </Notice>
    );
    expect(screen.getByRole('alert').textContent).toBe('Pre-election period');
  });

  test('its icon is hidden from assistive technology and differs by type', () => {
    const { container, rerender } = render(<Notice type="error">x</Notice>);
    const icon = (): Element | null => container.querySelector('[data-icon-name]');
    expect(icon()?.getAttribute('aria-hidden')).toBe('true');
    const errorIcon = icon()?.getAttribute('data-icon-name');
    rerender(<Notice type="success">x</Notice>);
    expect(icon()?.getAttribute('data-icon-name')).not.toBe(errorIcon);
  });

  test('without actions it is no landmark; with actions it is a region described by its message, the actions reachable by keyboard', () => {
    const onRetry = jest.fn();
    const { rerender } = render(<Notice type="error">Could not load</Notice>);
    expect(screen.queryByRole('region')).toBeNull();
    rerender(
      <Notice type="error" actions={<Button text="Try again" onClick={onRetry} />}>
        Could not load
      </Notice>
    );
    const region = screen.getByRole('region');
    expect(region.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.tabIndex).toBe(0);
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('offers a dismiss button named by dismissLabel only when both it and onDismiss are given', () => {
    const onDismiss = jest.fn();
    const { rerender } = render(<Notice type="info" onDismiss={onDismiss}>Saved</Notice>);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <Notice type="info" onDismiss={onDismiss} dismissLabel="Close">
        Saved
      </Notice>
    );
    const dismiss = screen.getByRole('button', { name: 'Close' });
    fireEvent.click(dismiss);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
