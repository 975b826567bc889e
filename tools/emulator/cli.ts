/**
 * Starts the local SharePoint emulator with the sample council:
 *   PORT=5000 node --import tsx tools/emulator/cli.ts
 * Optional: EMULATOR_PERSIST=<file.json> keeps edits across restarts; EMULATOR_SEED, EMULATOR_OFFICERS
 * size the sample; EMULATOR_THROTTLE_RATE / EMULATOR_LATENCY_MS inject faults; EMULATOR_NETWORK=spo adds
 * SharePoint Online's latency, server time and bandwidth (tools/emulator/networkProfile.ts).
 */
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';
import { isNetworkProfileName, NETWORK_PROFILE_NAMES } from './networkProfile';
import { startEmulator } from './server';

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : Number(value);
}

async function main(): Promise<void> {
  const network = process.env.EMULATOR_NETWORK || 'none';
  if (!isNetworkProfileName(network)) throw new Error(`EMULATOR_NETWORK must be ${NETWORK_PROFILE_NAMES.join(' or ')}, not "${network}".`);
  const data = generateSampleCouncil({ seed: numberFromEnv('EMULATOR_SEED'), officers: numberFromEnv('EMULATOR_OFFICERS') });
  const emulator = await startEmulator({
    data,
    port: numberFromEnv('PORT') ?? 5000,
    persistPath: process.env.EMULATOR_PERSIST,
    faults: { throttleRate: numberFromEnv('EMULATOR_THROTTLE_RATE'), latencyMs: numberFromEnv('EMULATOR_LATENCY_MS') },
    network
  });
  process.stdout.write(`SharePoint emulator: ${emulator.siteUrl}\n`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
