/** Browser entry of the local preview (bundled by tools/preview/clientBundle.ts). */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { readPreviewBoot } from './previewBoot';
import { PreviewApp } from './PreviewApp';

const boot = readPreviewBoot(document);
// SharePoint and Teams load the icon font from Microsoft's CDN; offline, the preview serves it itself.
initializeIcons(boot.iconFontBaseUrl, { disableWarnings: true });
ReactDom.render(<PreviewApp boot={boot} />, document.getElementById('preview-root'));
