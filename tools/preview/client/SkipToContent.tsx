import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Theme';

export const MAIN_CONTENT_ID = 'preview-main';

/** "Skip to main content", hidden until a keyboard user tabs onto it, as SharePoint and Teams offer. */
export function SkipToContent(props: { readonly theme: ITheme }): JSX.Element {
  const { palette } = props.theme;
  const className = React.useMemo(
    () =>
      mergeStyles({
        position: 'absolute',
        left: -10000,
        top: 8,
        zIndex: 1000,
        padding: '8px 12px',
        background: palette.white,
        color: palette.themePrimary,
        border: `2px solid ${palette.themePrimary}`,
        selectors: { ':focus': { left: 8 } }
      }),
    [palette]
  );
  return (
    <a
      className={className}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Move focus without touching the URL fragment, which holds the preview's theme.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
