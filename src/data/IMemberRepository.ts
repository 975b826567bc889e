import type { IMemberDirectory } from '../model/Member';
import type { RevalidationStatusListener } from './cache/backgroundRevalidation';

/** Reads member profiles and everything they refer to. */
export interface IMemberRepository {
  /**
   * Current members with their parties, wards, active committees and memberships, in one round trip.
   * Given `onRevalidated`, a browser copy (when one is kept) comes back at once and is checked in the
   * background; `onRevalidated` gets the directory read again only when the lists changed, and
   * `onRevalidation` how the check went (a failure keeps the copy drawn; the view says so and can retry).
   */
  loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void, onRevalidation?: RevalidationStatusListener): Promise<IMemberDirectory>;
}
