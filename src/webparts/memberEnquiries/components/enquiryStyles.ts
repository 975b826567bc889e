import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { focusRing, minimumTarget, webPartRoot } from '../../../ui/styles';

/** The member enquiries web part's styles, from the theme it is drawn in. */
export function enquiryClasses(theme: ITheme) {
  return mergeStyleSets({
    root: { ...webPartRoot, gap: 12 },
    title: { margin: 0, fontSize: 24, fontWeight: 600 },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
    card: { border: `1px solid ${theme.palette.neutralTertiary}`, borderRadius: 2, padding: 12, display: 'grid', gap: 4 },
    cardHeading: { margin: 0, fontSize: 16, fontWeight: 600 },
    subjectButton: [
      { ...minimumTarget, ...focusRing(theme) },
      {
        background: 'none',
        border: 'none',
        padding: 0,
        font: 'inherit',
        fontWeight: 600,
        color: theme.semanticColors.link,
        textDecoration: 'underline',
        cursor: 'pointer',
        textAlign: 'start',
        selectors: { '@media (forced-colors: active)': { color: 'LinkText' } }
      }
    ],
    line: { margin: 0 },
    more: { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' },
    // A plain button (not Fluent's) so the list's first paint stays light; the theme's colours, a visible focus ring.
    showMoreButton: [
      { ...minimumTarget, ...focusRing(theme) },
      {
        padding: '4px 16px',
        font: 'inherit',
        fontWeight: 600,
        color: theme.semanticColors.buttonText,
        background: theme.semanticColors.buttonBackground,
        border: `1px solid ${theme.semanticColors.buttonBorder}`,
        borderRadius: 2,
        cursor: 'pointer',
        selectors: { ':hover': { background: theme.semanticColors.buttonBackgroundHovered }, '@media (forced-colors: active)': { borderColor: 'ButtonText' } }
      }
    ],
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 12, rowGap: 4 },
    // Overdue is said in words; the weight and colour only add to them.
    overdue: { fontWeight: 600, color: theme.semanticColors.errorText, selectors: { '@media (forced-colors: active)': { color: 'CanvasText' } } },
    tabPanel: { paddingTop: 12 },
    detail: { display: 'grid', gap: 12 },
    detailHeading: { margin: 0, fontSize: 20, fontWeight: 600, selectors: { ':focus': { outline: 'none' } } },
    sectionHeading: { margin: '8px 0 0', fontSize: 16, fontWeight: 600 },
    plainText: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
    form: { display: 'grid', gap: 12, maxWidth: '40em' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
    status: { margin: 0 },
    note: { margin: 0, color: theme.semanticColors.bodySubtext, selectors: { '@media (forced-colors: active)': { color: 'CanvasText' } } },
    suggestion: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    errorSummary: {
      border: `3px solid ${theme.semanticColors.errorText}`,
      padding: 12,
      selectors: { ':focus': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 }, '@media (forced-colors: active)': { borderColor: 'CanvasText' } }
    },
    errorSummaryHeading: { margin: '0 0 8px', fontSize: 16, fontWeight: 600 },
    // 24 px tall, so each link meets the target size (WCAG 2.5.8) however short its words.
    errorLink: { display: 'inline-block', minHeight: 24, lineHeight: '24px', color: theme.semanticColors.errorText, selectors: { '@media (forced-colors: active)': { color: 'LinkText' } } }
  });
}

export type EnquiryClasses = ReturnType<typeof enquiryClasses>;
