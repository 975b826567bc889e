/**
 * The local SharePoint emulator over HTTP: `createEmulatorHandler` for mounting inside another
 * server (the preview), `startEmulator` for a server of its own (tests, the CLI).
 * Responses are gzip-compressed when the client accepts it, as SharePoint Online's are.
 */
import { createServer, IncomingMessage, ServerResponse } from 'http';
import type { Socket } from 'net';
import type { AddressInfo } from 'net';
import { gzip } from 'zlib';
import { schema } from '../../src/schema';
import type { IListDefinition, ListKey } from '../../src/schema';
import { resolveUser } from './auth';
import { decodePath, errorBody, SharePointError, spErrors } from './errors';
import { FaultInjector, IFaultOptions } from './faults';
import { SharePointApi } from './http/api';
import { IApiRequest, IApiResponse, sharePointErrorResponse } from './http/apiTypes';
import { ADMIN_PREFIX, handleAdmin } from './http/admin';
import { adminRequestRefusal, ILocalRefusal, localRequestRefusal } from './http/localOnly';
import { runBatch } from './http/batch';
import { serveSiteFile } from './http/siteFiles';
import { contentTypeFor, formatFromAccept } from './odata/format';
import type { ISiteData } from './siteData';
import { SiteStore } from './store';
import { newGuid } from './shape/names';
import { countResponseRows, INetworkProfile, NETWORK_PROFILES, NetworkProfileName, remainingDelayMs } from './networkProfile';

function gzipAsync(input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => gzip(input, (error, output) => (error ? reject(error) : resolve(output))));
}
const MAX_BODY_BYTES = 50 * 1024 * 1024;
/** Small bodies are not worth compressing; SharePoint's front ends skip them too. */
const MIN_GZIP_BYTES = 256;

export interface IEmulatorOptions {
  readonly data: ISiteData;
  readonly faults?: IFaultOptions;
  /** JSON file: loaded at start when it exists, rewritten (atomically) after each request that changed something. */
  readonly persistPath?: string;
  readonly defaultUserId?: number;
  /** Host names answered besides localhost, 127.0.0.1 and [::1] (the preview's --host). */
  readonly allowedHostNames?: readonly string[];
  /** List definitions; defaults to src/schema. Tests may widen a list (e.g. more lookups). */
  readonly lists?: Readonly<Record<ListKey, IListDefinition>>;
  /** Network and server time to add to every site response (tools/emulator/networkProfile.ts); 'none' by default. */
  readonly network?: NetworkProfileName;
}

/** Counts for tests and the preview: how the emulator has been used since it started. */
export interface IEmulatorStats {
  /** HTTP requests under <site>/_api (a $batch counts once). */
  readonly apiRequests: number;
  readonly batchRequests: number;
  readonly faultsInjected: number;
  /** Each request under <site>/_api in the order it arrived: method and path with query (the last 1,000). */
  readonly apiLog: readonly string[];
}

export interface IEmulator {
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
  readonly store: SiteStore;
  setFaults(faults: IFaultOptions): void;
  /** Switches the network profile for the requests that follow. */
  setNetwork(profile: NetworkProfileName): void;
  stats(): IEmulatorStats;
  /** Serve the lists as a schema change left them (tools/emulator/featureUpgrade.ts). */
  redefineLists(definitions: Readonly<Record<ListKey, IListDefinition>>): void;
}

