// The build's hook into the up-to-date check: the stamp a finished build leaves, and whether it still stands.
import type { Cache } from './cache-options.js';
import type { Environment } from '../context.js';
import { builtBefore, inputsDigest, recordBuild, upToDate, type BuildSummary } from './up-to-date.js';

/**
 * Whether the last build with these settings and inputs still stands; `record` stamps a finished build.
 * `settings`: every option that changes the output (not the logger, the cache or how many pages print at once).
 */
export async function checkUpToDate(root: string, outDir: string, settings: unknown, cache: Cache, printing: boolean, env: Environment) {
  const browser = printing ? await (await import('../export/find-browser.js')).findBrowser(env).catch(() => undefined) : undefined;
  const inputs = inputsDigest(root, settings, browser ? [browser] : [], cache.salt);
  const summary = upToDate(cache.dir, outDir, settings, inputs);
  return {
    summary,
    /** Built before into this folder and changed since: the edit-and-rebuild loop, where a deck almost always needs printing. */
    edited: !summary && builtBefore(cache.dir, outDir, settings),
    record: (summary: BuildSummary) => recordBuild(cache.dir, outDir, settings, inputs, summary),
  };
}
