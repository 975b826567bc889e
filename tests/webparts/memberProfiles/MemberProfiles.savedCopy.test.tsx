import * as React from 'react';
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IMemberDirectory } from '../../../src/model/Member';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';
import { ScriptedRevalidation, todayAt } from '../../fakes/ScriptedRevalidation';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/members';
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

describe('MemberProfiles: a browser copy whose check failed', () => {
  it('keeps the copy, says when it was saved and why it was not checked, and Try again redraws what changed', async () => {
    const renamed: IMemberDirectory = {
      ...memberDirectory,
      members: memberDirectory.members.map((member) => (member.id === 1 ? { ...member, displayName: 'Ada Byron', surname: 'Byron' } : member))
    };
    const revalidation = new ScriptedRevalidation<IMemberDirectory>(todayAt(14, 5)).failWith(new DataError({ kind: 'throttled', status: 503 })).thenAnswer(renamed);
    const repository = new FakeMemberRepository(memberDirectory).revalidatesWith(revalidation);
    render(<MemberProfiles repository={repository} title="Councillors" listsSite={listsSiteAt(SITE)} defaultLayout="cards" urlStateStore={memoryUrlStateStore('')} />);

    expect(await screen.findByText(/^Showing the copy saved on this device at 14:05\. We couldn't check for changes: SharePoint is very busy/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Ada Lovelace' })).toBeTruthy();
    const results = await axe.run(document.body, { rules: JSDOM_BLIND });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Ada Byron' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/Showing the copy saved on this device/)).toBeNull());
    expect(repository.loadDirectoryCalls).toBe(1);
  });
});
