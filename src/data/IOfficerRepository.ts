import type { IOfficerDirectory, IOfficerProfile } from '../model/Officer';
import type { RevalidationStatusListener } from './cache/backgroundRevalidation';

export interface IDirectoryLoadProgress {
  readonly loaded: number;
  /** The Officers list's ItemCount, when known. */
  readonly total?: number;
  /**
   * On a cold load, once the first round trip is in: the first page of officers (up to 5,000, in ID
   * order) and every service, to show while the rest loads. A search over it finds only some of the
   * officers, so a view must say the directory is still loading and never report "no results" from it.
   */
  readonly partial?: IOfficerDirectory;
}

/** Reads the officer directory without ever tripping the list view threshold. */
export interface IOfficerRepository {
  /**
   * Every officer (slim projection) and every service. Served from the per-user, per-site
   * browser cache when one small request shows the lists have not changed since it was stored.
   * Given `onRevalidated`, the browser copy comes back at once, before that request, which then runs
   * in the background; `onRevalidated` gets the directory read again only when the lists changed, and
   * `onRevalidation` how that check went (a failure keeps the copy drawn; the view says so and can retry).
   * With `onProgress` too, the copy's first page comes first as `progress.partial`, then the whole copy.
   */
  searchIndex(
    onProgress?: (progress: IDirectoryLoadProgress) => void,
    onRevalidated?: (directory: IOfficerDirectory) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IOfficerDirectory>;
  /** One officer with the details a profile shows (e.g. the liaison officer profile). */
  officerProfile(id: number): Promise<IOfficerProfile>;
}
