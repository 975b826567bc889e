/** Progress lines on a stream (stderr): at most one a second except the ones that must be seen, never the same line twice running. */
export interface IProgressReporter {
  /** `force` writes even if a line was written within the interval (phase changes, the last count). */
  report(line: string, force?: boolean): void;
}

export function createProgressReporter(
  write: (text: string) => void,
  options: { readonly intervalMs?: number; readonly now?: () => number } = {}
): IProgressReporter {
  const intervalMs = options.intervalMs ?? 1000;
  const now = options.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let lastLine = '';
  return {
    report(line, force = false) {
      const at = now();
      if (line === lastLine || (!force && at - last < intervalMs)) return;
      last = at;
      lastLine = line;
      write(`${line}\n`);
    }
  };
}
