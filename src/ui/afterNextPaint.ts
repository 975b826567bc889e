/**
 * Resolves once the browser has painted what was just drawn (requestAnimationFrame runs just before a paint, so a
 * task set from it runs after), so work that can wait does not hold the first screenful back. A hidden tab paints no
 * frames: after `atMostMs` it goes on regardless. Where there are no frames (Node), after a task.
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, typeof requestAnimationFrame === 'function' ? atMostMs : 0);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0);
    });
  });
}
