import type { IBriefing, IBriefingItem, IBriefingReader, IWeeklyBriefing } from '../model/Briefing';
import type { IWard } from '../model/Member';

/** Reads weekly member briefings; drafts never reach readers (content approval in SharePoint). */
export interface IBriefingRepository {
  /** The briefing for the week commencing this Monday (YYYY-MM-DD) and its items, in at most two round trips. */
  forWeek(weekCommencing: string): Promise<IWeeklyBriefing>;
  /** Briefings of one calendar month (YYYY-MM), newest first: the archive. */
  forMonth(month: string): Promise<readonly IBriefing[]>;
  /** Items of any briefing matching the text (title, body, service, category), newest first. */
  search(text: string): Promise<readonly { readonly briefing: IBriefing; readonly item: IBriefingItem }[]>;
  /** The member whose Microsoft 365 account has this email, if any. */
  readerForAccount(email: string): Promise<IBriefingReader | undefined>;
  wards(): Promise<readonly IWard[]>;
}
