import * as React from 'react';

/**
 * False until the browser has painted once after the calling component first appeared: a frame, then a
 * task after it (requestAnimationFrame runs just before a paint, so a timeout set from it runs after).
 * Lets a view put a screenful on screen first and add the rest straight after.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return (): void => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
