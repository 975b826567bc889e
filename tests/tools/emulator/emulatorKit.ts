/**
 * Shared set-up for the emulator's tests: the sample council served on an ephemeral port and
 * real PnPjs v4 clients pointed at it, signed in as a chosen user.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-users';
import { SPBrowser, spfi, SPFI } from '@pnp/sp';
import { HttpRequestError, InjectHeaders } from '@pnp/queryable';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { IEmulatorOptions, IRunningEmulator, startEmulator } from '../../../tools/emulator/server';
import type { ISiteData, ISiteUser } from '../../../tools/emulator/siteData';

export type { IRunningEmulator };

/** One generated council per officer count, shared by the tests of a file. */
const councils = new Map<number, ISiteData>();

export function sampleCouncil(officers = 600): ISiteData {
  let data = councils.get(officers);
  if (!data) {
    data = generateSampleCouncil({ seed: 2026, officers });
    councils.set(officers, data);
  }
  return data;
}

export function startSampleEmulator(
  options: Partial<IEmulatorOptions> & { readonly officers?: number } = {}
): Promise<IRunningEmulator> {
  return startEmulator({ ...options, data: options.data ?? sampleCouncil(options.officers) });
}

export function userWithRole(data: ISiteData, role: ISiteUser['role']): ISiteUser {
  const user = data.users.find((candidate) => candidate.role === role);
  if (!user) {
    throw new Error(`The sample council has no ${role}.`);
  }
  return user;
}

/** A PnPjs client as the SPFx/preview code builds it, signed in as `user`. */
export function spAs(emulator: IRunningEmulator, user?: ISiteUser, extraHeaders: Record<string, string> = {}): SPFI {
  const headers: Record<string, string> = { ...extraHeaders };
  if (user) {
    headers['X-Emulator-User'] = String(user.id);
  }
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders(headers));
}

export interface ISharePointErrorBody {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Runs a PnPjs call that must fail and returns SharePoint's error from the response body. */
export async function sharePointError(call: () => Promise<unknown>): Promise<ISharePointErrorBody> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof HttpRequestError)) {
      throw error;
    }
    const text = await error.response.text();
    const body = JSON.parse(text) as Record<string, { code: string; message: { value: string } } | undefined>;
    const inner = body['odata.error'] ?? body.error;
    if (!inner) {
      throw new Error(`Not a SharePoint error body: ${text}`);
    }
    return { status: error.status, code: inner.code, message: inner.message.value };
  }
  throw new Error('The call was expected to fail but succeeded.');
}
