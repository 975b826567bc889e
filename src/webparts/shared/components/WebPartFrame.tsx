import * as React from 'react';
import { IStyle, mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { PartialTheme, ThemeProvider } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as common from 'CommonStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import { Notice } from '../../../ui/controls/Notice';
import { formatText } from '../../../ui/formatText';
import { webPartRoot } from '../../../ui/styles';
import { ViewBody, ViewState } from './ViewState';

export interface IWebPartFrameProps {
  readonly title: string;
  /** Prefix for the heading's id, which labels the section. */
  readonly idPrefix: string;
  /** The SharePoint page's theme, or in Teams, Teams' own; absent means Fluent's default. */
  readonly theme?: PartialTheme;
  /** Where the lists are and which setting chose them: errors say what to change, skipped settings are pointed out. */
  readonly listsSite: IListsSite;
  /** Retry notices from the data layer, shown as a calm "still trying" message while the view waits. */
  readonly requestEvents?: IRequestEvents;
  /** Waiting although the body is ready (e.g. a check running again): the retry notice shows then too. */
  readonly busy?: boolean;
  /** Under the heading, in the header (e.g. a count of what is loaded). */
  readonly subheading?: React.ReactNode;
  /** Between the notices and the body (e.g. an introduction or a pre-election notice). */
  readonly lead?: React.ReactNode;
  /** The section's own styles (e.g. for print), over the web part root's. */
  readonly rootStyle?: IStyle;
  readonly body: ViewBody;
  /** After the body, whatever its state: a section that loads on its own (e.g. briefing coverage). */
  readonly after?: React.ReactNode;
}

const classes = mergeStyleSets({
  header: { display: 'grid', gap: 4 },
  title: { margin: 0, fontSize: 24, fontWeight: 600 }
});

/**
 * The frame every view of the hub sits in: the theme, a section labelled by its heading, a notice for each
 * site setting that was skipped, the "still trying" notice while SharePoint throttles, and the loading,
 * error (saying which setting to correct when the lists are not there), empty or ready body.
 */
export function WebPartFrame(props: IWebPartFrameProps): JSX.Element {
  const { idPrefix, rootStyle } = props;
  const headingId = React.useMemo(() => getId(idPrefix), [idPrefix]);
  const root = React.useMemo(() => mergeStyles({ ...webPartRoot, gap: 12 }, rootStyle), [rootStyle]);
  return (
    <ThemeProvider theme={props.theme}>
      <section className={root} aria-labelledby={headingId}>
        <div className={classes.header}>
          <h2 id={headingId} className={classes.title}>
            {props.title}
          </h2>
          {props.subheading}
        </div>
        {props.listsSite.ignored.map((setting) => (
          <Notice key={setting.source} type="warning">
            {formatText(setting.source === 'webPartProperty' ? common.IgnoredWebPartSiteSetting : common.IgnoredTenantSiteSetting, setting.value)}
          </Notice>
        ))}
        {props.lead}
        <ViewState body={props.body} listsSite={props.listsSite} requestEvents={props.requestEvents} busy={props.busy} />
        {props.after}
      </section>
    </ThemeProvider>
  );
}
