import type { IRawStyle } from '@fluentui/react/lib/Styling';

/** Controls that mean nothing on paper (tabs, week buttons, search, item actions): not printed. */
export const hiddenInPrint: IRawStyle = { selectors: { '@media print': { display: 'none !important' } } };

/**
 * The briefing's root on paper: black text on white whatever the screen theme (a dark Teams theme
 * would otherwise print pale text), borders in black so labelled notices keep their frame, and
 * nothing clipped or cut off at the side.
 */
export const printedBlackOnWhite: IRawStyle = {
  selectors: {
    '@media print': {
      color: '#000 !important',
      background: '#fff !important',
      overflow: 'visible',
      selectors: {
        '*': {
          color: '#000 !important',
          background: 'transparent !important',
          borderColor: '#000 !important',
          boxShadow: 'none !important',
          overflow: 'visible',
          maxHeight: 'none !important',
          overflowWrap: 'anywhere'
        },
        'article, h3, h4, h5': { breakInside: 'avoid' },
        'h3, h4, h5': { breakAfter: 'avoid' }
      }
    }
  }
};
