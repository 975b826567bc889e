import * as React from 'react';
import type { IOfficerDirectory } from '../../../model/Officer';
import { buildOfficerDirectoryIndexInSlices, hasOfficerDirectoryIndex } from '../../../model/officerDirectoryIndex';

/**
 * The directory once its search index is built, else undefined. The index is built in slices that
 * yield to the browser (about 1.8 s of work at 100,000 officers), so the tab keeps drawing and
 * taking keystrokes meanwhile, and whatever the view shows until then (a first page, a progress
 * bar) stays live. A directory already indexed is answered in the same render.
 */
export function useIndexedDirectory(directory: IOfficerDirectory | undefined): IOfficerDirectory | undefined {
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
