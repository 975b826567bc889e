import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { useNeededOnce } from '../../src/ui/useNeededOnce';

function Probe(props: { needed: boolean }): JSX.Element {
  return <p>{useNeededOnce(props.needed) ? 'mounted' : 'not yet'}</p>;
}

describe('useNeededOnce', () => {
  it('is false until first needed, then stays true when no longer needed', () => {
    const { rerender } = render(<Probe needed={false} />);
    expect(screen.getByText('not yet')).toBeTruthy();
    rerender(<Probe needed={true} />);
    expect(screen.getByText('mounted')).toBeTruthy();
    rerender(<Probe needed={false} />);
    expect(screen.getByText('mounted')).toBeTruthy();
  });

  it('is true at once when needed from the start (a shared link to a profile)', () => {
    render(<Probe needed={true} />);
    expect(screen.getByText('mounted')).toBeTruthy();
  });
});
