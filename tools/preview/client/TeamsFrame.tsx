import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { wrappingTabs } from '../../../src/ui/styles';
import type { IPreviewView } from './previewViews';
import { MAIN_CONTENT_ID, SkipToContent } from './SkipToContent';

export interface ITeamsFrameProps {
  readonly appName: string;
  readonly theme: ITheme;
  readonly views: readonly IPreviewView[];
  readonly controls: React.ReactNode;
  readonly renderView: (view: IPreviewView) => React.ReactNode;
}

/** Below this width the frame is laid out as Teams' phone app (WCAG 1.4.10 reflow at 320 px). */
const NARROW = '@media (max-width: 600px)';

/** Teams' own apps in the left rail, shown for context only. */
const RAIL_APPS: readonly { readonly icon: string; readonly label: string }[] = [
  { icon: 'Ringer', label: 'Activity' },
  { icon: 'Chat', label: 'Chat' },
  { icon: 'Group', label: 'Teams' },
  { icon: 'Calendar', label: 'Calendar' }
];

function getStyles(theme: ITheme) {
  const { palette, semanticColors, fonts } = theme;
  const railItem = {
    display: 'flex',
    flexDirection: 'column' as const,
    alignItems: 'center',
    gap: 4,
    padding: '8px 2px',
    ...fonts.xSmall,
    textAlign: 'center' as const
  };
  return mergeStyleSets({
    frame: {
      display: 'flex',
      minHeight: '100vh',
      background: semanticColors.bodyBackground,
      color: semanticColors.bodyText,
      // A phone-sized Teams client has its app bar along an edge, not a rail beside the tab.
      selectors: { [NARROW]: { flexDirection: 'column-reverse', justifyContent: 'flex-end' } }
    },
    rail: {
      width: 68,
      flexShrink: 0,
      background: palette.neutralLighter,
      borderRight: `1px solid ${palette.neutralQuaternaryAlt}`,
      selectors: { [NARROW]: { width: 'auto', borderRight: 0, borderTop: `1px solid ${palette.neutralQuaternaryAlt}` } }
    },
    railList: {
      listStyle: 'none',
      margin: 0,
      padding: '8px 0',
      selectors: { [NARROW]: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(56px, 1fr))', padding: 0 } }
    },
    railItem,
    railIcon: { fontSize: 20 },
    railItemCurrent: {
      ...railItem,
      background: palette.themePrimary,
      color: palette.white,
      fontWeight: 600
    },
    app: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
    appHeader: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-end',
      gap: 16,
      padding: '8px 20px 0',
      selectors: { [NARROW]: { padding: '8px 12px 0' } },
      background: palette.neutralLighterAlt,
      borderBottom: `1px solid ${palette.neutralQuaternaryAlt}`
    },
    appTitleRow: { display: 'flex', alignItems: 'center', gap: 12, paddingBottom: 8 },
    appIcon: {
      width: 32,
      height: 32,
      borderRadius: 4,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: palette.themePrimary,
      color: palette.white
    },
    appName: { ...fonts.large, fontWeight: 600, margin: 0 },
    tabs: { flexGrow: 1 },
    controls: { paddingBottom: 8 },
    content: { padding: '20px 24px 48px', flexGrow: 1, selectors: { [NARROW]: { padding: '16px 12px 32px' } } }
  });
}

/** A Teams window around a tab: left rail, app header with tabs, then the active tab's content. */
export function TeamsFrame(props: ITeamsFrameProps): JSX.Element {
  const styles = React.useMemo(() => getStyles(props.theme), [props.theme]);
  const [activeKey, setActiveKey] = React.useState<string | undefined>(props.views[0]?.key);
  const activeView = props.views.find((view) => view.key === activeKey) ?? props.views[0];

  return (
    <div className={styles.frame}>
      <SkipToContent theme={props.theme} />
      <nav className={styles.rail} aria-label="Teams apps">
        <ul className={styles.railList}>
          {RAIL_APPS.map((app) => (
            <li key={app.label} className={styles.railItem}>
              <Icon iconName={app.icon} className={styles.railIcon} aria-hidden />
              {app.label}
            </li>
          ))}
          <li className={styles.railItemCurrent} aria-current="page">
            <Icon iconName="People" className={styles.railIcon} aria-hidden />
            {props.appName}
          </li>
        </ul>
      </nav>
      <div className={styles.app}>
        <header className={styles.appHeader}>
          <div className={styles.appTitleRow}>
            <div className={styles.appIcon} aria-hidden>
              <Icon iconName="People" />
            </div>
            <h1 className={styles.appName}>{props.appName}</h1>
          </div>
          <div className={styles.tabs}>
            <Pivot
              aria-label={`${props.appName} tabs`}
              styles={wrappingTabs}
              selectedKey={activeView?.key ?? null}
              onLinkClick={(item) => item?.props.itemKey && setActiveKey(item.props.itemKey)}
              headersOnly
            >
              {props.views.map((view) => (
                <PivotItem key={view.key} itemKey={view.key} headerText={view.title} />
              ))}
            </Pivot>
          </div>
          <div className={styles.controls} role="group" aria-label="Preview controls">
            {props.controls}
          </div>
        </header>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.content} aria-label={activeView ? `${activeView.title} tab` : 'Tab'}>
          {activeView ? props.renderView(activeView) : <p>No view supports Teams yet.</p>}
        </main>
      </div>
    </div>
  );
}
