/**
 * The preview's three themes, like the ones SharePoint and Teams hand a web part: light
 * (SharePoint's default blue), dark (Teams dark) and high contrast (Teams contrast). Palettes are
 * generated from three base colours with Fluent's own ThemeGenerator, as the Fluent theme designer does.
 */
import { createTheme, IPalette, ITheme } from '@fluentui/react/lib/Theme';
import { BaseSlots, ThemeGenerator, themeRulesStandardCreator } from '@fluentui/react/lib/ThemeGenerator';

export type PreviewThemeName = 'light' | 'dark' | 'contrast';

export interface IPreviewTheme {
  readonly name: PreviewThemeName;
  readonly label: string;
  readonly theme: ITheme;
}

interface IBaseColours {
  readonly primary: string;
  readonly foreground: string;
  readonly background: string;
  readonly isInverted: boolean;
}

function generateTheme(colours: IBaseColours): ITheme {
  const rules = themeRulesStandardCreator();
  ThemeGenerator.insureSlots(rules, colours.isInverted);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.primaryColor]], colours.primary, colours.isInverted, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.foregroundColor]], colours.foreground, colours.isInverted, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.backgroundColor]], colours.background, colours.isInverted, true, true);
  const palette = ThemeGenerator.getThemeAsJson(rules) as Partial<IPalette>;
  return createTheme({ palette, isInverted: colours.isInverted });
}

function buildThemes(): readonly IPreviewTheme[] {
  return [
    {
      name: 'light',
      label: 'Light',
      theme: createTheme({})
    },
    {
      name: 'dark',
      label: 'Dark',
      theme: generateTheme({ primary: '#a6a7dc', foreground: '#ffffff', background: '#1f1f1f', isInverted: true })
    },
    {
      name: 'contrast',
      label: 'High contrast',
      theme: generateTheme({ primary: '#ffff01', foreground: '#ffffff', background: '#000000', isInverted: true })
    }
  ];
}

let themes: readonly IPreviewTheme[] | undefined;

export function previewThemes(): readonly IPreviewTheme[] {
  themes = themes ?? buildThemes();
  return themes;
}

export function isPreviewThemeName(value: string | null): value is PreviewThemeName {
  return value === 'light' || value === 'dark' || value === 'contrast';
}

export function previewTheme(name: PreviewThemeName): IPreviewTheme {
  const found = previewThemes().find((candidate) => candidate.name === name);
  if (!found) {
    throw new Error(`Unknown preview theme ${name}`);
  }
  return found;
}
