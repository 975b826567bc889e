import type { RevalidationStatusListener } from './cache/backgroundRevalidation';
import type { IBriefing, IBriefingItem, IBriefingReader, IWeeklyBriefing } from '../model/Briefing';
import type { IWard } from '../model/Member';
import type { IHubSettingsRead } from './hubSettings';

/** Reads weekly member briefings; drafts never reach readers (content approval in SharePoint). */
export interface IBriefingRepository {
  /**
   * Opening the view: the member signed in with `account` (undefined: nobody to look up), with this
   * week's briefing and every ward read alongside in the same round trip and kept for the forWeek(week)
   * and wards() calls that follow. Given `onRevalidated`, a browser copy of the same (when one is kept)
   * answers at once and the round trip revalidates it in the background; `onRevalidated` is called when
   * it read something else, and forWeek(week), wards() and settings() then answer with what it read;
   * `onRevalidation` hears how that round trip went (a failure keeps the copy drawn; the view says so and can retry).
   */
  opening(
    weekCommencing: string,
    account: string | undefined,
    onRevalidated?: (reader: IBriefingReader | undefined) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IBriefingReader | undefined>;
  /** The briefing for the week commencing this Monday (YYYY-MM-DD) and its items, in at most two round trips. */
  forWeek(weekCommencing: string): Promise<IWeeklyBriefing>;
  /** Briefings of one calendar month (YYYY-MM), newest first: the archive. */
  forMonth(month: string): Promise<readonly IBriefing[]>;
  /** Items of any briefing matching the text (title, body, service, category), newest first. */
  search(text: string): Promise<readonly { readonly briefing: IBriefing; readonly item: IBriefingItem }[]>;
  /** The member whose Microsoft 365 account has this email, if any. */
  readerForAccount(email: string): Promise<IBriefingReader | undefined>;
  wards(): Promise<readonly IWard[]>;
  /**
   * The council's settings (HubSettings list), read in opening()'s batch and taken from there; the
   * defaults when the list or a column is missing. Never rejects.
   */
  settings(): Promise<IHubSettingsRead>;
}
