/**
 * Where the importer's bearer token may be sent: https SharePoint Online hosts (`<tenant>.sharepoint.com`,
 * `<tenant>-my.sharepoint.com`) on the default port, or a host allowed by exact name (a sovereign cloud such
 * as `contoso.sharepoint.us`). Never http, loopback, an IP address, a URL with userinfo, or a look-alike
 * (`contoso.sharepoint.com.evil.example`, `evilsharepoint.com`).
 */
const SHAREPOINT_ONLINE_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.sharepoint\.com$/;
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Why the token must not go to this URL, or undefined when it may. */
export function tokenRefusalFor(target: URL, allowedHosts: readonly string[] = []): string | undefined {
  const shown = `${target.protocol}//${target.host}`;
  if (target.protocol !== 'https:') return `${shown} is not https`;
  if (target.username !== '' || target.password !== '') return `${shown} carries a user name or password in its address`;
  if (target.port !== '') return `${shown} is not on the default https port`;
  const host = target.hostname.toLowerCase();
  if (isLoopbackHost(host)) return `${shown} is this machine (the local emulator needs no token)`;
  if (!HOST_NAME.test(host)) return `${shown} is not a SharePoint host name`;
  if (SHAREPOINT_ONLINE_HOST.test(host)) return undefined;
  if (allowedHosts.some((allowed) => allowed.toLowerCase() === host)) return undefined;
  return `${shown} is not a SharePoint Online host (<tenant>.sharepoint.com); allow a sovereign-cloud host by name with --allow-host`;
}
