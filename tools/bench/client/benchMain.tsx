/**
 * Browser entry of the bench page: ONE preview view on its own (the key is the last path segment,
 * /bench/<view-key>), rendered by the preview's own view host with the preview's data side, so the
 * network and timing figures belong to that web part alone. The boot data is the preview's own.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { browserUrlStateStore } from '../../../src/ui/urlStateStore';
import { readPreviewBoot } from '../../preview/client/previewBoot';
import { createPreviewDataContext } from '../../preview/client/previewData';
import { fluentThemeFor } from '../../preview/client/previewThemes';
import { buildPreviewView, PreviewViewHost } from '../../preview/client/PreviewViewHost';
import { previewViews } from '../../preview/client/previewViews';
import { WEB_PART_START_MARK } from '../webPartStart';

const boot = readPreviewBoot(document);
initializeIcons(boot.iconFontBaseUrl, { disableWarnings: true });
const viewKey = window.location.pathname.split('/').filter(Boolean).pop();
const view = previewViews.find((candidate) => candidate.key === viewKey);
const root = document.getElementById('preview-root');
if (!view) {
  if (root) root.textContent = `No preview view "${viewKey ?? ''}"; expected one of ${previewViews.map((candidate) => candidate.key).join(', ')}.`;
} else {
  const theme = fluentThemeFor('sharepoint', 'light');
  loadTheme(theme);
  const shown = view;
  // The web part starts once its code is here, as SPFx calls onInit after loading the bundle: the view's
  // chunks load first, then the mark. Then, as SPFx's onInit before its first render, the view's data side is
  // built (lists site, repository: its browser copy starts being read), and the view is rendered once, with no
  // loading note painted in between (SPFx paints none). Everything after the mark is the web part's.
  void shown.load().then(async () => {
    performance.mark(WEB_PART_START_MARK);
    const signedInUser = boot.personas.find((persona) => persona.userId === boot.signedInUserId);
    const dataContext = createPreviewDataContext(boot.siteUrl, signedInUser, boot.formDigest);
    const hostContext = { host: 'sharepoint' as const, theme, urlStateStore: browserUrlStateStore };
    // A failure to build is shown by the host as the preview shows it (it builds again and says why).
    const built = await buildPreviewView(shown, dataContext).catch(() => undefined);
    // Its own React root with no ThemeProvider above it, as SPFx renders a web part into its element: the view's
    // WebPartFrame applies the theme (loadTheme above stands for the page's theme, SPFx's ThemeProvider service).
    ReactDom.render(
      <main>
        <PreviewViewHost view={shown} dataContext={dataContext} hostContext={hostContext} built={built} />
      </main>,
      root
    );
  });
}
