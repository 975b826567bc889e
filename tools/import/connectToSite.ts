/**
 * The importer's only knowledge of credentials. A real SharePoint Online site is reached with an
 * OAuth access token for the site's tenant, taken from SHAREPOINT_ACCESS_TOKEN (see README.md
 * for the Entra ID app registration and how to obtain one); the local emulator needs none and
 * takes the user to act as. Every request goes through the product's RetryThrottled behaviour.
 */
import { BearerToken } from '@pnp/queryable';
import { InjectHeaders, SPBrowser, spfi } from '../../src/data/pnp';
import type { SPFI } from '../../src/data/pnp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import type { IRetryThrottledOptions } from '../../src/data/behaviours/RetryThrottled';

export const ACCESS_TOKEN_VARIABLE = 'SHAREPOINT_ACCESS_TOKEN';

export type SiteCredentials =
  | { readonly kind: 'accessToken'; readonly token: string }
  /** The local emulator: acts as the user with this id or email (its default user if absent). */
  | { readonly kind: 'emulator'; readonly user?: string };

function isLocalHost(siteUrl: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(siteUrl.hostname);
}

/** A token from the environment for any site; none needed (nor sent) for a site on this machine. */
export function credentialsFor(siteUrl: string, environment: NodeJS.ProcessEnv, emulatorUser?: string): SiteCredentials {
  const url = new URL(siteUrl);
  const token = environment[ACCESS_TOKEN_VARIABLE]?.trim();
  if (token) return { kind: 'accessToken', token };
  if (isLocalHost(url)) return { kind: 'emulator', user: emulatorUser };
  throw new Error(
    `${url.origin} needs an access token: set ${ACCESS_TOKEN_VARIABLE} (see tools/import/README.md, "Importing into SharePoint Online").`
  );
}

export function connectToSite(siteUrl: string, credentials: SiteCredentials, retry: IRetryThrottledOptions = {}): SPFI {
  const auth =
    credentials.kind === 'accessToken'
      ? BearerToken(credentials.token)
      : InjectHeaders(credentials.user ? { 'X-Emulator-User': credentials.user } : {});
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), auth, RetryThrottled(retry));
}
