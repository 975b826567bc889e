/** Reads and changes the emulator's fault injection through its admin endpoint. */

interface IFaultSettings {
  readonly throttleRate: number;
}

async function faultSettings(response: Response): Promise<IFaultSettings> {
  if (!response.ok) {
    throw new Error(`The emulator did not answer about throttling (HTTP ${response.status}).`);
  }
  return (await response.json()) as IFaultSettings;
}

/** The share of requests the emulator is throttling now (0 = off). */
export async function readThrottling(faultsUrl: string): Promise<number> {
  return (await faultSettings(await fetch(faultsUrl))).throttleRate;
}

export async function setThrottling(faultsUrl: string, rate: number): Promise<number> {
  const response = await fetch(faultsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ throttleRate: rate })
  });
  return (await faultSettings(response)).throttleRate;
}
