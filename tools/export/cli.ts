/**
 * Open data for member profiles from the command line, the same as the view's downloads:
 *   npm run export -- --site <url> --format popolo|csv [--out <file>] [--as <emulator user>]
 * Only public fields (docs/open-data.md). Without --out the export goes to standard output.
 */
import { promises as fs } from 'fs';
import { parseArgs } from 'util';
import { MemberRepository } from '../../src/data/MemberRepository';
import { membersToPopolo } from '../../src/model/openData';
import { connectToSite, credentialsFor } from '../import/connectToSite';
import { openDataCsv } from './openDataCsv';

const USAGE = 'Usage: npm run export -- --site <site url> --format popolo|csv [--out <file>] [--as <emulator user id or email>]';

export async function main(argv: readonly string[], environment: NodeJS.ProcessEnv, stdout: (text: string) => void, stderr: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string' },
      help: { type: 'boolean', default: false }
    },
    strict: true
  });
  if (values.help) {
    stderr(`${USAGE}\n`);
    return 0;
  }
  const format = values.format;
  if (typeof values.site !== 'string' || (format !== 'popolo' && format !== 'csv')) {
    stderr(`${USAGE}\n`);
    return 1;
  }
  const sp = connectToSite(values.site, credentialsFor(values.site, environment, values.as), {
    onRetry: (notice) => stderr(`SharePoint asked us to slow down (HTTP ${notice.status}); retrying in ${Math.round(notice.delayMs / 100) / 10} s\n`)
  });
  const directory = await new MemberRepository(sp).loadDirectory();
  const text = format === 'csv' ? openDataCsv(directory) : `${JSON.stringify(membersToPopolo(directory), undefined, 2)}\n`;
  if (values.out === undefined) stdout(text);
  else {
    await fs.writeFile(values.out, text, 'utf8');
    stderr(`${directory.members.filter((member) => member.isCurrent).length} current members written to ${values.out} (${format}).\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.env, (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Export stopped with an error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
