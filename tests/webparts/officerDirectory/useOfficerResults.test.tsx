import * as React from 'react';
import { render } from '@testing-library/react';
import * as search from '../../../src/model/searchOfficers';
import type { IOfficer, IOfficerDirectory } from '../../../src/model/Officer';
import { emptyOfficerDirectoryUrlState } from '../../../src/webparts/officerDirectory/components/officerDirectoryUrlState';
import { useOfficerResults } from '../../../src/webparts/officerDirectory/components/useOfficerResults';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';

function Results(props: { directory: IOfficerDirectory; query: string; liaisonOnly?: boolean; seen: (readonly IOfficer[])[] }): null {
  props.seen.push(useOfficerResults(props.directory, { ...emptyOfficerDirectoryUrlState, query: props.query, liaisonOnly: props.liaisonOnly ?? false }));
  return null;
}

describe('useOfficerResults', () => {
  afterEach(() => jest.restoreAllMocks());

  test('answers a search deleted back to from the searches it remembers, and the same answer as searching again', () => {
    const searched = jest.spyOn(search, 'searchOfficers');
    const seen: (readonly IOfficer[])[] = [];
    const view = render(<Results directory={officerDirectory} query="" seen={seen} />);
    for (const query of ['h', 'hi', 'hil', 'hi', 'h', 'H ', '']) view.rerender(<Results directory={officerDirectory} query={query} seen={seen} />);
    // '', h, hi, hil searched once each; deleting back (and case or spaces) needs no new search.
    expect(searched.mock.calls.map(([, query]) => query)).toEqual(['', 'h', 'hi', 'hil']);
    expect(seen[4]).toBe(seen[2]);
    expect(seen[5]).toBe(seen[1]);
    expect(seen[6]).toBe(seen[1]);
    expect(seen[5]).toEqual(search.searchOfficers(officerDirectory, 'h'));
  });

  test('searches again when the filters or the directory change', () => {
    const searched = jest.spyOn(search, 'searchOfficers');
    const seen: (readonly IOfficer[])[] = [];
    const view = render(<Results directory={officerDirectory} query="hill" seen={seen} />);
    view.rerender(<Results directory={officerDirectory} query="hill" liaisonOnly seen={seen} />);
    view.rerender(<Results directory={{ ...officerDirectory }} query="hill" liaisonOnly seen={seen} />);
    expect(searched).toHaveBeenCalledTimes(3);
    expect(seen[1].map((officer) => officer.name)).toEqual(['Tom Hill']);
  });
});
