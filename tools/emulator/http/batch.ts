/**
 * OData $batch as SharePoint Online speaks it and PnPjs v4 writes it: a multipart/mixed body of
 * application/http parts, writes grouped in changesets, answered with one
 * `--batchresponse_…` part per request in order (changesets flattened, as SharePoint does).
 */
import { STATUS_CODES } from 'http';
import { spErrors } from '../errors';
import { newGuid } from '../shape/names';
import type { IApiRequest, IApiResponse } from './apiTypes';

interface IPartRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/** Splits a multipart body on its boundary, dropping the preamble and the closing delimiter. */
function splitParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  for (const chunk of body.split(delimiter).slice(1)) {
    if (chunk.startsWith('--')) {
      break;
    }
    parts.push(chunk.replace(/^\r?\n/, ''));
  }
  return parts;
}

/** Headers up to the first blank line, and what follows it. */
function splitHeaders(text: string): [Record<string, string>, string] {
  const lines = text.split(/\r?\n/);
  const headers: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length && lines[index].trim() !== ''; index += 1) {
    const colon = lines[index].indexOf(':');
    if (colon > 0) {
      headers[lines[index].slice(0, colon).trim().toLowerCase()] = lines[index].slice(colon + 1).trim();
    }
  }
  return [headers, lines.slice(index + 1).join('\n')];
}

function parseHttpPart(text: string): IPartRequest {
  const [, httpMessage] = splitHeaders(text);
  const lines = httpMessage.split('\n');
  const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/1\.1\s*$/i.exec(lines[0] ?? '');
  if (!requestLine) {
    throw spErrors.badRequestBody('The batch request contains a part that is not a valid HTTP request.');
  }
  const [headers, body] = splitHeaders(lines.slice(1).join('\n'));
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers, body: body.trim() };
}

export function parseBatch(body: string, contentType: string | undefined): IPartRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) {
    throw spErrors.badRequestBody('The batch request must have a multipart/mixed Content-Type with a boundary.');
  }
  const requests: IPartRequest[] = [];
  for (const part of splitParts(body, boundary)) {
    const [headers, content] = splitHeaders(part);
    const changeset = /multipart\/mixed/i.test(headers['content-type'] ?? '') ? boundaryOf(headers['content-type']) : undefined;
    if (changeset) {
      for (const inner of splitParts(content, changeset)) {
        requests.push(parseHttpPart(inner));
      }
    } else {
      requests.push(parseHttpPart(part));
    }
  }
  if (requests.length === 0) {
    throw spErrors.badRequestBody('The batch request does not contain any request parts.');
  }
  return requests;
}

function formatPart(boundary: string, response: IApiResponse): string {
  const lines = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', ''];
  lines.push(`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`.trimEnd());
  for (const [name, value] of Object.entries(response.headers)) {
    lines.push(`${name.toUpperCase()}: ${value}`);
  }
  lines.push('');
  lines.push(response.body ?? '');
  return lines.join('\n');
}

/** Runs each part through the same handler as single requests, in order. */
export async function runBatch(
  request: IApiRequest,
  handle: (part: IApiRequest) => Promise<IApiResponse>
): Promise<IApiResponse> {
  const parts = parseBatch(request.body, request.headers['content-type']);
  const responses: IApiResponse[] = [];
  for (const part of parts) {
    const url = new URL(part.url, request.url);
    if (/\/_api\/\$batch$/i.test(url.pathname)) {
      throw spErrors.badRequestBody('A batch request cannot contain another batch request.');
    }
    responses.push(
      await handle({
        method: part.headers['x-http-method']?.toUpperCase() ?? part.method,
        url,
        headers: part.headers,
        body: part.body,
        user: request.user,
        inBatch: true
      })
    );
  }
  const boundary = `batchresponse_${newGuid()}`;
  const body = `${responses.map((response) => formatPart(boundary, response)).join('\n')}\n--${boundary}--\n`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body };
}
