/**
 * A deep link into a tab as a plain URL (no teams-js needed): it opens in Teams from anywhere, a
 * browser, SharePoint or Teams itself. (Chat links are contact actions: src/model/orderContactActions.)
 */

const TEAMS_ORIGIN = 'https://teams.microsoft.com';

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
