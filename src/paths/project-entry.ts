// Files and folders a project provides (decks/, classes/, templates/, theme files), checked before any is
// opened: one that resolves outside the project is refused unless the user passes --follow-links, and a named
// pipe, socket or device is never opened (reading a FIFO would block the build for ever).
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './inside.js';

export type EntryKind = 'file' | 'folder';

function realOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** "a named pipe (FIFO)", "a socket", "a device": what a special file is, in words. */
function specialKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'a device';
}

/** The first symbolic link on the way from `root` to `file` (the link the user would have to look at). */
function firstLink(root: string, file: string): string | undefined {
  const parts = path.relative(root, file).split(path.sep);
  for (let i = 1; i <= parts.length; i++) {
    const at = path.join(root, ...parts.slice(0, i));
    try {
      if (fs.lstatSync(at).isSymbolicLink()) return at;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * What is wrong with opening `file` (below `root`) as a `kind`, as the words after `file: error:`; undefined when
 * it may be opened, or when it does not exist (the caller knows what a missing file means).
 */
export function entryProblem(root: string, file: string, kind: EntryKind, followLinks = false): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'is a link that points to itself (a symbolic link loop)' : undefined;
  }
  const real = realOr(file);
  if (!followLinks && !isInside(realOr(root), real)) {
    const link = firstLink(path.resolve(root), path.resolve(file));
    const via = link && link !== path.resolve(file) ? ` through the link ${path.relative(root, link)}` : '';
    return `leads to ${real}${via}, outside the project: Lectern does not follow links out of the project (copy the file in, or pass --follow-links)`;
  }
  if (kind === 'file' && !st.isFile()) return st.isDirectory() ? 'is a folder, not a file' : `is ${specialKind(st)}, not a file: Lectern does not open it`;
  if (kind === 'folder' && !st.isDirectory()) return st.isFile() ? 'is a file, not a folder' : `is ${specialKind(st)}, not a folder`;
  return undefined;
}

/** Every entry below `dir` (at most `limit`, links not followed) that fails `entryProblem` → [file, problem]. */
export function treeProblems(root: string, dir: string, followLinks = false, limit = 5000): [string, string][] {
  const out: [string, string][] = [];
  const top = entryProblem(root, dir, 'folder', followLinks);
  if (top) return [[dir, top]];
  if (!fs.existsSync(dir)) return out;
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).slice(0, limit);
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    // Plain files and folders are what they seem; links and special files are looked at closely.
    if (entry.isFile() || entry.isDirectory()) continue;
    const problem = entryProblem(root, full, fs.existsSync(full) && fs.statSync(full).isDirectory() ? 'folder' : 'file', followLinks);
    if (problem) out.push([full, problem]);
  }
  return out;
}

/** Whether `file` itself is a symbolic link (false when it does not exist). */
export function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
