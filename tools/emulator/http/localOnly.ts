/**
 * The local tools (emulator, preview) serve only this machine's browser and tools. A web page elsewhere can
 * still reach a port on 127.0.0.1: through DNS rebinding (its own name resolving to 127.0.0.1, so the browser
 * sends `Host: evil.example`) or with a cross-origin form post. So: only Host headers naming this machine are
 * answered, and a request that changes something is refused when the browser says it comes from another origin.
 */
import type { IncomingMessage } from 'http';

export const LOOPBACK_HOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, lower-case, without its port (`[::1]:4400` → `[::1]`). */
export function hostNameOf(hostHeader: string | undefined): string | undefined {
  const value = hostHeader?.trim().toLowerCase();
  if (!value) return undefined;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec(value);
  return match?.[1];
}

export function isLocalHostHeader(hostHeader: string | undefined, alsoAllowed: readonly string[] = []): boolean {
  const name = hostNameOf(hostHeader);
  return name !== undefined && (LOOPBACK_HOST_NAMES.includes(name) || alsoAllowed.map((host) => host.toLowerCase()).includes(name));
}

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request that changes something must be refused as coming from another origin, or undefined.
 * Tools (the importer, tests) send neither Origin nor Sec-Fetch-Site and are let through; browsers send both.
 */
export function crossOriginRefusal(req: IncomingMessage): string | undefined {
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return undefined;
  const fetchSite = String(req.headers['sec-fetch-site'] ?? '').toLowerCase();
  if (fetchSite !== '' && fetchSite !== 'same-origin' && fetchSite !== 'none') return `a ${fetchSite} request`;
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  const own = `http://${String(req.headers.host ?? '').toLowerCase()}`;
  return origin.toLowerCase() === own ? undefined : `a request from ${origin}`;
}

export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test((contentType ?? '').trim());
}

export interface ILocalRefusal {
  readonly status: 403 | 415 | 421;
  readonly message: string;
}

/** The checks every local server applies before anything else. */
export function localRequestRefusal(req: IncomingMessage, alsoAllowedHosts: readonly string[] = []): ILocalRefusal | undefined {
  if (!isLocalHostHeader(req.headers.host, alsoAllowedHosts)) {
    return { status: 421, message: `This local server answers only for localhost, 127.0.0.1 or [::1], not '${String(req.headers.host ?? '')}'.` };
  }
  const crossOrigin = crossOriginRefusal(req);
  if (crossOrigin) return { status: 403, message: `Refused ${crossOrigin}: this local server takes changes only from its own pages and from local tools.` };
  return undefined;
}

/** Admin endpoints additionally take their settings only as JSON, which a plain HTML form cannot send. */
export function adminRequestRefusal(req: IncomingMessage): ILocalRefusal | undefined {
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return undefined;
  if (!isJsonContentType(req.headers['content-type'])) return { status: 415, message: 'Admin settings are taken only as application/json.' };
  return undefined;
}
