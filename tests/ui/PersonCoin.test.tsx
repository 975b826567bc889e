import * as React from 'react';
import { fireEvent, render } from '@testing-library/react';
import { PersonCoin, PersonInitials } from '../../src/ui/PersonCoin';

describe('PersonCoin', () => {
  test('shows the photo over the initials, decorative; hides it once it fails, and never asks for it again', () => {
    const url = `${window.location.origin}/sites/council/photos/gone.jpg`;
    const first = render(<PersonCoin name="Tom Hill" initials="TH" photoUrl={url} size={72} />);
    const image = first.container.querySelector('img') as HTMLImageElement;
    expect(image.getAttribute('src')).toBe(url);
    expect(image.getAttribute('alt')).toBe('');
    expect(first.container.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
    expect(first.container.textContent).toBe('TH');
    expect(image.hidden).toBe(false);
    fireEvent.error(image);
    expect(image.hidden).toBe(true);
    expect(first.container.textContent).toBe('TH');
    // Another coin with the same broken address does not ask for it again.
    const second = render(<PersonCoin name="Tom Hill" initials="TH" photoUrl={url} size={40} />);
    expect(second.container.querySelector('img')).toBeNull();
    expect(second.container.textContent).toBe('TH');
  });

  test.each([undefined, ''])('shows the initials without a photo (%p), in a colour from the name, never an image', (photoUrl) => {
    const { container } = render(<PersonCoin name="Priya Hillier" initials="PH" photoUrl={photoUrl} size={48} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('PH');
    const colour = (container.firstElementChild as HTMLElement).style.backgroundColor;
    expect(colour).not.toBe('');
    const again = render(<PersonInitials name="Priya Hillier" initials="PH" size={40} />);
    expect((again.container.firstElementChild as HTMLElement).style.backgroundColor).toBe(colour);
  });

  test.each([
    ['another host', 'https://tracker.example.org/photo.jpg'],
    ['a protocol-relative address', '//tracker.example.org/photo.jpg'],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo=']
  ])('never asks for a photo on %s (it would tell that site who looked at whom): initials only', (_where, photoUrl) => {
    const { container } = render(<PersonCoin name="Tom Hill" initials="TH" photoUrl={photoUrl} size={48} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('TH');
  });

  test('shows a photo given as a server-relative address (on the page\'s origin)', () => {
    const { container } = render(<PersonCoin name="Tom Hill" initials="TH" photoUrl="/sites/council/SiteAssets/tom.jpg" size={48} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/sites/council/SiteAssets/tom.jpg');
  });
});

describe('PersonCoin without initials', () => {
  test.each(['', 'مريم الحسيني'])('never an empty coin: a person icon for a name with no initials (%p), still decorative', (name) => {
    const { container } = render(<PersonInitials name={name} initials="" size={40} />);
    const coin = container.firstElementChild as HTMLElement;
    expect(coin.getAttribute('aria-hidden')).toBe('true');
    expect(coin.querySelector('svg[data-person-icon]')).not.toBeNull();
    expect(coin.textContent).toBe('');
  });

  test('the icon gives way to initials', () => {
    const { container } = render(<PersonInitials name="Tom Hill" initials="TH" size={40} />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toBe('TH');
  });
});
