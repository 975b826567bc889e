import { createTheme, IPalette, ITheme } from '@fluentui/react/lib/Theme';
import { BaseSlots, ThemeGenerator, themeRulesStandardCreator } from '@fluentui/react/lib/ThemeGenerator';
import type { TeamsThemeName } from './teamsHost';

interface IBaseColours {
  readonly primary: string;
  readonly foreground: string;
  /** Teams' secondary text colour; the generated shade is too faint for WCAG AA text on the page colour. */
  readonly secondaryForeground: string;
  readonly background: string;
  readonly isInverted: boolean;
}

/** Teams' own brand, text and page colours for each of its themes. */
const TEAMS_COLOURS: Readonly<Record<TeamsThemeName, IBaseColours>> = {
  default: { primary: '#6264a7', foreground: '#242424', secondaryForeground: '#616161', background: '#ffffff', isInverted: false },
  dark: { primary: '#a6a7dc', foreground: '#ffffff', secondaryForeground: '#d6d6d6', background: '#1f1f1f', isInverted: true },
  contrast: { primary: '#ffff01', foreground: '#ffffff', secondaryForeground: '#ffffff', background: '#000000', isInverted: true }
};

/** A full Fluent palette from three colours, with Fluent's ThemeGenerator (as the Fluent theme designer does). */
function generateTheme(colours: IBaseColours): ITheme {
  const rules = themeRulesStandardCreator();
  ThemeGenerator.insureSlots(rules, colours.isInverted);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.primaryColor]], colours.primary, colours.isInverted, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.foregroundColor]], colours.foreground, colours.isInverted, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.backgroundColor]], colours.background, colours.isInverted, true, true);
  const palette = ThemeGenerator.getThemeAsJson(rules) as Partial<IPalette>;
  return createTheme({ palette: { ...palette, neutralSecondary: colours.secondaryForeground }, isInverted: colours.isInverted });
}

const generated = new Map<TeamsThemeName, ITheme>();

/** The Fluent theme that matches a Teams theme, so a tab looks native in light, dark and high contrast. */
export function fluentThemeForTeams(name: TeamsThemeName): ITheme {
  let theme = generated.get(name);
  if (!theme) {
    theme = generateTheme(TEAMS_COLOURS[name]);
    generated.set(name, theme);
  }
  return theme;
}
