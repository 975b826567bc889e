import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { focusRing, minimumTarget, visuallyHidden } from '../../../ui/styles';
import { richTextLink } from '../../../ui/richTextLink';

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- the class names are inferred from the style set.
function healthClasses(theme: ITheme) {
  return mergeStyleSets({
    section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, minWidth: 0, paddingTop: 8, borderTop: `1px solid ${theme.palette.neutralLight}` },
    sectionHeading: { margin: 0, fontSize: 20, fontWeight: 600 },
    groupHeading: { margin: '8px 0 0', fontSize: 16, fontWeight: 600 },
    paragraph: { margin: 0 },
    list: { margin: 0, paddingLeft: 20, display: 'grid', gap: 2 },
    nestedList: { margin: '2px 0 0', paddingLeft: 20 },
    link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block' },
    detail: { color: theme.semanticColors.bodySubtext },
    // A table too wide for a phone scrolls inside this box, headers and all, never the page (WCAG 1.4.10).
    tableScroll: { overflowX: 'auto', maxWidth: '100%', selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 } } },
    table: { width: '100%', borderCollapse: 'collapse', overflowWrap: 'anywhere' },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    cell: { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top', fontWeight: 'normal' },
    headerCell: { textAlign: 'left', padding: '4px 8px', borderBottom: `2px solid ${theme.palette.neutralTertiaryAlt}`, fontWeight: 600 },
    numberHeaderCell: { textAlign: 'right', padding: '4px 8px', borderBottom: `2px solid ${theme.palette.neutralTertiaryAlt}`, fontWeight: 600 },
    numberCell: { textAlign: 'right', padding: '4px 8px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top', fontVariantNumeric: 'tabular-nums' },
    showMore: { ...focusRing(theme), marginTop: 4, justifySelf: 'start' },
    hidden: visuallyHidden
  });
}

export type HealthClasses = ReturnType<typeof healthClasses>;

/** The web part's styles, following the theme of the nearest ThemeProvider. */
export function useHealthClasses(): HealthClasses {
  const theme = useTheme();
  return React.useMemo(() => healthClasses(theme), [theme]);
}
