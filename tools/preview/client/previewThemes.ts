/**
 * The preview's three themes and the Fluent theme each host hands a web part for them. In the
 * Teams frame they are Teams' own (default, dark, contrast, from src/teams); on the SharePoint page
 * light is SharePoint's default blue, and dark and high contrast borrow Teams' palettes, as SharePoint
 * has no page-wide equivalents of its own.
 */
import { createTheme, ITheme } from '@fluentui/react/lib/Theme';
import type { TeamsThemeName } from '../../../src/teams/teamsHost';
import { fluentThemeForTeams } from '../../../src/teams/teamsThemes';
import type { PreviewHost } from './previewBoot';

export type PreviewThemeName = 'light' | 'dark' | 'contrast';

export const PREVIEW_THEMES: readonly { readonly name: PreviewThemeName; readonly label: string }[] = [
  { name: 'light', label: 'Light' },
  { name: 'dark', label: 'Dark' },
  { name: 'contrast', label: 'High contrast' }
];

const TEAMS_THEME_NAMES: Readonly<Record<PreviewThemeName, TeamsThemeName>> = {
  light: 'default',
  dark: 'dark',
  contrast: 'contrast'
};

let sharePointLight: ITheme | undefined;

export function isPreviewThemeName(value: string | null): value is PreviewThemeName {
  return PREVIEW_THEMES.some((theme) => theme.name === value);
}

export function teamsThemeName(name: PreviewThemeName): TeamsThemeName {
  return TEAMS_THEME_NAMES[name];
}

export function fluentThemeFor(host: PreviewHost, name: PreviewThemeName): ITheme {
  if (host === 'sharepoint' && name === 'light') {
    sharePointLight = sharePointLight ?? createTheme({});
    return sharePointLight;
  }
  return fluentThemeForTeams(teamsThemeName(name));
}
