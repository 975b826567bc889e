/** Browser entry of the local preview (bundled by tools/preview/clientBundle.ts). */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { readPreviewBoot } from './previewBoot';
import { PreviewApp } from './PreviewApp';
import { previewCultureFrom } from './previewLanguage';
import { setUiLocale } from '../../../src/model/uiLocale';

const boot = readPreviewBoot(document);
// As SharePoint does for the page's UI culture: the strings modules chose it as they loaded (previewLanguage.ts).
const culture = previewCultureFrom(window.location);
setUiLocale(culture);
// The page's language is its culture, as SharePoint writes it (en-GB, cy-GB).
document.documentElement.lang = culture;
// SharePoint and Teams load the icon font from Microsoft's CDN; offline, the preview serves it itself.
initializeIcons(boot.iconFontBaseUrl, { disableWarnings: true });
ReactDom.render(<PreviewApp boot={boot} />, document.getElementById('preview-root'));
