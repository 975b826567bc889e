/**
 * Browser entry of the bench page: ONE preview view on its own (the key is the last path segment,
 * /bench/<view-key>), rendered by the preview's own view host with the preview's data side, so the
 * network and timing figures belong to that web part alone. The boot data is the preview's own.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { browserUrlStateStore } from '../../../src/ui/urlStateStore';
import { readPreviewBoot } from '../../preview/client/previewBoot';
import { createPreviewDataContext } from '../../preview/client/previewData';
import { fluentThemeFor } from '../../preview/client/previewThemes';
import { PreviewViewHost } from '../../preview/client/PreviewViewHost';
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
  // chunks load first (PreviewViewHost's own load() then finds them loaded), then the mark, then the render.
  // Everything the view does (its data side, lists site, browser copy, requests, rendering) comes after the mark.
  void shown.load().then(() => {
    performance.mark(WEB_PART_START_MARK);
    const signedInUser = boot.personas.find((persona) => persona.userId === boot.signedInUserId);
    const dataContext = createPreviewDataContext(boot.siteUrl, signedInUser, boot.formDigest);
    ReactDom.render(
      <ThemeProvider theme={theme} applyTo="body">
        <main>
          <PreviewViewHost view={shown} dataContext={dataContext} hostContext={{ host: 'sharepoint', theme, urlStateStore: browserUrlStateStore }} />
        </main>
      </ThemeProvider>,
      root
    );
  });
}
