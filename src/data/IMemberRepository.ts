import type { IMemberDirectory } from '../model/Member';

/** Reads member profiles and everything they refer to. */
export interface IMemberRepository {
  /**
   * Current members with their parties, wards, active committees and memberships, in one round trip.
   * Given `onRevalidated`, a browser copy (when one is kept) comes back at once and is checked in the
   * background; `onRevalidated` gets the directory read again only when the lists changed.
   */
  loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void): Promise<IMemberDirectory>;
}
