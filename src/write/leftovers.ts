// What a killed run leaves beside dist/ (a staging folder, the old dist/ mid-swap, a lock) and in the temp
// folder (a Chromium profile): each name carries its process id, so the next run can tell dead from running.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileError, DeckError } from '../diagnostics.js';
import { isRealFolder } from './output-links.js';
import { isLink } from '../paths/project-entry.js';
import type { Host } from '../context.js';

/** What a sweep needs of the running process: its own id, and whether another id is alive. */
export type Processes = Pick<Host, 'pid' | 'alive'>;

export function isAlive(pid: number, host: Processes): boolean {
  return Number.isInteger(pid) && pid > 0 && (pid === host.pid || host.alive(pid));
}

/** `<prefix><pid>-…` entries of `dir` whose process is gone. */
function deadEntries(dir: string, prefix: string, host: Processes): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  // Only names this scheme made (`<prefix><pid>-…`): anything else may belong to a live run of another version.
  const pidOf = (n: string) => /^(\d+)(?:[-.]|$)/.exec(n.slice(prefix.length))?.[1];
  return names.filter((n) => n.startsWith(prefix) && pidOf(n) !== undefined && !isAlive(Number(pidOf(n)), host)).map((n) => path.join(dir, n));
}

/** Best effort: a folder that cannot be removed now (still being written, no permission) is left for next time. */
function remove(entry: string): void {
  try {
    fs.rmSync(entry, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Left behind; the next run tries again.
  }
}

/**
 * Before a build into `out`: a dist/ lost between the two renames of a commit comes back from its `.old-*`
 * copy, and dead runs' staging and old folders are removed.
 */
export function sweepOutput(out: string, host: Processes): void {
  const dir = path.dirname(out);
  const base = path.basename(out);
  // A link planted under a leftover's name is removed, never renamed into place (it would become dist/).
  const olds = deadEntries(dir, `${base}.old-`, host).filter(isRealFolder).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!fs.existsSync(out) && !isLink(out) && olds.length) fs.renameSync(olds.shift()!, out);
  for (const link of deadEntries(dir, `${base}.old-`, host).filter((e) => !isRealFolder(e))) remove(link);
  for (const stale of [...olds, ...deadEntries(dir, `${base}.staging-`, host)]) remove(stale);
}

/** A lock, staging or half-swapped folder beside `out`: a build is running, or one was killed and needs sweeping. */
export function hasLeftovers(out: string): boolean {
  const base = path.basename(out);
  try {
    return fs.readdirSync(path.dirname(out)).some((n) => n === `${base}.lock` || n.startsWith(`${base}.staging-`) || n.startsWith(`${base}.old-`));
  } catch {
    return false;
  }
}

/** Chromium profiles and `lectern check` folders of runs that were killed (one listing of the temp folder). */
export function sweepProfiles(host: Processes): void {
  for (const prefix of ['lectern-chromium-', 'lectern-check-']) {
    for (const stale of deadEntries(os.tmpdir(), prefix, host)) removeProfile(stale);
  }
}

const RE_SINGLETON_DIR = /^org\.chromium\.Chromium\.[A-Za-z0-9]+$/;

/**
 * A Chromium profile and the folder Chromium made for it in the temp folder (org.chromium.Chromium.XXXXXX, which
 * holds its single-instance socket; the profile's SingletonSocket links to it). Chromium removes that folder
 * only when it shuts down gracefully, and a build kills it: each build left one behind in /tmp.
 */
export function removeProfile(profile: string): void {
  try {
    const socket = fs.readlinkSync(path.join(profile, 'SingletonSocket'));
    const dir = path.dirname(socket);
    // Only the folder Chromium names so, right in the temp folder: a profile is not trusted to point anywhere else.
    if (path.dirname(dir) === os.tmpdir() && RE_SINGLETON_DIR.test(path.basename(dir)) && path.basename(socket) === 'SingletonSocket') remove(dir);
  } catch {
    // No link (Chromium never started, or another platform): nothing else to remove.
  }
  remove(profile);
}

export function profileDir(host: Processes): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lectern-chromium-${host.pid}-`));
}

/** One build per output folder at a time; a dead holder's lock is taken over. Returns the release. */
export function lockOutput(out: string, host: Processes): () => void {
  const lock = `${out}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(host.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Only a plain file is Lectern's lock: a folder, a link or a pipe there is never read or removed.
      const stat = fs.lstatSync(lock);
      if (!stat.isFile()) {
        const what = stat.isDirectory() ? 'a folder' : stat.isSymbolicLink() ? 'a link' : 'not a plain file';
        throw new DeckError([fileError(lock, `is ${what}, not the lock file Lectern writes: remove it if no build is running, then build again`)]);
      }
      const holder = Number(fs.readFileSync(lock, 'utf8').trim());
      if (isAlive(holder, host) && holder !== host.pid) {
        throw new DeckError([fileError(out, `another build is running into this folder (process ${holder}); wait for it, or delete ${path.basename(lock)} if it is not running`)]);
      }
      fs.rmSync(lock, { force: true });
    }
  }
  throw new DeckError([fileError(out, `could not lock ${path.basename(out)}/ for this build`)]);
}
