// Where a build keeps its caches, and whether that folder may be written at all.
import fs from 'node:fs';
import path from 'node:path';
import type { Environment } from '../context.js';
import { machineSalt } from './salt.js';

export interface CacheOptions {
  /** Usually `<project>/.lectern-cache`. */
  dir: string;
  maxBytes?: number;
}

/** An open cache: its folder, and this machine's salt, which every key mixes in. */
export interface Cache extends CacheOptions {
  salt: string;
}

/** The build's cache folder: the one asked for, else `<root>/.lectern-cache` when it is safe to write; `false`: none. */
export function cacheFolder(root: string, asked: CacheOptions | false | undefined, env: Environment): Cache | undefined {
  if (asked === false) return undefined;
  if (asked) return { ...asked, salt: machineSalt(env) };
  const dir = path.join(path.resolve(root), '.lectern-cache');
  // A project from someone else may ship a .lectern-cache that links elsewhere: never write through a link.
  return cacheIsPlain(dir) ? { dir, salt: machineSalt(env) } : undefined;
}

/** The cache folder and the folders in it are real folders (or not there yet), not symbolic links. */
function cacheIsPlain(dir: string): boolean {
  for (const entry of [dir, ...['prints', 'render', 'builds'].map((d) => path.join(dir, d))]) {
    try {
      const stat = fs.lstatSync(entry);
      if (stat.isSymbolicLink() || !stat.isDirectory()) return false;
    } catch {
      // Not there yet: the cache creates it.
    }
  }
  return true;
}
