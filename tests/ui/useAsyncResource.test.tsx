import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { AsyncResource, useAsyncResource } from '../../src/ui/useAsyncResource';

/** Shows the resource's state as text, and every state it went through. */
function Probe(props: { readonly load: (update: (value: string) => void) => Promise<string>; readonly refreshKey?: number; readonly seen: string[] }): JSX.Element {
  const [resource] = useAsyncResource(props.load, props.refreshKey);
  const text = (state: AsyncResource<string>): string => (state.status === 'ready' ? state.value : state.status);
  props.seen.push(text(resource));
  return <p>{text(resource)}</p>;
}

const settle = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useAsyncResource', () => {
  it('draws what load resolves, then a later value from update without going back to loading', async () => {
    let update: (value: string) => void = () => undefined;
    const seen: string[] = [];
    render(
      <Probe
        seen={seen}
        load={async (later) => {
          update = later;
          return 'browser copy';
        }}
      />
    );
    await settle();
    expect(screen.getByText('browser copy')).toBeTruthy();
    act(() => update('revalidated'));
    expect(screen.getByText('revalidated')).toBeTruthy();
    expect(seen.filter((state, index) => state !== seen[index - 1])).toEqual(['loading', 'browser copy', 'revalidated']);
  });

  it('loads again when the refresh key moves on, keeping the value on screen until the new one arrives', async () => {
    const seen: string[] = [];
    let calls = 0;
    const load = async (): Promise<string> => `answer ${++calls}`;
    const view = render(<Probe seen={seen} load={load} refreshKey={0} />);
    await settle();
    view.rerender(<Probe seen={seen} load={load} refreshKey={1} />);
    await settle();
    expect(screen.getByText('answer 2')).toBeTruthy();
    expect(seen.filter((state, index) => state !== seen[index - 1])).toEqual(['loading', 'answer 1', 'answer 2']);
  });

  it('ignores an update from a view that has gone', async () => {
    let update: (value: string) => void = () => undefined;
    const seen: string[] = [];
    const view = render(
      <Probe
        seen={seen}
        load={async (later) => {
          update = later;
          return 'browser copy';
        }}
      />
    );
    await settle();
    view.unmount();
    expect(() => update('too late')).not.toThrow();
    expect(seen).not.toContain('too late');
  });
});
