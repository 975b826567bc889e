import * as React from 'react';
import axe from 'axe-core';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

// Fluent renders a lot in jsdom; on a busy two-core machine a full view can take several seconds.
jest.setTimeout(30000);

// jsdom has no layout, so contrast and target size need a real browser; every structural rule
// (names, roles, labels, lists, headings, ARIA) runs here.
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: JSDOM_BLIND });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('officer directory accessibility (axe, structural rules)', () => {
  test.each([
    ['search results', '', 'list'],
    ['filtered to CLOs', '?clo=1&dir=Place', 'list'],
    ['who do I contact about…', '?otab=ask&ask=potholes', 'article'],
    ['no service found', '?otab=ask&ask=xylophones', 'tabpanel'],
    ['services by directorate', '?otab=browse', 'region'],
    ['one service', '?otab=browse&osvc=1', 'article'],
    ['open CLO profile', '?officer=102', 'dialog']
  ])('%s has no violations', async (_name, search, role) => {
    const repository = new FakeOfficerRepository(officerDirectory).withProfile(102, { liaisonProfileHtml: '<p>Ask me about highways.</p>' });
    render(
      <OfficerDirectory
        repository={repository}
        title="Officer directory"
        listsSite={listsSiteAt("https://council.sharepoint.com/sites/hub")}
        urlStateStore={memoryUrlStateStore(search)}
      />
    );
    await screen.findAllByRole(role);
    if (role === 'dialog') await screen.findByText('Ask me about highways.');
    expect(await violations()).toEqual([]);
  });
});
