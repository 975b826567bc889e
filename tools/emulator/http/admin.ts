/**
 * The emulator's own endpoints, outside SharePoint's API, for the preview and tests:
 * GET|POST /_emulator/faults (POST replaces the settings), GET /_emulator/users and
 * GET /_emulator/stats (requests counted so far, for tests in another process or a browser).
 */
import type { FaultInjector, IFaultOptions } from '../faults';
import type { SiteStore } from '../store';
import type { IApiResponse } from './apiTypes';

export const ADMIN_PREFIX = '/_emulator/';

function adminResponse(status: number, payload: unknown): IApiResponse {
  return { status, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify(payload) };
}

export function handleAdmin(
  method: string,
  path: string,
  body: string,
  emulator: { readonly faults: FaultInjector; readonly store: SiteStore; stats(): unknown }
): IApiResponse {
  if (path === `${ADMIN_PREFIX}faults`) {
    if (method === 'POST') {
      try {
        emulator.faults.set(JSON.parse(body === '' ? '{}' : body) as IFaultOptions);
      } catch (error) {
        return adminResponse(400, { error: error instanceof Error ? error.message : String(error) });
      }
    }
    return adminResponse(200, emulator.faults.current);
  }
  if (path === `${ADMIN_PREFIX}stats` && method === 'GET') {
    return adminResponse(200, emulator.stats());
  }
  if (path === `${ADMIN_PREFIX}users` && method === 'GET') {
    return adminResponse(200, emulator.store.users);
  }
  return adminResponse(404, { error: `No emulator endpoint ${path}` });
}
