import * as React from 'react';
import * as strings from 'CommonStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Button } from './controls/Button';
import { ErrorState } from './states/ErrorState';
import { visuallyHidden } from './styles';

/** The import() itself failed (SharePoint's CDN or the network), as opposed to an error in the part once loaded. */
export class PartLoadError extends Error {
  public readonly cause: unknown;

  public constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartLoadError';
    this.cause = cause;
  }
}

/** A part that draws over the page (a panel, a dialog). */
export interface ILazyOverlay<TProps> {
  /** Whether it is showing: while it is closed and has not loaded, nothing is drawn (no loading note, no error). */
  readonly isOpen: (props: TProps) => boolean;
  /** Its own way to close, offered beside Try again when it could not be loaded. */
  readonly dismiss: (props: TProps) => void;
}

export interface ILazyPartOptions<TProps> {
  /**
   * Its loading note and load failure are shown fixed at the top of the window rather than where the part
   * sits in the page (which may be scrolled out of view), and the failure offers Close.
   */
  readonly overlay?: ILazyOverlay<TProps>;
}

const classes = mergeStyleSets({
  inline: { padding: '8px 0' },
  overlay: {
    position: 'fixed',
    top: 16,
    left: '50%',
    transform: 'translateX(-50%)',
    width: 'min(480px, calc(100vw - 32px))',
    zIndex: 1000000,
    boxShadow: '0 6px 14px rgba(0, 0, 0, 0.22)'
  },
  loading: { padding: '8px 12px' },
  hidden: visuallyHidden,
  actions: { marginTop: 8 }
});

interface IBoundaryProps {
  readonly overlay: boolean;
  readonly onRetry: () => void;
  readonly onDismiss: (() => void) | undefined;
  readonly children: React.ReactNode;
}

interface IBoundaryState {
  readonly error: unknown;
}

/** Shows a failed load with Try again; any other error goes on up to the next boundary, as before. */
class LazyPartBoundary extends React.Component<IBoundaryProps, IBoundaryState> {
  public state: IBoundaryState = { error: undefined };

  public static getDerivedStateFromError(error: unknown): IBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof PartLoadError)) throw error;
    return (
      <div className={this.props.overlay ? classes.overlay : classes.inline}>
        <ErrorState heading={strings.PartLoadFailedHeading} message={strings.PartLoadFailedMessage} retryLabel={strings.RetryButton} onRetry={this.props.onRetry} />
        {this.props.overlay && this.props.onDismiss ? <Button className={classes.actions} text={strings.CloseButton} onClick={this.props.onDismiss} /> : null}
      </div>
    );
  }
}

function PartLoading(props: { readonly overlay: boolean }): JSX.Element {
  return (
    <div className={props.overlay ? `${classes.overlay} ${classes.loading}` : classes.inline} role="status" aria-busy="true">
      {props.overlay ? strings.PartLoading : <span className={classes.hidden}>{strings.PartLoading}</span>}
    </div>
  );
}

/**
 * A part of a view that loads with `import()` when first drawn, so it stays out of the web part's first-paint
 * bundle: a loading note while its chunk arrives, and if the chunk cannot be fetched an error with Try again
 * (webpack forgets a failed chunk, so trying again fetches it afresh). The one place lazy parts are made.
 */
export type LazyPart<TProps> = ((props: TProps) => JSX.Element | null) & {
  /** Starts fetching the chunk now (e.g. alongside the view's data) so it is there when first drawn. */
  readonly preload: () => void;
};

export function lazyPart<TProps extends object>(load: () => Promise<React.ComponentType<TProps>>, options: ILazyPartOptions<TProps> = {}): LazyPart<TProps> {
  const { overlay } = options;
  let loaded = false;
  let pending: Promise<React.ComponentType<TProps>> | undefined;
  const fetchOnce = (): Promise<React.ComponentType<TProps>> => {
    pending ??= load().then(
      (component) => {
        loaded = true;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        throw new PartLoadError(error);
      }
    );
    return pending;
  };
  const makeLazy = (): React.LazyExoticComponent<React.ComponentType<TProps>> => React.lazy(() => fetchOnce().then((component) => ({ default: component })));
  // Shared by every copy of the part, so it is fetched once; replaced only to try again after a failure.
  let current = makeLazy();

  function LazyPart(props: TProps): JSX.Element | null {
    const [attempt, setAttempt] = React.useState(0);
    if (overlay && !loaded && !overlay.isOpen(props)) return null;
    const retry = (): void => {
      current = makeLazy();
      setAttempt((count) => count + 1);
    };
    const dismiss = overlay
      ? (): void => {
          // The next opening fetches it afresh.
          current = makeLazy();
          overlay.dismiss(props);
        }
      : undefined;
    return (
      <LazyPartBoundary key={attempt} overlay={overlay !== undefined} onRetry={retry} onDismiss={dismiss}>
        {/* React's createElement typings cannot relate a lazy component of a generic TProps to TProps itself. */}
        <React.Suspense fallback={<PartLoading overlay={overlay !== undefined} />}>{React.createElement(current as unknown as React.ComponentType<object>, props)}</React.Suspense>
      </LazyPartBoundary>
    );
  }
  const preload = (): void => {
    // A failure here is shown, with Try again, when the part is drawn.
    fetchOnce().catch(() => undefined);
  };
  return Object.assign(LazyPart, { preload });
}
