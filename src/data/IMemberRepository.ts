import type { IMemberDirectory } from '../model/Member';

/** Reads member profiles and everything they refer to. */
export interface IMemberRepository {
  /** Current members with their parties, wards, active committees and memberships, in one round trip. */
  loadDirectory(): Promise<IMemberDirectory>;
}
