/**
 * Teams addresses as plain URLs (no teams-js needed): a chat with someone, and a deep link into a
 * tab. Both open in Teams from anywhere: a browser, SharePoint or Teams itself.
 */

const TEAMS_ORIGIN = 'https://teams.microsoft.com';

/** Starts (or opens) a one-to-one Teams chat with the person whose Microsoft 365 sign-in this is. */
export function teamsChatUrl(account: string): string {
  return `${TEAMS_ORIGIN}/l/chat/0/0?users=${encodeURIComponent(account.trim())}`;
}

export interface ITabDeepLink {
  /** The Teams app's id (from its manifest; teams-js reports it as `app.appId`). */
  readonly appId: string;
  /** The tab's entity id (teams-js `page.id`). */
  readonly entityId: string;
  /** Where in the tab to open; the tab reads it back as `page.subPageId`. */
  readonly subPageId: string;
  /** Needed for channel tabs, so Teams knows which channel's tab to open. */
  readonly channelId?: string;
}

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…}`, Teams' documented tab deep link. */
export function teamsTabDeepLink(link: ITabDeepLink): string {
  const context: Record<string, string> = { subEntityId: link.subPageId };
  if (link.channelId) context.channelId = link.channelId;
  return (
    `${TEAMS_ORIGIN}/l/entity/${encodeURIComponent(link.appId)}/${encodeURIComponent(link.entityId)}` +
    `?context=${encodeURIComponent(JSON.stringify(context))}`
  );
}
