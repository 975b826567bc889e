import * as React from 'react';

/**
 * False until `needed` is first true, then true for good: a part loaded with `import()` is mounted
 * the first time it is needed and stays mounted, so it keeps its own closing behaviour (a panel's
 * close animation, focus returned to where it was) on every later use.
 */
export function useNeededOnce(needed: boolean): boolean {
  const [wanted, setWanted] = React.useState(needed);
  if (needed && !wanted) setWanted(true);
  return wanted || needed;
}
