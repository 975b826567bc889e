/**
 * `npm start`: the local preview. One server on http://localhost:4400/ (PORT or --port to change)
 * with the emulated SharePoint site, a SharePoint page at / and a Teams frame at /teams.
 */
import * as path from 'path';
import { parsePreviewCliOptions, USAGE } from './cliOptions';
import { startPreview } from './startPreview';

const projectRoot = path.resolve(__dirname, '..', '..');

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

async function main(): Promise<void> {
  const options = parsePreviewCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const preview = await startPreview({
    projectRoot,
    port: options.port,
    host: options.host,
    seed: options.seed,
    scale: options.scale,
    persistPath: options.persistPath,
    faultRate: options.faultRate,
    network: options.network,
    minify: !options.dev
  });
  const lines = [
    `Local preview ready in ${preview.timings.totalMs} ms (client bundle ${preview.timings.bundleMs} ms, sample data ${preview.timings.dataMs} ms)`,
    `  SharePoint page   ${preview.url}`,
    `  Teams frame       ${preview.url}teams`,
    `  Emulated site     ${preview.siteUrl}`,
    `  Sample council    ${preview.counts.currentMembers} current members, ${preview.counts.officers} officers, ${preview.counts.users} users` +
      (options.persistPath ? ` (kept in ${options.persistPath})` : ''),
    `  Client JavaScript ${kilobytes(preview.clientBytes.raw)} (${kilobytes(preview.clientBytes.gzip)} gzipped)` +
      (options.network !== 'none' ? `\n  Network           ${options.network} profile (latency, server time, bandwidth)` : '') +
      (options.faultRate > 0 ? `\n  Throttling        ${Math.round(options.faultRate * 100)}% of requests` : ''),
    'Press Ctrl+C to stop.'
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    preview.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`npm start failed: ${error.message}\n`);
  if (/Unknown option|must be/.test(error.message)) process.stderr.write(`\n${USAGE}`);
  process.exit(1);
});
