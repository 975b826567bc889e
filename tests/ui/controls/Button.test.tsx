import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Button, LinkButton } from '../../../src/ui/controls/Button';

describe('Button', () => {
  test('is a native button named by its text, of type "button" so it never submits a form by accident', () => {
    const onSubmit = jest.fn((event: React.FormEvent) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button text="Show 20 more" onClick={jest.fn()} />
      </form>
    );
    const button = screen.getByRole('button', { name: 'Show 20 more' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a submit button submits its form', () => {
    const onSubmit = jest.fn((event: React.FormEvent) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button variant="primary" type="submit" text="Show the report" />
      </form>
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the report' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('is reached with Tab and pressed with the keyboard as the browser does it, and calls onClick', () => {
    const onClick = jest.fn();
    render(<Button text="Try again" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  test('disabled: the browser neither focuses it in the Tab order nor calls onClick', () => {
    const onClick = jest.fn();
    render(<Button variant="primary" text="Mark as read" disabled onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Mark as read' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  test('icons are hidden from assistive technology; an aria-label overrides the visible name', () => {
    render(<Button variant="subtle" iconName="Copy" endIconName="ChevronRight" text="Undo" aria-label="Undo: mark as read" />);
    const button = screen.getByRole('button', { name: 'Undo: mark as read' });
    const icons = button.querySelectorAll('[data-icon-name]');
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => expect(icon.getAttribute('aria-hidden')).toBe('true'));
    expect(button.textContent).toContain('Undo');
  });

  test('the variants differ in their class, so each keeps its own look', () => {
    render(
      <>
        <Button text="Default" />
        <Button variant="primary" text="Primary" />
        <Button variant="subtle" text="Subtle" />
      </>
    );
    const classes = ['Default', 'Primary', 'Subtle'].map((name) => screen.getByRole('button', { name }).className);
    expect(new Set(classes).size).toBe(3);
  });

  test('forwards its ref to the button', () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(<Button ref={ref} text="Close" />);
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Close' }));
  });
});

describe('LinkButton', () => {
  test('is a link (it goes somewhere) with its href, target and download, its icon hidden', () => {
    render(<LinkButton text="Email Priya" iconName="Mail" href="mailto:priya@council.example" target="_blank" rel="noopener noreferrer" download="x.vcf" />);
    const link = screen.getByRole('link', { name: 'Email Priya' });
    expect(link.getAttribute('href')).toBe('mailto:priya@council.example');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('download')).toBe('x.vcf');
    expect(link.querySelector('[data-icon-name="Mail"]')?.getAttribute('aria-hidden')).toBe('true');
  });
});
