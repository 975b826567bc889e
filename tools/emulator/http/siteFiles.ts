/** Files the site holds (e.g. generated portraits), served at their server-relative URLs. */
import { createHash } from 'crypto';
import type { ODataFormat } from '../errors';
import { spErrors } from '../errors';
import type { SiteStore } from '../store';
import { IApiResponse, sharePointErrorResponse } from './apiTypes';

export function serveSiteFile(store: SiteStore, method: string, path: string, format: ODataFormat): IApiResponse {
  const lowerPath = path.toLowerCase();
  const file = store.files.find((candidate) => candidate.serverRelativeUrl.toLowerCase() === lowerPath);
  if (!file || (method !== 'GET' && method !== 'HEAD')) {
    return sharePointErrorResponse(spErrors.endpointNotFound(path), format);
  }
  const etag = `"${createHash('md5').update(file.content).digest('hex')}"`;
  return { status: 200, headers: { 'Content-Type': file.contentType, ETag: etag }, body: file.content };
}
