import type { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';
import { focusRing } from './styles';

/**
 * Links in running text, including sanitised rich text (plain <a> elements): the theme's link colour
 * (the browser's blue fails contrast on Teams' dark and high-contrast backgrounds), an underline
 * and the visible focus ring.
 */
export function richTextLink(theme: ITheme): IRawStyle {
  return {
    ...focusRing(theme),
    color: theme.semanticColors.link,
    textDecoration: 'underline',
    selectors: {
      ...focusRing(theme).selectors,
      ':visited': { color: theme.semanticColors.link },
      ':hover, :active, :active:hover': { color: theme.semanticColors.linkHovered }
    }
  };
}
