import * as React from 'react';

/**
 * A blob: URL for text content (e.g. a vCard to download), revoked when the content changes or
 * the view goes, so nothing leaks. Undefined where the browser cannot make one.
 */
export function useObjectUrl(content: string | undefined, mimeType: string): string | undefined {
  const url = React.useMemo(() => {
    if (content === undefined || typeof URL.createObjectURL !== 'function') return undefined;
    return URL.createObjectURL(new Blob([content], { type: mimeType }));
  }, [content, mimeType]);
  React.useEffect(
    () => (): void => {
      if (url) URL.revokeObjectURL(url);
    },
    [url]
  );
  return url;
}
