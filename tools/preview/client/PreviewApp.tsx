import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { browserUrlStateStore, memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { createPreviewDataContext } from './previewData';
import type { IPreviewBoot } from './previewBoot';
import { PreviewControls } from './PreviewControls';
import { fluentThemeFor, isPreviewThemeName, PreviewThemeName, teamsThemeName } from './previewThemes';
import { PreviewViewHost } from './PreviewViewHost';
import { IPreviewHostContext, IPreviewView, viewsFor } from './previewViews';
import { SharePointPage } from './SharePointPage';
import { TeamsFrame } from './TeamsFrame';
import { readThrottling, setThrottling } from './previewFaults';
import { usePreviewTeamsHost } from './usePreviewTeamsHost';
import { addressWithCulture, previewCultureFrom } from './previewLanguage';

const APP_NAME = 'Member–Officer Hub';
const THEME_HASH_KEY = 'theme';

/** The theme lives in the URL fragment, because the views own the query string for their shareable state. */
function themeFromLocation(): PreviewThemeName {
  const value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get(THEME_HASH_KEY);
  return isPreviewThemeName(value) ? value : 'light';
}

function writeThemeToLocation(name: PreviewThemeName): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.set(THEME_HASH_KEY, name);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${params}`);
}

function writeUserCookie(name: string, userId: number): void {
  document.cookie = `${name}=${encodeURIComponent(String(userId))}; path=/; SameSite=Lax`;
}

/** State of the whole preview: who is signed in, the theme, throttling; renders the SharePoint page or the Teams frame. */
export function PreviewApp(props: { readonly boot: IPreviewBoot }): JSX.Element {
  const { boot } = props;
  const [themeName, setThemeName] = React.useState<PreviewThemeName>(themeFromLocation);
  const [signedInUserId, setSignedInUserId] = React.useState<number | undefined>(boot.signedInUserId);
  const [throttling, setThrottlingState] = React.useState<boolean | undefined>();

  const theme = fluentThemeFor(boot.host, themeName);
  // SharePoint and Teams also load their theme globally, so code reading getTheme() follows too.
  React.useLayoutEffect(() => {
    loadTheme(theme);
  }, [theme]);

  React.useEffect(() => {
    readThrottling(boot.faultsUrl).then(
      (rate) => setThrottlingState(rate > 0),
      () => setThrottlingState(false)
    );
  }, [boot.faultsUrl]);

  React.useEffect(() => {
    const onHashChange = (): void => setThemeName(themeFromLocation());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const signedInUser = boot.personas.find((persona) => persona.userId === signedInUserId);
  // A new data side per signed-in user, so every view reloads as that person.
  const dataContext = React.useMemo(() => createPreviewDataContext(boot.siteUrl, signedInUser, boot.formDigest), [boot.siteUrl, signedInUser, boot.formDigest]);
  const teams = usePreviewTeamsHost(boot.host === 'teams', signedInUser?.email, teamsThemeName(themeName));
  // A Teams tab has no address bar of its own, so its views keep their state in memory.
  const urlStateStore = React.useMemo(() => (boot.host === 'teams' ? memoryUrlStateStore() : browserUrlStateStore), [boot.host]);
  const hostContext: IPreviewHostContext = { host: boot.host, theme, urlStateStore, teams };
  const hostReady = boot.host !== 'teams' || teams !== undefined;

  const controls = (
    <PreviewControls
      personas={boot.personas}
      signedInUserId={signedInUserId}
      onSignIn={(userId) => {
        writeUserCookie(boot.userCookieName, userId);
        setSignedInUserId(userId);
      }}
      culture={previewCultureFrom(window.location)}
      onCultureChange={(culture) => {
        // SharePoint loads a page's strings for its culture once, so a new language is a new page.
        window.location.assign(addressWithCulture(window.location, culture));
      }}
      themeName={themeName}
      onThemeChange={(name) => {
        writeThemeToLocation(name);
        setThemeName(name);
      }}
      throttling={throttling}
      onThrottlingChange={async (on) => {
        const rate = await setThrottling(boot.faultsUrl, on ? boot.throttlingRateWhenOn : 0);
        setThrottlingState(rate > 0);
      }}
    />
  );
  const views = viewsFor(boot.host, boot.page);
  const renderView = (view: IPreviewView): React.ReactNode =>
    hostReady ? (
      <PreviewViewHost key={`${view.key}:${signedInUserId ?? ''}`} view={view} dataContext={dataContext} hostContext={hostContext} />
    ) : (
      <Spinner label="Connecting to Teams…" />
    );

  return (
    <ThemeProvider theme={theme} applyTo="body">
      {boot.host === 'teams' ? (
        <TeamsFrame appName={APP_NAME} theme={theme} views={views} controls={controls} renderView={renderView} />
      ) : (
        <SharePointPage siteTitle={boot.siteTitle} page={boot.page} theme={theme} views={views} controls={controls} renderView={renderView} />
      )}
    </ThemeProvider>
  );
}
