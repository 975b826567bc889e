import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { lazyPart } from '../../src/ui/lazyPart';

interface IGreetingProps {
  name: string;
}

function Greeting(props: IGreetingProps): JSX.Element {
  return <p>Hello {props.name}</p>;
}

/** A loader the test settles by hand, counting its calls, as a chunk that is slow or fails would. */
function controlledLoader<TProps>(): {
  load: () => Promise<React.ComponentType<TProps>>;
  calls: () => number;
  resolve: (component: React.ComponentType<TProps>) => void;
  reject: (error: Error) => void;
} {
  let settle: { resolve: (component: React.ComponentType<TProps>) => void; reject: (error: Error) => void } | undefined;
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return new Promise<React.ComponentType<TProps>>((resolve, reject) => {
        settle = { resolve, reject };
      });
    },
    calls: () => calls,
    resolve: (component) => settle?.resolve(component),
    reject: (error) => settle?.reject(error)
  };
}

class OuterBoundary extends React.Component<{ children: React.ReactNode }, { message: string | undefined }> {
  public state = { message: undefined as string | undefined };
  public static getDerivedStateFromError(error: Error): { message: string } {
    return { message: error.message };
  }
  public render(): React.ReactNode {
    return this.state.message === undefined ? this.props.children : <p>outer caught: {this.state.message}</p>;
  }
}

describe('lazyPart', () => {
  it('announces loading while the chunk arrives, then draws the part; the chunk is fetched once for every copy', async () => {
    const loader = controlledLoader<IGreetingProps>();
    const LazyGreeting = lazyPart(loader.load);
    render(
      <>
        <LazyGreeting name="Ann" />
        <LazyGreeting name="Bob" />
      </>
    );
    expect(screen.getAllByRole('status')[0].textContent).toContain('Loading…');
    loader.resolve(Greeting);
    expect(await screen.findByText('Hello Ann')).toBeTruthy();
    expect(screen.getByText('Hello Bob')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(loader.calls()).toBe(1);
  });

  it('says the part could not be loaded when the chunk fails, and Try again fetches it afresh', async () => {
    const loader = controlledLoader<IGreetingProps>();
    const LazyGreeting = lazyPart(loader.load);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<LazyGreeting name="Ann" />);
    loader.reject(new Error('Loading chunk 12 failed'));
    // Fluent's MessageBar draws its text a moment after the bar itself.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("This part of the page couldn't be loaded"), { timeout: 5000 });
    expect(screen.getByRole('alert').textContent).toContain('Check your connection, then try again.');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(loader.calls()).toBe(2);
    expect(screen.getByRole('status').textContent).toContain('Loading…');
    loader.resolve(Greeting);
    expect(await screen.findByText('Hello Ann')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    jest.restoreAllMocks();
  });

  it('leaves an error of the loaded part itself to the boundary above, not calling it a failed load', async () => {
    const Broken = (): JSX.Element => {
      throw new Error('bad data');
    };
    const LazyBroken = lazyPart<object>(() => Promise.resolve(Broken));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <OuterBoundary>
        <LazyBroken />
      </OuterBoundary>
    );
    expect(await screen.findByText('outer caught: bad data')).toBeTruthy();
    expect(screen.queryByText("This part of the page couldn't be loaded")).toBeNull();
    jest.restoreAllMocks();
  });

  describe('a part over the page (overlay)', () => {
    interface IPanelProps {
      openId: number | undefined;
      onDismiss: () => void;
    }
    const Panel = (props: IPanelProps): JSX.Element => <p>{props.openId === undefined ? 'panel closed' : `panel ${props.openId}`}</p>;

    it('draws nothing and fetches nothing while closed, then loads when opened and stays mounted once loaded', async () => {
      const loader = controlledLoader<IPanelProps>();
      const LazyPanel = lazyPart(loader.load, { overlay: { isOpen: (props) => props.openId !== undefined, dismiss: (props) => props.onDismiss() } });
      const { container, rerender } = render(<LazyPanel openId={undefined} onDismiss={jest.fn()} />);
      expect(container.innerHTML).toBe('');
      expect(loader.calls()).toBe(0);

      rerender(<LazyPanel openId={7} onDismiss={jest.fn()} />);
      expect(screen.getByRole('status').textContent).toContain('Loading…');
      loader.resolve(Panel);
      expect(await screen.findByText('panel 7')).toBeTruthy();
      rerender(<LazyPanel openId={undefined} onDismiss={jest.fn()} />);
      expect(screen.getByText('panel closed')).toBeTruthy();
    });

    it('offers Close with Try again when it fails, and Close closes it the part’s own way', async () => {
      const loader = controlledLoader<IPanelProps>();
      const LazyPanel = lazyPart(loader.load, { overlay: { isOpen: (props) => props.openId !== undefined, dismiss: (props) => props.onDismiss() } });
      const onDismiss = jest.fn();
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const { container, rerender } = render(<LazyPanel openId={7} onDismiss={onDismiss} />);
      loader.reject(new Error('ChunkLoadError'));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("This part of the page couldn't be loaded"), { timeout: 5000 });
      fireEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);

      rerender(<LazyPanel openId={undefined} onDismiss={onDismiss} />);
      expect(container.innerHTML).toBe('');
      rerender(<LazyPanel openId={8} onDismiss={onDismiss} />);
      expect(loader.calls()).toBe(2);
      loader.resolve(Panel);
      expect(await screen.findByText('panel 8')).toBeTruthy();
      jest.restoreAllMocks();
    });
  });
});
