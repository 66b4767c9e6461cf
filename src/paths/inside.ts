// Every file Lectern copies or reads into dist/ goes through here: real path (symlinks followed), inside a root.
import fs from 'node:fs';
import path from 'node:path';

export type Resolved =
  | { ok: true; file: string }
  | { ok: false; reason: 'outside' | 'missing' | 'folder' | 'invalid'; file: string };

/** Whether `file` is `root` or lies below it (both absolute, already real). */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/**
 * `rel` (as written by the user, relative to `base`) → its real path, which must be a file inside `root`.
 * The lexical path is checked first (so `../../etc/x` is "outside" even when missing), then the real one
 * (so a symlink inside the project that points out of it is "outside" too).
 */
export function resolveInside(root: string, base: string, rel: string): Resolved {
  if (rel.includes('\0')) return { ok: false, reason: 'invalid', file: rel };
  const lexical = path.resolve(base, rel);
  const rootReal = realRoot(root);
  if (!isInside(path.resolve(root), lexical) && !isInside(rootReal, lexical)) return { ok: false, reason: 'outside', file: lexical };
  let real: string;
  try {
    real = fs.realpathSync(lexical);
  } catch {
    return { ok: false, reason: 'missing', file: lexical };
  }
  if (!isInside(rootReal, real)) return { ok: false, reason: 'outside', file: lexical };
  if (!fs.statSync(real).isFile()) return { ok: false, reason: 'folder', file: lexical };
  return { ok: true, file: real };
}

/** `decodeURI` that returns undefined for a malformed %-escape instead of throwing. */
export function safeDecodeURI(text: string): string | undefined {
  try {
    return decodeURI(text);
  } catch {
    return undefined;
  }
}
