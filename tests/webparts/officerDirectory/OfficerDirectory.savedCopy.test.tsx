import * as React from 'react';
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IOfficerDirectory } from '../../../src/model/Officer';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';
import { ScriptedRevalidation, todayAt } from '../../fakes/ScriptedRevalidation';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

const names = (): string[] =>
  within(screen.getByRole('list', { name: 'Officers' }))
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');

describe('OfficerDirectory: a browser copy whose check failed', () => {
  it('keeps the copy, says when it was saved and why it was not checked, and Try again redraws what changed', async () => {
    const renamed: IOfficerDirectory = {
      ...officerDirectory,
      officers: officerDirectory.officers.map((officer, i) => (i === 0 ? { ...officer, name: 'Renamed Officer' } : officer)),
      source: 'network'
    };
    const revalidation = new ScriptedRevalidation<IOfficerDirectory>(todayAt(14, 5)).failWith(new DataError({ kind: 'throttled', status: 429 })).thenAnswer(renamed);
    const repository = new FakeOfficerRepository({ ...officerDirectory, source: 'cache' }).revalidatesWith(revalidation);
    render(<OfficerDirectory repository={repository} title="Officer directory" listsSite={listsSiteAt(SITE)} urlStateStore={memoryUrlStateStore('')} />);

    const notice = await screen.findByText(/^Showing the copy saved on this device at 14:05\. We couldn't check for changes: SharePoint is very busy/);
    expect(notice.closest('[role="status"]')).toBeTruthy();
    // The copy stays drawn.
    expect(names()).toContain(officerDirectory.officers[0].name);
    expect(names()).not.toContain('Renamed Officer');
    const results = await axe.run(document.body, { rules: JSDOM_BLIND });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(names()).toContain('Renamed Officer'));
    expect(screen.queryByText(/Showing the copy saved on this device/)).toBeNull();
    expect(revalidation.checks).toBe(2);
    // Try again checked the copy; it did not load the directory again.
    expect(repository.searchIndexCalls).toBe(1);
  });
});