export type EmulatorRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(spErrors.badRequestBody('The request body is too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** When the handler started on a request, to take the real work off the profile's modelled time. */
interface IPacing {
  readonly profile: INetworkProfile;
  readonly startedAt: number;
}

async function send(req: IncomingMessage, res: ServerResponse, response: IApiResponse, pacing?: IPacing): Promise<void> {
  const requestId = newGuid();
  const headers: Record<string, string> = {
    'Cache-Control': 'private, max-age=0',
    SPRequestGuid: requestId,
    'request-id': requestId,
    'X-SharePointHealthScore': '0',
    Vary: 'Accept-Encoding',
    ...response.headers
  };
  let body: Buffer = Buffer.from(response.body ?? '', 'utf8');
  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  if (acceptsGzip && body.length >= MIN_GZIP_BYTES && response.status !== 204) {
    body = await gzipAsync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  if (response.status !== 204) {
    headers['Content-Length'] = String(body.length);
  }
  if (pacing && pacing.profile.name !== 'none') {
    const text = response.body ?? '';
    const { rows, batchParts } = countResponseRows(text, response.headers['Content-Type'] ?? response.headers['content-type']);
    const facts = { rows, batchParts, uncompressedBytes: Buffer.byteLength(text, 'utf8'), wireBytes: body.length };
    await delay(remainingDelayMs(pacing.profile, facts, Date.now() - pacing.startedAt));
  }
  res.writeHead(response.status, headers);
  res.end(response.status === 204 ? undefined : body);
}

function plainRefusal(refusal: ILocalRefusal): IApiResponse {
  return { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: refusal.message };
}

export function createEmulator(options: IEmulatorOptions): IEmulator {
  const store = new SiteStore(options.data, options.lists ?? schema, options.persistPath);
  const faults = new FaultInjector(options.faults);
  const createApi = (): SharePointApi => {
    const created: SharePointApi = new SharePointApi(store, (request) => runBatch(request, (part) => created.handle(part)));
    return created;
  };
  let api = createApi();
  const sitePath = store.serverRelativeUrl.toLowerCase();
  let apiRequests = 0;
  let batchRequests = 0;
  const apiLog: string[] = [];
  const stats = (): IEmulatorStats => ({ apiRequests, batchRequests, faultsInjected: faults.injected, apiLog: [...apiLog] });
  let network: INetworkProfile = NETWORK_PROFILES[options.network ?? 'none'];

  async function respond(req: IncomingMessage): Promise<IApiResponse> {
    const headers = lowerCaseHeaders(req);
    const format = formatFromAccept(headers.accept);
    const url = new URL(req.url ?? '/', `http://${headers.host ?? '127.0.0.1'}`);
    const path = decodePath(url.pathname);
    const body = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    if (path.startsWith(ADMIN_PREFIX)) {
      const refusal = adminRequestRefusal(req);
      if (refusal) return plainRefusal(refusal);
      return handleAdmin(method, path, body, { faults, store, stats });
    }
    const lowerPath = path.toLowerCase();
    if (lowerPath !== sitePath && !lowerPath.startsWith(`${sitePath}/`)) {
      return sharePointErrorResponse(spErrors.endpointNotFound(path), format);
    }
    if (!lowerPath.startsWith(`${sitePath}/_api/`)) {
      return serveSiteFile(store, method, path, format);
    }
    apiRequests += 1;
    apiLog.push(`${method} ${path}${url.search}`);
    if (apiLog.length > 1000) apiLog.shift();
    if (/\/_api\/\$batch$/.test(lowerPath)) {
      batchRequests += 1;
    }
    await delay(faults.current.latencyMs);
    const fault = faults.nextFault();
    if (fault) {
      return sharePointErrorResponse(fault, format);
    }
    const user = resolveUser(
      store.users,
      { userHeader: headers['x-emulator-user'], cookie: headers.cookie },
      options.defaultUserId
    );
    const request: IApiRequest = {
      method: method === 'POST' && headers['x-http-method'] ? headers['x-http-method'].toUpperCase() : method,
      url,
      headers,
      body,
      user,
      inBatch: false
    };
    return api.handle(request);
  }

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const refusal = localRequestRefusal(req, options.allowedHostNames);
    if (refusal) {
      req.resume();
      void send(req, res, plainRefusal(refusal));
      return;
    }
    // The emulator's own admin endpoints are not SharePoint: never slowed.
    const paced = !(req.url ?? '/').startsWith(ADMIN_PREFIX);
    const pacing: IPacing | undefined = paced ? { profile: network, startedAt: Date.now() } : undefined;
    respond(req)
      .finally(() => store.flush())
      .catch((error: unknown) => {
        const format = formatFromAccept(req.headers.accept);
        const spError =
          error instanceof SharePointError
            ? error
            : new SharePointError(500, '-2146233088, System.InvalidOperationException', error instanceof Error ? error.message : String(error));
        return {
          status: spError.status,
          headers: { 'Content-Type': contentTypeFor(format), ...spError.headers },
          body: JSON.stringify(errorBody(spError, format))
        };
      })
      .then((response) => send(req, res, response, pacing))
      .catch(() => {
        if (!res.headersSent) {
          res.writeHead(500);
        }
        res.end();
      });
  };

  return {
    handler,
    store,
    setFaults: (next) => faults.set(next),
    stats,
    redefineLists: (definitions) => {
      store.redefine(definitions);
      api = createApi();
    },
    setNetwork: (name) => {
      network = NETWORK_PROFILES[name];
    }
  };
}

/** A request handler for everything under the site path; 404 in SharePoint's shape elsewhere. */
export function createEmulatorHandler(options: IEmulatorOptions): EmulatorRequestHandler {
  return createEmulator(options).handler;
}

export interface IRunningEmulator {
  /** Origin, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Origin + the site's server-relative URL, e.g. http://127.0.0.1:41234/sites/council */
  readonly siteUrl: string;
  readonly store: SiteStore;
  setFaults(faults: IFaultOptions): void;
  setNetwork(profile: NetworkProfileName): void;
  stats(): IEmulatorStats;
  redefineLists(definitions: Readonly<Record<ListKey, IListDefinition>>): void;
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1; port 0 picks a free port. */
export async function startEmulator(options: IEmulatorOptions & { readonly port?: number }): Promise<IRunningEmulator> {
  const emulator = createEmulator(options);
  const server = createServer(emulator.handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    siteUrl: `${url}${emulator.store.serverRelativeUrl}`,
    store: emulator.store,
    setFaults: emulator.setFaults,
    setNetwork: emulator.setNetwork,
    stats: emulator.stats,
    redefineLists: emulator.redefineLists,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) {
          socket.destroy();
        }
      })
  };
}
