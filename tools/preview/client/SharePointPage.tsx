import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Theme';
import type { PreviewPage } from './previewBoot';
import type { IPreviewView } from './previewViews';
import { MAIN_CONTENT_ID, SkipToContent } from './SkipToContent';

export interface ISharePointPageProps {
  readonly siteTitle: string;
  readonly page: PreviewPage;
  readonly theme: ITheme;
  readonly views: readonly IPreviewView[];
  readonly controls: React.ReactNode;
  readonly renderView: (view: IPreviewView) => React.ReactNode;
}

/** Below this width the page is laid out as SharePoint's on a phone: narrower margins (WCAG 1.4.10 reflow). */
const NARROW = '@media (max-width: 600px)';

function getStyles(theme: ITheme) {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    page: { minHeight: '100vh', background: semanticColors.bodyStandoutBackground, color: semanticColors.bodyText },
    suiteBar: {
      display: 'flex',
      alignItems: 'center',
      gap: 12,
      minHeight: 48,
      padding: '0 16px',
      background: palette.neutralLighter,
      borderBottom: `2px solid ${palette.themePrimary}`,
      ...fonts.mediumPlus
    },
    suiteBarApp: { fontWeight: 600 },
    suiteBarNote: { marginLeft: 'auto', ...fonts.small, minWidth: 0 },
    siteHeader: {
      display: 'flex',
      alignItems: 'center',
      gap: 16,
      padding: '16px 32px',
      selectors: { [NARROW]: { padding: '12px 12px' } },
      background: semanticColors.bodyBackground,
      borderBottom: `1px solid ${palette.neutralQuaternaryAlt}`
    },
    siteLogo: {
      width: 48,
      height: 48,
      borderRadius: 4,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: palette.themePrimary,
      color: palette.white,
      fontWeight: 600,
      ...fonts.large
    },
    siteTitle: { ...fonts.xLarge, fontWeight: 600, margin: 0 },
    siteNav: { padding: '0 32px', background: semanticColors.bodyBackground, selectors: { [NARROW]: { padding: '0 12px' } } },
    siteNavList: { display: 'flex', flexWrap: 'wrap', columnGap: 24, rowGap: 4, listStyle: 'none', margin: 0, padding: '8px 0' },
    controls: {
      padding: '8px 32px 12px',
      selectors: { [NARROW]: { padding: '8px 12px 12px' } },
      background: semanticColors.bodyBackground,
      borderBottom: `1px solid ${palette.neutralQuaternaryAlt}`
    },
    canvas: { maxWidth: 1204, margin: '0 auto', padding: '24px 16px 48px', selectors: { [NARROW]: { padding: '16px 8px 32px' } } },
    pageTitle: { ...fonts.xxLarge, fontWeight: 600, margin: '8px 0 24px' },
    section: {
      background: semanticColors.bodyBackground,
      padding: 24,
      selectors: { [NARROW]: { padding: 12 } },
      marginBottom: 24,
      borderRadius: 2,
      boxShadow: theme.effects.elevation4
    }
  });
}

/** The site's pages: where each lives and its title (the page's h1). */
const PAGES: Readonly<Record<PreviewPage, { readonly href: string; readonly navLabel: string; readonly title: string }>> = {
  home: { href: '/', navLabel: 'Home', title: 'Member–Officer Hub' },
  admin: { href: '/admin', navLabel: 'Admin: directory health', title: 'Directory health (for admins)' },
  ward: { href: '/ward', navLabel: 'Ward contact sheet', title: 'Ward contact sheet' },
  'service-enquiries': { href: '/service-enquiries', navLabel: 'Service enquiries (officers)', title: 'Service enquiries' },
  enquiries: { href: '/enquiries', navLabel: 'Member enquiries', title: 'Member enquiries' }
};

function initialsOf(title: string): string {
  return title
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('');
}

/** A modern SharePoint page: suite bar, site header and navigation, then a canvas with one section per web part. */
export function SharePointPage(props: ISharePointPageProps): JSX.Element {
  const styles = React.useMemo(() => getStyles(props.theme), [props.theme]);
  return (
    <div className={styles.page}>
      <SkipToContent theme={props.theme} />
      <header>
        <div className={styles.suiteBar}>
          <Icon iconName="Waffle" aria-hidden />
          <span className={styles.suiteBarApp}>SharePoint</span>
          <span className={styles.suiteBarNote}>Local preview against the SharePoint emulator</span>
        </div>
        <div className={styles.siteHeader}>
          <div className={styles.siteLogo} aria-hidden>
            {initialsOf(props.siteTitle)}
          </div>
          <p className={styles.siteTitle}>{props.siteTitle}</p>
        </div>
        <nav className={styles.siteNav} aria-label="Site">
          <ul className={styles.siteNavList}>
            {(Object.keys(PAGES) as PreviewPage[]).map((page) => (
              <li key={page}>
                <Link href={PAGES[page].href} aria-current={page === props.page ? 'page' : undefined}>
                  {PAGES[page].navLabel}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/teams">Same views in Teams</Link>
            </li>
          </ul>
        </nav>
      </header>
      <aside className={styles.controls} aria-label="Preview controls">
        {props.controls}
      </aside>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.canvas}>
        <h1 className={styles.pageTitle}>{PAGES[props.page].title}</h1>
        {props.views.map((view) => (
          <section key={view.key} className={styles.section} aria-label={`${view.title} web part`}>
            {props.renderView(view)}
          </section>
        ))}
      </main>
    </div>
  );
}
