/**
 * Reads a Teams tab deep link opened on the preview's origin, i.e. the address Teams would route:
 * `/l/entity/<appId>/<entityId>?context={"subEntityId":"…"}`. The preview's Teams frame then tells
 * the tab, through its teams-js stand-in, where to open, as Teams does with `page.subPageId`.
 */
export interface ITeamsDeepLinkTarget {
  readonly entityId: string;
  readonly subPageId?: string;
}

const DEEP_LINK_PATH = /^\/l\/entity\/[^/]+\/([^/]+)\/?$/;

export function readTeamsDeepLink(location: Pick<Location, 'pathname' | 'search'>): ITeamsDeepLinkTarget | undefined {
  const match = DEEP_LINK_PATH.exec(location.pathname);
  if (!match) return undefined;
  const entityId = decodeURIComponent(match[1]);
  const context = new URLSearchParams(location.search).get('context');
  if (!context) return { entityId };
  try {
    const parsed: unknown = JSON.parse(context);
    const subEntityId = typeof parsed === 'object' && parsed !== null ? (parsed as { subEntityId?: unknown }).subEntityId : undefined;
    return { entityId, subPageId: typeof subEntityId === 'string' && subEntityId ? subEntityId : undefined };
  } catch {
    return { entityId };
  }
}
