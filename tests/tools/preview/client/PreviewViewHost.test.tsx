import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { createTheme } from '@fluentui/react/lib/Styling';
import { buildPreviewView, PreviewViewHost } from '../../../../tools/preview/client/PreviewViewHost';
import type { IPreviewDataContext, IPreviewHostContext, IPreviewView, PreviewViewRenderer } from '../../../../tools/preview/client/previewViews';

const dataContext: IPreviewDataContext = { siteUrl: 'https://contoso.sharepoint.com/sites/council', spFor: () => { throw new Error('not used'); } };
const hostContext = { host: 'sharepoint', theme: createTheme({}), urlStateStore: { read: () => '', write: () => undefined } } as unknown as IPreviewHostContext;
const renderer: PreviewViewRenderer = () => <p>the view</p>;

function viewBuiltBy(build: () => Promise<PreviewViewRenderer>): IPreviewView & { builds: number } {
  const view = {
    key: 'test-view',
    title: 'Test view',
    hosts: ['sharepoint'],
    page: 'home',
    builds: 0,
    load: async () => async () => {
      view.builds += 1;
      return build();
    }
  } as IPreviewView & { builds: number };
  return view;
}

describe('PreviewViewHost', () => {
  it('shows a loading note, then the view it builds itself (the preview)', async () => {
    const view = viewBuiltBy(async () => renderer);
    render(<PreviewViewHost view={view} dataContext={dataContext} hostContext={hostContext} />);
    expect(screen.getByText('Loading Test view…')).toBeTruthy();
    expect(await screen.findByText('the view')).toBeTruthy();
    expect(view.builds).toBe(1);
  });

  it('draws a view built before its first render at once, with no loading note and no second build (the bench page, as SPFx onInit then render)', async () => {
    const view = viewBuiltBy(async () => renderer);
    const built = await buildPreviewView(view, dataContext);
    expect(view.builds).toBe(1);
    render(<PreviewViewHost view={view} dataContext={dataContext} hostContext={hostContext} built={built} />);
    expect(screen.getByText('the view')).toBeTruthy();
    expect(screen.queryByText('Loading Test view…')).toBeNull();
    await act(async () => undefined);
    expect(view.builds).toBe(1);
  });
});
