import * as React from 'react';
import axe from 'axe-core';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { SAFE_MAILTO_LENGTH } from '../../../src/model/mailtoForMembers';
import { MembersMailOut } from '../../../src/webparts/memberProfiles/components/MembersMailOut';
import { aMember } from '../../model/support/directory';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: JSDOM_BLIND });
  return results.violations.map((violation) => violation.id);
}

function hrefOf(element: HTMLElement): string {
  return element.getAttribute('href') ?? '';
}

describe('MembersMailOut (email whatever the filters select)', () => {
  it('offers one link with every address in To: and the count', async () => {
    const members = [aMember(1, { email: 'a@council.example' }), aMember(2, { email: 'b@council.example' }), aMember(3)];
    render(
      // In the page the view sits inside SharePoint's main landmark.
      <main>
        <MembersMailOut members={members} />
      </main>
    );
    const link = screen.getByRole('link', { name: 'Email these 2 members' });
    expect(hrefOf(link)).toBe('mailto:a@council.example,b@council.example');
    expect(screen.getByRole('button', { name: 'Copy all addresses' })).toBeTruthy();
    expect(screen.getByText(/No email address recorded for: Cllr Member 3/)).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it('says "member" for one', () => {
    render(<MembersMailOut members={[aMember(1, { email: 'a@council.example' })]} />);
    expect(screen.getByRole('link', { name: 'Email this 1 member' })).toBeTruthy();
  });

  it('renders nothing when nobody has an address', () => {
    const { container } = render(<MembersMailOut members={[aMember(1)]} />);
    expect(container.innerHTML).toBe('');
  });

  it('splits a long list into numbered messages, each within the safe length, with an instruction', async () => {
    const members = Array.from({ length: 120 }, (_, i) => aMember(i, { email: `councillor.number${i}@council.example` }));
    render(
      // In the page the view sits inside SharePoint's main landmark.
      <main>
        <MembersMailOut members={members} />
      </main>
    );
    const parts = screen.getAllByRole('link', { name: /^Message \d+ of \d+/ });
    expect(parts.length).toBeGreaterThan(1);
    expect(screen.getByText(new RegExp(`all 120 addresses, so they are split into ${parts.length} messages`))).toBeTruthy();
    const addresses = parts.flatMap((part) => {
      expect(hrefOf(part).length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
      return hrefOf(part).slice('mailto:'.length).split(',');
    });
    expect(addresses).toHaveLength(120);
    expect(screen.queryByRole('link', { name: /Email these/ })).toBeNull();
    expect(await violations()).toEqual([]);
  });
});
