/**
 * The preview server's routes: the SharePoint page (/), the admins' page (/admin), the Teams frame (/teams), the client bundle
 * and icon fonts (/preview/…); everything else goes to the SharePoint emulator. Only requests whose Host names this machine
 * are answered, and changes only from the preview's own pages or local tools (tools/emulator/http/localOnly.ts).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'http';
import { localRequestRefusal } from '../emulator/http/localOnly';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueDigest } from '../emulator/auth';
import type { ISiteData } from '../emulator/siteData';
import { CLIENT_ASSET_PATH, IClientBundle } from './clientBundle';
import { IPreviewBoot, PreviewHost, PreviewPage } from './client/previewBoot';
import { choosePersonas } from './previewPersonas';
import { renderPreviewPage } from './pageHtml';
import { ICON_FONT_PATH, readIconFont } from './staticAssets';

export interface IPreviewRequestHandlerOptions {
  readonly bundle: IClientBundle;
  /** The emulated site as it is now (the emulator's store, which may have been loaded from a persisted file). */
  readonly site: Pick<ISiteData, 'siteTitle' | 'serverRelativeUrl' | 'users'>;
  /** Answers everything that is not the preview's own: the emulated SharePoint site and its admin endpoints. */
  readonly emulator: RequestListener;
  readonly iconFontFolder: string;
  /** Cookie that picks the emulator's user. */
  readonly userCookieName: string;
  /** Who the emulator answers as when no cookie says otherwise. */
  readonly defaultUserId?: number;
  readonly faultsPath: string;
  readonly throttlingRateWhenOn: number;
  /** Host names answered besides localhost, 127.0.0.1 and [::1] (an explicit --host). */
  readonly allowedHostNames?: readonly string[];
}

interface IPageRoute {
  readonly host: PreviewHost;
  readonly page: PreviewPage;
}

const PAGE_ROUTES: Readonly<Record<string, IPageRoute>> = {
  '/': { host: 'sharepoint', page: 'home' },
  '/index.html': { host: 'sharepoint', page: 'home' },
  '/admin': { host: 'sharepoint', page: 'admin' },
  '/admin/': { host: 'sharepoint', page: 'admin' },
  '/ward': { host: 'sharepoint', page: 'ward' },
  '/ward/': { host: 'sharepoint', page: 'ward' },
  '/service-enquiries': { host: 'sharepoint', page: 'service-enquiries' },
  '/service-enquiries/': { host: 'sharepoint', page: 'service-enquiries' },
  '/enquiries': { host: 'sharepoint', page: 'enquiries' },
  '/enquiries/': { host: 'sharepoint', page: 'enquiries' },
  '/teams': { host: 'teams', page: 'home' },
  '/teams/': { host: 'teams', page: 'home' }
};

/** A Teams deep link (`https://teams.microsoft.com/l/entity/<appId>/<entityId>?context=…`) opened on the preview's origin. */
const TEAMS_DEEP_LINK_PATH = /^\/l\/entity\/[^/]+\/[^/]+\/?$/;

function pageRouteFor(pathname: string): IPageRoute | undefined {
  return PAGE_ROUTES[pathname] ?? (TEAMS_DEEP_LINK_PATH.test(pathname) ? { host: 'teams', page: 'home' } : undefined);
}

export function createPreviewRequestHandler(options: IPreviewRequestHandlerOptions): RequestListener {
  return (request, response) => {
    handle(options, request, response).catch((error: Error) => {
      if (!response.headersSent) {
        send(response, 500, 'text/plain; charset=utf-8', `Preview server error: ${error.message}`);
      } else {
        response.destroy(error);
      }
    });
  };
}

async function handle(options: IPreviewRequestHandlerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const refusal = localRequestRefusal(request, options.allowedHostNames);
  if (refusal) {
    request.resume();
    send(response, refusal.status, 'text/plain; charset=utf-8', refusal.message);
    return;
  }
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  const route = pageRouteFor(url.pathname);

  if (route && isRead) {
    const boot = bootFor(options, route, request);
    send(response, 200, 'text/html; charset=utf-8', renderPreviewPage(boot), { 'Cache-Control': 'no-store' });
    return;
  }
  if (url.pathname.startsWith(CLIENT_ASSET_PATH) && isRead) {
    const file = options.bundle.files.get(url.pathname.slice(CLIENT_ASSET_PATH.length));
    if (file && acceptsGzip(request)) {
      send(response, 200, file.contentType, file.gzipped, { 'Cache-Control': 'no-cache', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    } else if (file) {
      send(response, 200, file.contentType, file.contents, { 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'No such preview asset.');
    }
    return;
  }
  if (url.pathname.startsWith(ICON_FONT_PATH) && isRead) {
    const font = await readIconFont(options.iconFontFolder, url.pathname.slice(ICON_FONT_PATH.length));
    if (font) {
      send(response, 200, 'font/woff', font, { 'Cache-Control': 'max-age=86400' });
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'No such icon font.');
    }
    return;
  }
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204);
    response.end();
    return;
  }
  options.emulator(request, response);
}

function bootFor(options: IPreviewRequestHandlerOptions, { host, page }: IPageRoute, request: IncomingMessage): IPreviewBoot {
  const origin = `http://${request.headers.host ?? 'localhost'}`;
  const cookieUser = Number(readCookie(request, options.userCookieName));
  const signedInUserId = Number.isInteger(cookieUser) && cookieUser > 0 ? cookieUser : options.defaultUserId;
  return {
    host,
    page,
    siteUrl: `${origin}${options.site.serverRelativeUrl}`,
    siteTitle: options.site.siteTitle,
    personas: choosePersonas(options.site.users, signedInUserId),
    signedInUserId,
    userCookieName: options.userCookieName,
    faultsUrl: `${origin}${options.faultsPath}`,
    throttlingRateWhenOn: options.throttlingRateWhenOn,
    iconFontBaseUrl: `${origin}${ICON_FONT_PATH}`,
    formDigest: { value: issueDigest(), timeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS }
  };
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''));
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  headers: Readonly<Record<string, string>> = {}
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(bytes.byteLength), ...headers });
  response.end(bytes);
}
