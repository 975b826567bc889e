import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { IPreviewDataContext, IPreviewHostContext, IPreviewView, PreviewViewRenderer } from './previewViews';

export interface IPreviewViewHostProps {
  readonly view: IPreviewView;
  readonly dataContext: IPreviewDataContext;
  readonly hostContext: IPreviewHostContext;
  /**
   * The view already built for this data context (`buildPreviewView`), as SPFx's onInit has done its work before it
   * calls render: drawn at once, with no loading note painted first (the bench page).
   */
  readonly built?: PreviewViewRenderer;
}

/** Loads a view's code and builds its data side (lists site, repository: its browser copy starts being read). */
export async function buildPreviewView(view: IPreviewView, dataContext: IPreviewDataContext): Promise<PreviewViewRenderer> {
  const createRenderer = await view.load();
  return createRenderer(dataContext);
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly render: PreviewViewRenderer }
  | { readonly status: 'failed'; readonly message: string };

/** Loads one view's code, builds its data side for the signed-in user, and renders it like its web part shell. */
export function PreviewViewHost(props: IPreviewViewHostProps): JSX.Element {
  const { view, dataContext, built } = props;
  const [state, setState] = React.useState<LoadState>(built ? { status: 'ready', render: built } : { status: 'loading' });

  React.useEffect(() => {
    if (built) {
      setState({ status: 'ready', render: built });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    buildPreviewView(view, dataContext)
      .then((render) => {
        if (current) setState({ status: 'ready', render });
      })
      .catch((error: Error) => {
        if (current) setState({ status: 'failed', message: error.message });
      });
    return () => {
      current = false;
    };
  }, [view, dataContext, built]);

  if (state.status === 'loading') {
    return <Spinner label={`Loading ${view.title}…`} />;
  }
  if (state.status === 'failed') {
    return <ViewFailure title={view.title} message={state.message} />;
  }
  return <ViewErrorBoundary title={view.title}>{state.render(props.hostContext)}</ViewErrorBoundary>;
}

function ViewFailure(props: { readonly title: string; readonly message: string }): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      The preview could not show {props.title}: {props.message}. Check the terminal running npm start.
    </MessageBar>
  );
}

interface IBoundaryState {
  readonly error?: Error;
}

/** Shows a view's crash where the web part would be, as SharePoint does, instead of blanking the page. */
class ViewErrorBoundary extends React.Component<{ readonly title: string; readonly children: React.ReactNode }, IBoundaryState> {
  public state: IBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    return this.state.error ? <ViewFailure title={this.props.title} message={this.state.error.message} /> : this.props.children;
  }
}
