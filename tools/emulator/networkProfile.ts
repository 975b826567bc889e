/**
 * How long SharePoint Online would take to answer a response the emulator has just built: the
 * emulator on localhost answers in a few milliseconds, so without this every round trip is free
 * and a view that chains five requests looks as fast as one that sends one. The figures and where
 * they come from are in tools/bench/README.md ("The SharePoint-Online-like network profile").
 */

export type NetworkProfileName = 'none' | 'spo';

export const NETWORK_PROFILE_NAMES: readonly NetworkProfileName[] = ['none', 'spo'];

export interface INetworkProfile {
  readonly name: NetworkProfileName;
  /** Network round trip between the browser and the SharePoint front door, per request. */
  readonly roundTripMs: number;
  /** Server time every REST request pays (authentication, routing, the content database call). */
  readonly serverBaseMs: number;
  /** Server time per row returned (list items, lists, entities). */
  readonly serverPerRowMs: number;
  /** Server time per KB of JSON serialised (before compression). */
  readonly serverPerKbMs: number;
  /** Server time per part of a `$batch` after the first: the parts run one after another. */
  readonly batchPartMs: number;
  /** Download bandwidth in bytes per millisecond (compressed bytes on the wire). */
  readonly bytesPerMs: number;
}

export const NETWORK_PROFILES: Readonly<Record<NetworkProfileName, INetworkProfile>> = {
  none: { name: 'none', roundTripMs: 0, serverBaseMs: 0, serverPerRowMs: 0, serverPerKbMs: 0, batchPartMs: 0, bytesPerMs: Infinity },
  spo: {
    name: 'spo',
    roundTripMs: 60,
    serverBaseMs: 120,
    serverPerRowMs: 0.04,
    serverPerKbMs: 0.1,
    batchPartMs: 40,
    // 20 Mbit/s: 20,000,000 / 8 / 1000 bytes per millisecond.
    bytesPerMs: 2500
  }
};

export function isNetworkProfileName(value: string): value is NetworkProfileName {
  return (NETWORK_PROFILE_NAMES as readonly string[]).includes(value);
}

/** What the delay of one response depends on. */
export interface IResponseFacts {
  /** Rows in the answer, summed over a `$batch`'s parts. */
  readonly rows: number;
  /** The body before compression. */
  readonly uncompressedBytes: number;
  /** The body as sent (gzip when the client accepts it). */
  readonly wireBytes: number;
  /** Parts of a `$batch` (0 for any other request). */
  readonly batchParts: number;
}

/** Milliseconds from the request leaving the browser to the last byte arriving, under the profile. */
export function modelledResponseMs(profile: INetworkProfile, facts: IResponseFacts): number {
  const server =
    profile.serverBaseMs +
    facts.rows * profile.serverPerRowMs +
    (facts.uncompressedBytes / 1024) * profile.serverPerKbMs +
    Math.max(0, facts.batchParts - 1) * profile.batchPartMs;
  const transfer = Number.isFinite(profile.bytesPerMs) ? facts.wireBytes / profile.bytesPerMs : 0;
  return profile.roundTripMs + server + transfer;
}

function rowsOfJson(text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 0;
  }
  if (typeof parsed !== 'object' || parsed === null) return 0;
  const record = parsed as { value?: unknown; d?: { results?: unknown } };
  if (Array.isArray(record.value)) return record.value.length;
  if (Array.isArray(record.d?.results)) return record.d.results.length;
  return 1;
}

/** Rows and parts of a response body: a JSON collection's length, or the sum over a `$batch`'s parts. */
export function countResponseRows(body: string, contentType: string | undefined): { rows: number; batchParts: number } {
  const boundary = /multipart\/mixed;\s*boundary=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2];
  if (!boundary) return { rows: /json/i.test(contentType ?? '') ? rowsOfJson(body) : 0, batchParts: 0 };
  const parts = body.split(`--${boundary}`).filter((part) => /HTTP\/1\.1 \d{3}/.test(part));
  const rows = parts.reduce((sum, part) => {
    const start = part.indexOf('{');
    return start < 0 ? sum : sum + rowsOfJson(part.slice(start, part.lastIndexOf('}') + 1));
  }, 0);
  return { rows, batchParts: parts.length };
}

/**
 * The wait to add before sending a response the emulator took `elapsedMs` to build: the modelled
 * time less what the real work already took (never negative).
 */
export function remainingDelayMs(profile: INetworkProfile, facts: IResponseFacts, elapsedMs: number): number {
  if (profile.name === 'none') return 0;
  return Math.max(0, Math.round(modelledResponseMs(profile, facts) - elapsedMs));
}
