import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { OpenDataDownloads } from '../../../src/webparts/memberProfiles/components/OpenDataDownloads';
import { membersToPopolo } from '../../../src/model/openData';
import { openDataCsv } from '../../../src/model/openDataCsv';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';

const made = new Map<string, Blob>();
let next = 0;

beforeEach(() => {
  made.clear();
  Object.assign(URL, {
    createObjectURL: (blob: Blob): string => {
      const url = `blob:test/${next++}`;
      made.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string): void => {
      made.delete(url);
    }
  });
});
afterEach(cleanup);

function textOf(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no file'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('open data downloads', () => {
  it('offers the members as a CSV and a Popolo JSON file, made by the open-data model', async () => {
    const hostile = { ...memberDirectory, members: [...memberDirectory.members, { ...memberDirectory.members[0], id: 99, displayName: '=HYPERLINK("http://evil.example")' }] };
    render(<OpenDataDownloads directory={hostile} />);
    const csvLink = screen.getByRole('link', { name: 'Download as CSV' });
    const jsonLink = screen.getByRole('link', { name: 'Download as Popolo JSON' });
    expect(csvLink.getAttribute('download')).toBe('members.csv');
    expect(jsonLink.getAttribute('download')).toBe('members.popolo.json');

    const csvBlob = made.get(csvLink.getAttribute('href') ?? '');
    expect(csvBlob?.type).toBe('text/csv;charset=utf-8');
    const csv = await textOf(csvBlob);
    expect(csv.replace(/^\uFEFF/, '')).toBe(openDataCsv(hostile));
    // Formula-safe: the hostile name is text, never a formula.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    const json = await textOf(made.get(jsonLink.getAttribute('href') ?? ''));
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(membersToPopolo(hostile))));
  });

  it('revokes its files when the view goes', () => {
    const view = render(<OpenDataDownloads directory={memberDirectory} />);
    expect(made.size).toBe(2);
    view.unmount();
    expect(made.size).toBe(0);
  });
});
