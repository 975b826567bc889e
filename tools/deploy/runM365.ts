/** Runs the CLI for Microsoft 365 (the project's dev dependency) with this Node, and the deploy commands' entry point. */
import { spawn } from 'child_process';
import { join } from 'path';
import type { ICliResult } from './runDeploy';

export const projectRoot = join(__dirname, '..', '..');
/** The CLI's own entry point, run with this Node (no global install needed). */
export const M365_ENTRY = join(projectRoot, 'node_modules', '@pnp', 'cli-microsoft365', 'dist', 'index.js');

export function runM365(argv: readonly string[]): Promise<ICliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [M365_ENTRY, ...argv], { cwd: projectRoot, env: { ...process.env, CLIMICROSOFT365_NOUPDATE: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ code: 1, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Runs a deploy command's main with the process's arguments and sets the exit code from it. */
export function runAsCommand(main: (args: readonly string[], write: (text: string) => void) => Promise<number>): void {
  main(process.argv.slice(2), (text) => process.stdout.write(text))
    .then((code) => (process.exitCode = code))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
