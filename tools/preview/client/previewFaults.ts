/** Turns the emulator's fault injection on or off through its admin endpoint. */
export async function setThrottling(faultsUrl: string, rate: number): Promise<void> {
  const response = await fetch(faultsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ throttleRate: rate })
  });
  if (!response.ok) {
    throw new Error(`The emulator did not change throttling (HTTP ${response.status}).`);
  }
}
