// Before any write: the output folder, and everything in it, holds no symbolic link, so nothing Lectern writes,
// copies forward (a previous build's PDFs) or deletes ever goes through a link to somewhere else.
import fs from 'node:fs';
import path from 'node:path';
import { fileError, type Diagnostic } from '../diagnostics.js';

const MAX_ENTRIES = 200_000;

function linkTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return fs.readlinkSync(file);
  }
}

/** One error naming the first link found at or below `out` (Lectern itself never puts a link there). */
export function outputLinkProblems(out: string, flag = '--out'): Diagnostic[] {
  const resolved = path.resolve(out);
  let top: fs.Stats;
  try {
    top = fs.lstatSync(resolved);
  } catch {
    return [];
  }
  const refuse = (file: string) => [fileError(file, `is a link to ${linkTarget(file)}: Lectern never writes through a link, so remove it (or choose another ${flag} folder)`)];
  if (top.isSymbolicLink()) return refuse(resolved);
  if (!top.isDirectory()) return [];
  let seen = 0;
  for (const entry of fs.readdirSync(resolved, { recursive: true, withFileTypes: true })) {
    if (entry.isSymbolicLink()) return refuse(path.join(entry.parentPath, entry.name));
    if (++seen > MAX_ENTRIES) break;
  }
  return [];
}

/** Whether `file` is a real folder (not a link to one): only those are renamed or swept as a run's leftovers. */
export function isRealFolder(file: string): boolean {
  try {
    return fs.lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}
