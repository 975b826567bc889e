import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { ITeamsHost, onThemeChange, TeamsThemeName } from '../../../teams/teamsHost';
import { fluentThemeForTeams } from '../../../teams/teamsThemes';

/** In Teams, the Fluent theme matching Teams' current theme, following the user's changes live; else undefined. */
export function useTeamsTheme(teams: ITeamsHost | undefined): ITheme | undefined {
  const [name, setName] = React.useState<TeamsThemeName | undefined>(teams?.context.theme);
  React.useEffect(() => {
    setName(teams?.context.theme);
    return teams ? onThemeChange(teams.teamsJs, setName) : undefined;
  }, [teams]);
  return name ? fluentThemeForTeams(name) : undefined;
}
