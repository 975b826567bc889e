import * as React from 'react';
import axe from 'axe-core';
import { render, screen } from '@testing-library/react';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { listsSiteAt } from '../../fakes/listsSite';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

// Fluent renders a lot in jsdom; on a busy two-core machine a full view can take several seconds.
jest.setTimeout(30000);

// jsdom has no layout, so contrast and target size need a real browser (the e2e project); every
// structural rule (names, roles, labels, lists, headings, ARIA) runs here.
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: JSDOM_BLIND });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function renderAt(search: string): void {
  render(
    <MemberProfiles
      repository={new FakeMemberRepository(memberDirectory)}
      title="Councillors"
      listsSite={listsSiteAt("https://council.sharepoint.com/sites/members")}
      defaultLayout="cards"
      urlStateStore={memoryUrlStateStore(search)}
    />
  );
}

describe('member profiles accessibility (axe, structural rules)', () => {
  test.each([
    ['cards', '', 'list'],
    ['compact list', '?layout=list', 'table'],
    ['ward mail-out', '?tab=mailout&mailout=10,11', 'tabpanel'],
    ['committee roster', '?tab=committees&roster=20', 'tabpanel'],
    ['open profile', '?member=1', 'dialog']
  ])('%s has no violations', async (_name, search, role) => {
    renderAt(search);
    await screen.findAllByRole(role);
    expect(await violations()).toEqual([]);
  });
});
