import * as React from 'react';
import { connectTeams, ITeamsHost, TeamsThemeName } from '../../../src/teams/teamsHost';
import teamsManifest from '../../../teams/manifest.json';
import { createPreviewTeamsJs } from './previewTeamsJs';
import { readTeamsDeepLink } from './teamsDeepLinkLocation';

/** The tab's entity id the frame reports when no deep link names one. */
const TEAMS_ENTITY_ID = 'memberOfficerHub';

/**
 * In the Teams frame, the Teams host the views receive: connected through the product's own
 * connectTeams over the preview's teams-js, re-connected per signed-in user, and told of theme
 * changes the way Teams tells a tab. Undefined on the SharePoint page, and until connected.
 */
export function usePreviewTeamsHost(inTeams: boolean, account: string | undefined, theme: TeamsThemeName): ITeamsHost | undefined {
  const themeNow = React.useRef(theme);
  themeNow.current = theme;
  const teamsJs = React.useMemo(() => {
    if (!inTeams) return undefined;
    const deepLink = readTeamsDeepLink(window.location);
    return createPreviewTeamsJs({
      account,
      currentTheme: () => themeNow.current,
      appId: teamsManifest.id,
      entityId: deepLink?.entityId ?? TEAMS_ENTITY_ID,
      subPageId: deepLink?.subPageId
    });
  }, [inTeams, account]);
  const [host, setHost] = React.useState<ITeamsHost | undefined>();

  React.useEffect(() => {
    let current = true;
    setHost(undefined);
    connectTeams(teamsJs).then(
      (connected) => current && setHost(connected),
      () => current && setHost(undefined)
    );
    return () => {
      current = false;
    };
  }, [teamsJs]);

  React.useEffect(() => {
    teamsJs?.changeTheme(theme);
  }, [teamsJs, theme]);

  return host;
}
