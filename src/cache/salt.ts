// A secret mixed into every cache key: a project from someone else may ship a .lectern-cache of its own, and
// keys anyone can compute would let it hand its HTML or PDFs to this machine's build (past --no-html and
// escaping). The salt lives outside every project, in the user's cache folder, and never leaves the machine.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Environment } from '../context.js';

/** This machine's salt, from the user's cache folder (XDG_CACHE_HOME, else ~/.cache), made there the first time. */
export function machineSalt(env: Environment): string {
  const dir = path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lectern');
  const file = path.join(dir, 'cache-salt');
  try {
    const salt = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(salt)) return salt;
  } catch {
    // Not there yet: made below.
  }
  const salt = crypto.randomBytes(32).toString('hex');
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, salt, { mode: 0o600 });
  } catch {
    // No writable home: this run's keys are its own, so the cache only helps within it. Still correct.
  }
  return salt;
}

