// The build's hook into the up-to-date check: which options count, and the stamp a finished build leaves.
import type { BuildOptions } from '../build.js';
import type { CacheOptions } from './cached-export.js';
import { builtBefore, inputsDigest, recordBuild, upToDate, type BuildSummary } from './up-to-date.js';

/** Whether the last build with these options and inputs still stands; `record` stamps a finished build. */
export async function checkUpToDate(options: BuildOptions, cache: CacheOptions, exportFormats: readonly string[]) {
  const browser = exportFormats.length ? await (await import('../export/find-browser.js')).findBrowser().catch(() => undefined) : undefined;
  // Every option that changes the output (not the logger, the cache or how many pages print at once).
  const { logger: _logger, cache: _cache, export: exportOptions, formats, ...rest } = options;
  const settings = { ...rest, formats: [...formats].sort(), fragments: exportOptions?.pdfFragments, notes: exportOptions?.pdfNotes, chunkAbove: exportOptions?.chunkAbove };
  const inputs = inputsDigest(options.root, settings, browser ? [browser] : []);
  const summary = upToDate(cache.dir, options.outDir, settings, inputs);
  return {
    summary,
    /** Built before into this folder and changed since: the edit-and-rebuild loop, where a deck almost always needs printing. */
    edited: !summary && builtBefore(cache.dir, options.outDir, settings),
    record: (summary: BuildSummary) => recordBuild(cache.dir, options.outDir, settings, inputs, summary),
  };
}
