import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IParty } from '../../../model/Member';

export interface IPartyLabelProps {
  party: IParty | undefined;
  /** Shown when no party is recorded. */
  fallback: string;
}

/** One set of styles per theme, shared by every card and row. */
const partyClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    root: { display: 'inline-flex', alignItems: 'center', gap: 6 },
    swatch: {
      display: 'inline-block',
      width: 12,
      height: 12,
      borderRadius: 2,
      flexShrink: 0,
      // Keeps light party colours visible against light backgrounds.
      border: `1px solid ${theme.palette.neutralSecondary}`,
      forcedColorAdjust: 'none'
    }
  })
);

/** Party colour as a swatch beside the party's name: the colour is never the only cue. */
export function PartyLabel(props: IPartyLabelProps): JSX.Element {
  return <ThemedPartyLabel {...props} theme={useTheme()} />;
}

/** PartyLabel in a theme the caller has already read once for a whole list of cards or rows. */
export function ThemedPartyLabel(props: IPartyLabelProps & { theme: ITheme }): JSX.Element {
  const classes = partyClasses(props.theme);
  const { party } = props;
  if (!party) return <span>{props.fallback}</span>;
  return (
    <span className={classes.root}>
      {party.colour ? <span className={classes.swatch} style={{ backgroundColor: party.colour }} aria-hidden="true" /> : null}
      <span>{party.name}</span>
    </span>
  );
}
