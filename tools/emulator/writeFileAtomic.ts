/**
 * Replaces a file so that a crash or power cut leaves either the old or the new contents, never half of
 * one: write a temporary file with a unique name in the same folder (so the rename stays on one file
 * system and two writers never share it), fsync it, rename it over the file, then fsync the folder.
 */
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import { basename, dirname, join } from 'path';

export function writeFileAtomic(path: string, contents: string): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    try {
      fs.writeSync(fd, contents);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems (and Windows) cannot open or sync a folder; the file itself is already synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
