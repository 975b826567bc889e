import * as React from 'react';
import type { IOfficerDirectory } from '../../../model/Officer';
import { LIST_VIEW_THRESHOLD } from '../../../schema';
import { buildOfficerDirectoryIndexInSlices, hasOfficerDirectoryIndex, officerDirectoryIndex } from '../../../model/officerDirectoryIndex';

/**
 * The directory once its search index is built, else undefined. The index is built in slices that
 * yield to the browser (about 1.8 s of work at 100,000 officers), so the tab keeps drawing and
 * taking keystrokes meanwhile, and whatever the view shows until then (a first page, a progress
 * bar) stays live. A directory already indexed, or of one page, is answered in the same render.
 */
export function useIndexedDirectory(directory: IOfficerDirectory | undefined): IOfficerDirectory | undefined {
  // A page of officers or fewer (a cold load's first page, a small council) is indexed at once, in tens
  // of milliseconds: first content then waits on no task queued behind it (the further pages' answers).
  if (directory && directory.officers.length <= LIST_VIEW_THRESHOLD) officerDirectoryIndex(directory);
  const [indexed, setIndexed] = React.useState<IOfficerDirectory | undefined>(() =>
    directory && hasOfficerDirectoryIndex(directory) ? directory : undefined
  );
  React.useEffect(() => {
    if (!directory) return undefined;
    if (hasOfficerDirectoryIndex(directory)) {
      setIndexed(directory);
      return undefined;
    }
    let live = true;
    const show = (): void => {
      if (live) setIndexed(directory);
    };
    buildOfficerDirectoryIndexInSlices(directory).then(show, show);
    return () => {
      live = false;
    };
  }, [directory]);
  if (!directory) return undefined;
  return indexed === directory || hasOfficerDirectoryIndex(directory) ? directory : undefined;
}
