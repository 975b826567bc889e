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
import type { IRetryThrottledOptions, Transport } from '../../src/data/behaviours/RetryThrottled';
import { isLoopbackHost, tokenRefusalFor } from './tokenHostRule';

export const ACCESS_TOKEN_VARIABLE = 'SHAREPOINT_ACCESS_TOKEN';

export type SiteCredentials =
  | { readonly kind: 'accessToken'; readonly token: string }
  /** The local emulator: acts as the user with this id or email (its default user if absent). */
  | { readonly kind: 'emulator'; readonly user?: string };

/**
 * A token from the environment for an https SharePoint host (see tokenHostRule.ts); none needed for the
 * emulator on this machine, which is allowed only without a token, so a token is never sent to loopback.
 */
export function credentialsFor(siteUrl: string, environment: NodeJS.ProcessEnv, emulatorUser?: string, allowedHosts: readonly string[] = []): SiteCredentials {
  const url = new URL(siteUrl);
  const token = environment[ACCESS_TOKEN_VARIABLE]?.trim();
  if (token) {
    const refusal = tokenRefusalFor(url, allowedHosts);
    if (refusal === undefined) return { kind: 'accessToken', token };
    const hint = isLoopbackHost(url.hostname) ? `; to import into the local emulator, unset ${ACCESS_TOKEN_VARIABLE}` : '';
    throw new Error(`The access token in ${ACCESS_TOKEN_VARIABLE} is not sent to ${url.protocol}//${url.host}: ${refusal}${hint}.`);
  }
  if (isLoopbackHost(url.hostname)) return { kind: 'emulator', user: emulatorUser };
  throw new Error(
    `${url.origin} needs an access token: set ${ACCESS_TOKEN_VARIABLE} (see tools/import/README.md, "Importing into SharePoint Online").`
  );
}

const fetchOnce: Transport = (url, init) => fetch(url.toString(), init);

/**
 * Sends a token-bearing request only to the site's own origin and never follows a redirect with it
 * (fetch would resend the request, token and all, to wherever the Location points).
 */
export function tokenGuard(siteUrl: string, send: Transport): Transport {
  const siteOrigin = new URL(siteUrl).origin;
  return async (url, init) => {
    if (new URL(url.toString()).origin !== siteOrigin) {
      throw new Error(`The access token was not sent to ${url.origin}: it is for ${siteOrigin} only.`);
    }
    const response = await send(url, { ...init, redirect: 'manual' });
    if (response.status >= 300 && response.status < 400) {
      throw new Error(
        `SharePoint answered ${url.pathname} with a redirect (HTTP ${response.status}) to ${response.headers.get('Location') ?? 'another address'}; the importer does not follow redirects with its access token. Check the --site address.`
      );
    }
    return response;
  };
}

export function connectToSite(siteUrl: string, credentials: SiteCredentials, retry: IRetryThrottledOptions = {}): SPFI {
  if (credentials.kind === 'accessToken') {
    const transport = tokenGuard(siteUrl, retry.transport ?? fetchOnce);
    return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), BearerToken(credentials.token), RetryThrottled({ ...retry, transport }));
  }
  const auth = InjectHeaders(credentials.user ? { 'X-Emulator-User': credentials.user } : {});
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), auth, RetryThrottled(retry));
}
