/**
 * What browser tests do to the local preview itself: switch its theme in place (as its theme picker
 * does, keeping the rest of the address's fragment, such as the language) and read a list through the
 * emulator's REST API to know what the page should show.
 */
import type { Page } from 'playwright-core';

/** The preview's three themes, by the name the address uses and the label its picker shows. */
export const PREVIEW_THEMES = [
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
  { theme: 'contrast', label: 'High contrast' }
] as const;

export type PreviewTheme = (typeof PREVIEW_THEMES)[number]['theme'];

/** Puts the page in `theme` without reloading it, and waits for the picker to show it. */
export async function switchPreviewTheme(page: Page, theme: PreviewTheme): Promise<void> {
  await page.evaluate((name) => {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    params.set('theme', name);
    window.location.hash = params.toString();
  }, theme);
  const label = PREVIEW_THEMES.find((entry) => entry.theme === theme)?.label ?? theme;
  await page.getByRole('combobox', { name: 'Theme' }).filter({ hasText: label }).waitFor();
}

/** A list's items as the emulator serves them (`query`: the OData options, e.g. "$select=Id,Title"). */
export async function readPreviewList<T>(siteUrl: string, list: string, query: string): Promise<T[]> {
  const response = await fetch(`${siteUrl}/_api/web/lists/getbytitle('${list}')/items?${query}&$top=5000`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  if (response.status !== 200) throw new Error(`Reading ${list} from the emulator answered ${response.status}`);
  return ((await response.json()) as { value: T[] }).value;
}
