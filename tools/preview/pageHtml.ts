/** The HTML shell of the preview pages; the browser client renders the chrome and the views into it. */
import { CLIENT_ASSET_PATH, CLIENT_ENTRY_FILE } from './clientBundle';
import { IPreviewBoot, PREVIEW_BOOT_ELEMENT_ID } from './client/previewBoot';

const HOST_TITLES: Readonly<Record<IPreviewBoot['host'], string>> = {
  sharepoint: 'SharePoint',
  teams: 'Microsoft Teams'
};

export function renderPreviewPage(boot: IPreviewBoot): string {
  const title = `${boot.siteTitle} – ${HOST_TITLES[boot.host]} (local preview)`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>html,body{margin:0;padding:0;min-height:100%;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;}</style>
<script>/* SharePoint serves Segoe UI from Microsoft's CDN; offline there is none, so Fluent must not ask for it. */window.FabricConfig={fontBaseUrl:""};</script>
<script type="application/json" id="${PREVIEW_BOOT_ELEMENT_ID}">${jsonForScript(boot)}</script>
<script type="module" src="${CLIENT_ASSET_PATH}${CLIENT_ENTRY_FILE}"></script>
</head>
<body>
<div id="preview-root"></div>
<noscript>The local preview needs JavaScript.</noscript>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** JSON that cannot close the script element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
