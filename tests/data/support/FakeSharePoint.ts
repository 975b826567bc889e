/**
 * A stand-in for SharePoint at PnPjs's *send* moment, as PnPjs tests itself: it records every
 * request (opening $batch bodies into their parts) and answers with canned Response objects.
 * The fluent chain, URL building, batching and parsing are all the real PnPjs.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { Transport } from '../../../src/data/behaviours/RetryThrottled';

export interface IRecordedRequest {
  readonly method: string;
  /** Absolute URL, as sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** For a $batch: the requests inside it, in order. */
  readonly parts?: readonly IRecordedRequest[];
}

/** Answers one request (a batch part or a plain request). */
export type Responder = (request: IRecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    headers: { 'Content-Type': 'application/json;odata=nometadata;streaming=true;charset=utf-8', ...headers }
  });
}

/** SharePoint's JSON light error body. */
export function spError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, status, headers);
}

export function throttled(status: 429 | 503 | 504, retryAfter?: string): Response {
  return new Response('', {
    status,
    statusText: status === 429 ? 'Too Many Requests' : 'Service Unavailable',
    headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter }
  });
}

/** The query string of a recorded request, decoded. */
export function queryOf(request: IRecordedRequest): URLSearchParams {
  return new URL(request.url).searchParams;
}

function headersOf(init: RequestInit): Record<string, string> {
  const result: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    result[name] = value;
  });
  return result;
}

/** Reads the parts of a $batch body the way SharePoint does (request line, headers, optional body). */
export function parseBatchBody(body: string): IRecordedRequest[] {
  const parts: IRecordedRequest[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const requestLine = /^(GET|POST|PATCH|PUT|DELETE|MERGE) (\S+) HTTP\/1\.1$/.exec(lines[i]);
    if (!requestLine) continue;
    const headers: Record<string, string> = {};
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== ''; j++) {
      const colon = lines[j].indexOf(':');
      headers[lines[j].slice(0, colon).trim().toLowerCase()] = lines[j].slice(colon + 1).trim();
    }
    const bodyLines: string[] = [];
    for (j = j + 1; j < lines.length && !lines[j].startsWith('--'); j++) bodyLines.push(lines[j]);
    const partBody = bodyLines.join('\n').trim();
    parts.push({ method: requestLine[1], url: requestLine[2], headers, body: partBody === '' ? undefined : partBody });
    i = j - 1;
  }
  return parts;
}

async function batchResponse(responses: readonly Response[]): Promise<Response> {
  const boundary = 'batchresponse_5a1c2b3d-0000-4000-8000-000000000001';
  const chunks: string[] = [];
  for (const response of responses) {
    const text = await response.text();
    chunks.push(
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `HTTP/1.1 ${response.status} ${response.statusText || 'OK'}`,
      ...Array.from(response.headers.entries()).map(([name, value]) => `${name.toUpperCase()}: ${value}`),
      '',
      text
    );
  }
  chunks.push(`--${boundary}--`, '');
  return new Response(chunks.join('\r\n'), {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }
  });
}

const CONTEXT_INFO = { FormDigestValue: '0xFAKE,01 Jan 2030 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 };

export class FakeSharePoint {
  /** Every request that reached the wire, in order. */
  public readonly requests: IRecordedRequest[] = [];

  /**
   * @param responder answers each plain request and each part of a $batch
   * @param batchResponder may answer a whole $batch POST (e.g. to throttle it); undefined lets the parts through
   */
  public constructor(
    private readonly responder: Responder,
    private readonly batchResponder: (batch: IRecordedRequest) => Response | undefined = () => undefined
  ) {}

  /** Requests other than the request-digest call that PnPjs makes before any POST outside SPFx. */
  public get dataRequests(): IRecordedRequest[] {
    return this.requests.filter((request) => !/\/_api\/contextinfo$/i.test(request.url));
  }

  /** A single-attempt transport: give it to RetryThrottled({ transport }). */
  public readonly send: Transport = async (url, init) => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    const base = { method: (init.method ?? 'GET').toUpperCase(), url: url.toString(), headers: headersOf(init), body };
    if (/\/_api\/\$batch$/i.test(base.url)) {
      const parts = parseBatchBody(body ?? '');
      const recorded: IRecordedRequest = { ...base, parts };
      this.requests.push(recorded);
      const outer = this.batchResponder(recorded);
      if (outer) return outer;
      return batchResponse(await Promise.all(parts.map((part) => this.responder(part))));
    }
    this.requests.push(base);
    if (/\/_api\/contextinfo$/i.test(base.url)) return json(CONTEXT_INFO);
    return this.responder(base);
  };

  /** Replaces PnPjs's fetch with this fake (no retries). */
  public behaviour(): TimelinePipe<Queryable<unknown>> {
    return (instance) => {
      instance.on.send.replace((url, init) => this.send(url, init));
      return instance;
    };
  }
}
