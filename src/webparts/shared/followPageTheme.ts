import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import type { ISPEventObserver, ServiceScope } from '@microsoft/sp-core-library';

export interface IPageTheme {
  /** The page's theme when following began, if it has one. */
  readonly theme: IReadonlyTheme | undefined;
  /** Stops following (call on dispose). */
  readonly stop: () => void;
}

/** The SharePoint page's theme, and each change to it; `observer` is the web part (SPFx reports handler errors against it). */
export function followPageTheme(
  observer: ISPEventObserver,
  serviceScope: ServiceScope,
  onChange: (theme: IReadonlyTheme | undefined) => void
): IPageTheme {
  const themeProvider = serviceScope.consume(ThemeProvider.serviceKey);
  const changed = (args: ThemeChangedEventArgs): void => onChange(args.theme);
  const theme = themeProvider.tryGetTheme();
  themeProvider.themeChangedEvent.add(observer, changed);
  return { theme, stop: () => themeProvider.themeChangedEvent.remove(observer, changed) };
}
