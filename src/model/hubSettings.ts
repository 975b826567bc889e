/**
 * Council-wide settings an admin keeps in one place (the HubSettings list), so that a Teams
 * personal app, which has no property pane, shows what a page would: the pre-election period, the
 * word for a ward, the member/officer protocol and the contact for the briefings. A page's own web
 * part properties override them there (settingsForPage). Values are checked before use: a bad one
 * is left out, never guessed at, and reported for Directory health.
 */
import { plainEmailAddress } from '../schema/emailAddress';
import type { IPreElectionPeriod } from './preElectionPeriod';
import { isCalendarDate, type CalendarDate } from '../schema/ukDates';

/** What the council calls its electoral areas: districts and unitaries have wards, counties divisions. */
export type WardWord = 'ward' | 'division';

export interface IBriefingsContact {
  /** A team or person, as the admin wrote it; the address stands in when it is blank. */
  readonly name?: string;
  readonly email: string;
}

export interface IHubSettings {
  readonly preElectionPeriod?: IPreElectionPeriod;
  readonly wardWord?: WardWord;
  /** An address on the tenant's own SharePoint (same origin as the lists' site). */
  readonly protocolUrl?: string;
  readonly briefingsContact?: IBriefingsContact;
}

/** The settings item's values as the list holds them, already read from SharePoint's shapes. */
export interface IHubSettingsValues {
  readonly preElectionStart?: CalendarDate;
  readonly preElectionEnd?: CalendarDate;
  /** The choice as stored: 'Ward' or 'Division'. */
  readonly wardWord?: string;
  readonly protocolUrl?: string;
  readonly contactName?: string;
  readonly contactEmail?: string;
}

export type HubSettingProblemKind =
  /** One date of the pre-election period is set and the other is not. */
  | 'preElectionIncomplete'
  /** Polling day comes before the first day. */
  | 'preElectionBackwards'
  /** Neither Ward nor Division (a choice typed in by hand). */
  | 'wardWordUnknown'
  /** Not an http(s) address at all. */
  | 'protocolUrlInvalid'
  /** An address off the tenant's SharePoint (another host, plain http, or with a user name in it). */
  | 'protocolUrlOffTenant'
  | 'contactEmailInvalid';

export interface IHubSettingProblem {
  readonly kind: HubSettingProblemKind;
  /** The internal name of the column to correct. */
  readonly column: string;
  /** The value as the list holds it. */
  readonly value: string;
}

export interface IValidatedHubSettings {
  readonly settings: IHubSettings;
  readonly problems: readonly IHubSettingProblem[];
}

const WARD_WORDS: Readonly<Record<string, WardWord>> = { ward: 'ward', division: 'division' };

function preElectionPeriodOf(values: IHubSettingsValues, problems: IHubSettingProblem[]): IPreElectionPeriod | undefined {
  const from = values.preElectionStart;
  const to = values.preElectionEnd;
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined || !isCalendarDate(from) || !isCalendarDate(to)) {
    const missing = from === undefined || !isCalendarDate(from) ? 'PreElectionStart' : 'PreElectionEnd';
    problems.push({ kind: 'preElectionIncomplete', column: missing, value: (missing === 'PreElectionStart' ? from : to) ?? '' });
    return undefined;
  }
  if (to < from) {
    problems.push({ kind: 'preElectionBackwards', column: 'PreElectionEnd', value: to });
    return undefined;
  }
  return { from, to };
}

function wardWordOf(value: string | undefined, problems: IHubSettingProblem[]): WardWord | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const word = WARD_WORDS[value.trim().toLowerCase()];
  if (!word) problems.push({ kind: 'wardWordUnknown', column: 'WardWord', value });
  return word;
}

/**
 * A link members may follow from a Teams app: https on the lists' site's own origin (in the local
 * preview that origin is plain http, and the same rule keeps to it). Nothing off the tenant.
 */
export function protocolLinkOnTenant(value: string, siteUrl: string): { readonly url?: string; readonly problem?: 'protocolUrlInvalid' | 'protocolUrlOffTenant' } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: 'protocolUrlInvalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'protocolUrlInvalid' };
  let site: URL;
  try {
    site = new URL(siteUrl);
  } catch {
    return { problem: 'protocolUrlOffTenant' };
  }
  if (url.username !== '' || url.password !== '' || url.origin !== site.origin) return { problem: 'protocolUrlOffTenant' };
  return { url: url.toString() };
}

function protocolUrlOf(value: string | undefined, siteUrl: string, problems: IHubSettingProblem[]): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const checked = protocolLinkOnTenant(value, siteUrl);
  if (checked.problem) problems.push({ kind: checked.problem, column: 'ProtocolUrl', value });
  return checked.url;
}

function contactOf(values: IHubSettingsValues, problems: IHubSettingProblem[]): IBriefingsContact | undefined {
  const raw = values.contactEmail?.trim();
  if (!raw) return undefined;
  const email = plainEmailAddress(raw);
  if (!email) {
    problems.push({ kind: 'contactEmailInvalid', column: 'BriefingsContactEmail', value: raw });
    return undefined;
  }
  const name = values.contactName?.trim();
  return name ? { name, email } : { email };
}

/** The usable settings and what is wrong with the rest; `siteUrl` is the lists' site, for the protocol link's origin. */
export function validateHubSettings(values: IHubSettingsValues, siteUrl: string): IValidatedHubSettings {
  const problems: IHubSettingProblem[] = [];
  const settings: IHubSettings = {
    preElectionPeriod: preElectionPeriodOf(values, problems),
    wardWord: wardWordOf(values.wardWord, problems),
    protocolUrl: protocolUrlOf(values.protocolUrl, siteUrl, problems),
    briefingsContact: contactOf(values, problems)
  };
  return { settings, problems };
}

/** What a page shows: each of the page's own (web part) settings where set, else the council's. */
export function settingsForPage(central: IHubSettings, page: IHubSettings): IHubSettings {
  return {
    preElectionPeriod: page.preElectionPeriod ?? central.preElectionPeriod,
    wardWord: page.wardWord ?? central.wardWord,
    protocolUrl: page.protocolUrl ?? central.protocolUrl,
    briefingsContact: page.briefingsContact ?? central.briefingsContact
  };
}
