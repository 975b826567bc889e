/**
 * Starts the local preview: one HTTP server holding the SharePoint emulator (sample council data,
 * anchored on today so this week has a briefing) and the preview pages with the bundled client.
 */
import * as fs from 'fs';
import { createServer } from 'http';
import type { AddressInfo, Socket } from 'net';
import * as path from 'path';
import { createEmulator, IEmulatorOptions } from '../emulator/server';
import type { NetworkProfileName } from '../emulator/networkProfile';
import type { ISiteData } from '../emulator/siteData';
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';
import { buildClientBundle } from './clientBundle';
import type { ISampleScale } from './cliOptions';
import { createPreviewRequestHandler } from './previewRequestHandler';
import { iconFontFolder } from './staticAssets';

/** The emulator reads the signed-in user from this cookie (tools/emulator/auth.ts). */
export const EMULATOR_USER_COOKIE = 'emulator-user';
export const EMULATOR_FAULTS_PATH = '/_emulator/faults';
/** What "Simulate throttling" turns on when no --faults rate was given. */
const DEFAULT_THROTTLING_RATE = 0.2;

export interface IStartPreviewOptions {
  readonly projectRoot: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on; the CLI's default is localhost (loopback only). */
  readonly host: string;
  readonly seed?: number;
  readonly scale?: ISampleScale;
  /** YYYY-MM-DD the sample council treats as today; defaults to today in the UK. */
  readonly anchorDate?: string;
  readonly persistPath?: string;
  readonly faultRate?: number;
  /** The emulator's network profile at start (tools/emulator/networkProfile.ts); 'none' by default. */
  readonly network?: NetworkProfileName;
  readonly minify?: boolean;
  /** The site to serve instead of a generated sample council (tests: hostile or messy data). */
  readonly data?: ISiteData;
  /** The emulator's list definitions instead of src/schema (tests: a renamed list, a deleted column). */
  readonly lists?: IEmulatorOptions['lists'];
}

export interface IPreviewTimings {
  readonly bundleMs: number;
  readonly dataMs: number;
  /** From the call until the server listens. */
  readonly totalMs: number;
}

export interface IRunningPreview {
  /** e.g. http://localhost:4400/ */
  readonly url: string;
  readonly siteUrl: string;
  readonly port: number;
  readonly timings: IPreviewTimings;
  /** Bytes of the client's JavaScript (all chunks, no sourcemaps), uncompressed and gzipped. */
  readonly clientBytes: { readonly raw: number; readonly gzip: number };
  readonly counts: { readonly users: number; readonly currentMembers: number; readonly officers: number };
  /** Switches the emulator's network profile for the requests that follow (the bench measures under each). */
  setNetwork(profile: NetworkProfileName): void;
  close(): Promise<void>;
}

/** Today's date in the UK, as YYYY-MM-DD. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An explicit --host name is answered too (besides localhost, 127.0.0.1 and [::1]); a wildcard address names no host. */
function extraHostNames(host: string): readonly string[] {
  const name = host.trim().toLowerCase();
  if (name === '' || name === '0.0.0.0' || name === '::' || name === '[::]') return [];
  return [name.includes(':') && !name.startsWith('[') ? `[${name}]` : name];
}

export async function startPreview(options: IStartPreviewOptions): Promise<IRunningPreview> {
  const started = Date.now();
  // esbuild works in its own process, so the bundle builds while this one generates the data.
  const bundling = buildClientBundle({ projectRoot: options.projectRoot, minify: options.minify });
  const dataStarted = Date.now();
  const data =
    options.data ??
    generateSampleCouncil({
      seed: options.seed,
      ...options.scale,
      anchorDate: options.anchorDate ?? ukToday()
    });
  const defaultUserId = data.users[0]?.id;
  const faultRate = options.faultRate ?? 0;
  const persistPath = options.persistPath ? path.resolve(options.projectRoot, options.persistPath) : undefined;
  if (persistPath) {
    // The emulator writes the file after the first change; make sure its folder (e.g. temp/) exists by then.
    fs.mkdirSync(path.dirname(persistPath), { recursive: true });
  }
  const allowedHostNames = extraHostNames(options.host);
  const emulator = createEmulator({
    data,
    faults: { throttleRate: faultRate },
    persistPath,
    defaultUserId,
    lists: options.lists,
    allowedHostNames,
    network: options.network
  });
  const dataMs = Date.now() - dataStarted;
  const bundle = await bundling;

  const handler = createPreviewRequestHandler({
    bundle,
    site: emulator.store,
    emulator: emulator.handler,
    iconFontFolder: iconFontFolder(options.projectRoot),
    userCookieName: EMULATOR_USER_COOKIE,
    defaultUserId,
    faultsPath: EMULATOR_FAULTS_PATH,
    throttlingRateWhenOn: faultRate > 0 ? faultRate : DEFAULT_THROTTLING_RATE,
    allowedHostNames
  });
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is in use: stop whatever holds it, or choose another with PORT=… or --port.`)
          : error
      )
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host}:${port}`;
  return {
    url: `${origin}/`,
    siteUrl: `${origin}${emulator.store.serverRelativeUrl}`,
    port,
    timings: { bundleMs: bundle.buildMs, dataMs, totalMs: Date.now() - started },
    clientBytes: { raw: bundle.javaScriptBytes, gzip: bundle.javaScriptGzipBytes },
    counts: {
      users: emulator.store.users.length,
      currentMembers: emulator.store.items('Members').filter((item) => item.fields.IsCurrent === true).length,
      officers: emulator.store.items('Officers').length
    },
    setNetwork: emulator.setNetwork,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        sockets.forEach((socket) => socket.destroy());
      })
  };
}
