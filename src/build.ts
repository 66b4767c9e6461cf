// Runs the pipeline for every class and deck: outline → model → HTML → staging dist/ → PDFs → commit.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DeckError, fileError, fileWarning, hasErrors, type Diagnostic } from './diagnostics.js';
import type { PlanOptions } from './plan.js';
import { findDecks } from './config/project.js';
import { mergeManifest, type Manifest } from './write/manifest.js';
import { Output } from './write/output.js';
import { hasLeftovers } from './write/leftovers.js';
import { keepOutputs } from './write/keep-outputs.js';
import { readManifest } from './write/read-manifest.js';
import { planAssets } from './write/assets.js';
import type { Logger } from './log.js';
import type { ExportOptions } from './export/export-decks.js';
import type { BrowserSession } from './export/browser.js';
import type { Look } from './config/look.js';
import type { CacheOptions } from './cache/cached-export.js';
import { inShard, type Shard } from './shard/partition.js';
import { AsyncQueue } from './parallel.js';
import { stageJobs } from './write/stage-jobs.js';
import { timed } from './profile.js';

/** `single`: each deck also as one self-contained HTML file, dist/<class>/<deck>.html. */
export type Format = 'html' | 'pdf' | 'handout' | 'single';

export interface BuildOptions extends PlanOptions {
  outDir: string;
  formats: ReadonlySet<Format>;
  export?: Omit<ExportOptions, 'formats'>;
  logger: Logger;
  /** Build only this CI shard's (class, deck) jobs; `lectern merge` joins the shards' outputs. */
  shard?: Shard;
  /** The print cache (default `<root>/.lectern-cache`); `false` prints every deck (--no-cache). */
  cache?: CacheOptions | false;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  manifest?: Manifest;
  decks: number;
  /** Classes built in this run (a partial build's manifest may list more). */
  classes: number;
  slides: number;
  files: number;
  ms: number;
  /** Time spent printing PDFs and handouts. */
  exportMs: number;
  /** Stopped by Ctrl-C: nothing was written. */
  interrupted?: boolean;
  /** Nothing changed since the last build with these options: dist/ was left untouched. */
  upToDate?: boolean;
  /** Decks (`<class>/<deck>`) whose PDFs came from the print cache. */
  reused: string[];
  /** Single-file decks written (`--format single`), with their sizes. */
  singles?: { path: string; bytes: number }[];
  /** Decks whose PDF export failed (their HTML was still written). */
  failed: string[];
}

export type { DeckJob } from './plan.js';
import type { DeckJob } from './plan.js';
import { outputLinkProblems } from './write/output-links.js';

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();

  const exportFormats = [...options.formats].filter((f): f is 'pdf' | 'handout' => f === 'pdf' || f === 'handout');
  const cache = cacheOptions(options);
  const skip = cache ? await timed('up-to-date check', async () => (await import('./cache/skip-build.js')).checkUpToDate(options, cache, exportFormats)) : undefined;
  // "Nothing changed" never skips past another build's lock or a killed build's leftovers: the real build
  // reports the one and sweeps the other.
  if (skip?.summary && !hasLeftovers(path.resolve(options.outDir))) return { ok: true, upToDate: true, ...skip.summary, manifest: readManifest(options.outDir), ms: performance.now() - started, exportMs: 0, reused: [], failed: [] };
  const result = await buildNow(options, exportFormats, cache, started, Boolean(skip?.edited));
  if (skip && result.ok && !result.interrupted) {
    const { decks, classes, slides, files, diagnostics } = result;
    skip.record({ decks, classes, slides, files, diagnostics });
  }
  return result;
}

async function buildNow(options: BuildOptions, exportFormats: ('pdf' | 'handout')[], cache: CacheOptions | undefined, started: number, edited: boolean): Promise<BuildResult> {
  const session = exportFormats.length ? (await import('./export/browser.js')).browserSession() : undefined;
  // Chromium takes ~0.6 s to start: launch it now, while the HTML is built, unless the cache may hold every PDF
  // (then it starts only if a deck misses). After an edit to a folder built before, a deck almost always misses.
  // Two tabs are what the first deck prints on (its slides, and its handout sheets or the next deck). After an
  // edit, usually one deck prints: one tab (its slides, then its sheets) left Chromium's start-up more of the two
  // cores and measured faster (1.47 s against 1.55 s, and 1.82 s against 1.90 s on a slower spell, medians of 8-10).
  if (!cache || !fs.existsSync(cache.dir) || edited) session?.warm(edited ? 1 : Math.min(2, options.export?.concurrency ?? 2));
  // Ctrl-C: close Chromium at once, stop printing, and leave dist/ as it was.
  const interrupt = new AbortController();
  const onSignal = () => {
    interrupt.abort();
    void session?.close();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await runBuild(options, exportFormats, session, cache, started, interrupt.signal);
    for (const n of session?.notices() ?? []) result.diagnostics.push(fileWarning(n.browser, n.message));
    return result;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await timed('chromium close', async () => session?.close());
  }
}

async function runBuild(options: BuildOptions, exportFormats: ('pdf' | 'handout')[], session: BrowserSession | undefined, cache: CacheOptions | undefined, started: number, signal: AbortSignal): Promise<BuildResult> {
  const printsPdfs = Boolean(session && exportFormats.length);
  const [{ planSteps }, { buildManifest, writeIndexPages, Stager, classLook }, exporter] = await Promise.all([
    timed('import the renderer', () => import('./plan.js')),
    import('./write/staging.js'),
    printsPdfs ? import('./export/export-decks.js') : undefined,
    session?.loaded(),
  ]);
  const plan = timed('plan: read decks and classes', () => planSteps({ ...options, renderCache: cache?.dir }));
  const { project, classes, diagnostics } = plan;
  const steps = inShard(plan.steps, options.shard);
  diagnostics.push(...checkOutDir(options.outDir, project.root));
  const fail = (extra: Diagnostic[] = []) => ({ ok: false, diagnostics: [...diagnostics, ...extra], decks: 0, classes: 0, slides: 0, files: 0, ms: performance.now() - started, exportMs: 0, reused: [], failed: [] });
  // A deck's own errors (front matter, a class file) are known before anything is rendered: nothing is written
  // or printed then, but every deck is still rendered, so that one run reports every deck's problems.
  if (hasErrors(diagnostics)) {
    for (const step of steps) {
      step.plan();
      step.complete();
    }
    plan.finish();
    return fail();
  }

  const output = new Output(options.outDir);
  // Copies still running on libuv's threads would write into the folder being removed: let them settle first.
  const abandon = async () => {
    await output.settled().catch(() => {});
    output.discard();
  };
  const exportStarted = performance.now();
  // Decks are rendered one at a time and each is printed as soon as it is staged, so Chromium prints the first
  // while Node renders the next. The newest sources first: after an edit, the deck that needs printing starts at once.
  const queue = new AsyncQueue<DeckJob>();
  const stopPrinting = new AbortController();
  const stop = () => stopPrinting.abort();
  signal.addEventListener('abort', stop);
  const printing = session && exporter
    ? exporter.exportDecks(queue, output, { ...options.export, templatesDir: project.templatesDir, formats: new Set(exportFormats), signal: stopPrinting.signal }, session, options.logger)
    : undefined;
  // A rejected print is awaited below; until then it must not count as unhandled.
  printing?.catch(() => {});
  try {
    const print = { formats: exportFormats, fragments: Boolean(options.export?.pdfFragments), notes: Boolean(options.export?.pdfNotes) };
    const printCache = session && cache && steps.length ? await timed('print cache: open', async () => (await import('./cache/cached-export.js')).openPrintCache(output, print, project.templatesDir, cache)) : undefined;
    const stager = new Stager(output, project);
    // The classes' looks are known before any deck is rendered: their assets (reveal.js, themes, fonts) are
    // copied in the background while the first deck renders. A look that does not resolve is reported by its decks.
    let classLooks: Look[] | undefined;
    try {
      classLooks = classes.map((c) => classLook(project, c, options.look));
      timed('copy shared assets', () => stager.addLooks(classLooks!, true));
    } catch (e) {
      if (!(e instanceof DeckError)) throw e;
    }
    const { planned, reused } = await stageJobs(steps, { output, stager, printCache, print: printing ? queue : undefined }, { interrupted: signal, printing: stopPrinting.signal, stopPrinting: stop });
    // Every deck that needs printing is in the queue: the pages finish it and stop.
    queue.close();
    plan.finish();
    const jobs = planned.filter((j): j is DeckJob => Boolean(j));
    // "built 0 decks" is never a success: say why nothing was built.
    // (A shard may hold no jobs: that is a success, the merge fills in the rest.)
    if (!plan.steps.length && !hasErrors(diagnostics)) {
      const found = findDecks(project.decksDir).decks.length;
      diagnostics.push(
        fileError(
          project.decksDir,
          !found
            ? 'no decks found (a deck is decks/<name>.md or decks/<name>/index.md); start one with "lectern new <name>"'
            : `none of the ${found} deck${found === 1 ? '' : 's'} asked for is in a class that is built: list them under decks: in a class file, or name them with --deck`,
        ),
      );
    }
    if (hasErrors(diagnostics)) {
      stop();
      await printing?.catch(() => undefined);
      await abandon();
      return fail();
    }
    stager.addLooks(classLooks ?? classes.map((c) => classLook(project, c, options.look)));
    await output.settled();
    // A deck that had a single file keeps one, rebuilt from the new HTML, as PDFs not rebuilt are kept.
    const hadSingle = singleFileDecks(readManifest(options.outDir));
    const singleJobs = jobs.filter((j) => options.formats.has('single') || hadSingle.has(j.dir));
    // linkedom loads in a tenth of a second: only for a build that writes single files.
    const singles = singleJobs.length ? (await import('./write/single-file.js')).writeSingleFiles(output, singleJobs, planAssets(singleJobs.map((j) => j.look), project.templatesDir)) : [];
    let exported = (await printing) ?? [];
    // Nothing more to print: the browser goes while the index pages are written and dist/ is swapped.
    const closing = session ? timed('chromium close', () => session.close()) : undefined;
    if (printCache && !signal.aborted) timed('print cache: store new prints', () => printCache.save(exported));
    exported = [...reused, ...exported];
    if (signal.aborted) {
      await abandon();
      return { ...fail(), interrupted: true };
    }
    const exportMs = performance.now() - exportStarted;
    const failed = exported.filter((r) => r.error).map((r) => `${r.job.dir}: ${r.error}`);
    // The README promises it: a build where any deck failed to print leaves the previous dist/ as it was.
    if (failed.length) {
      await abandon();
      return { ...fail(exported.filter((r) => r.error).map((r) => fileError(r.job.deck.file, r.error!))), failed: [] };
    }
    const manifest = buildManifest(jobs, classes, exported, singles);
    if (options.shard) manifest.shard = options.shard;
    const partial = Boolean(options.decks?.length || options.classes?.length);
    const previous = readManifest(options.outDir);
    keepOutputs(manifest, previous, options.outDir, output, new Set(exportFormats));
    const merged = mergeManifest(partial ? previous : undefined, manifest);
    timed('index pages', () => writeIndexPages(output, project, classes, jobs, merged, options.look));
    output.write('manifest.json', JSON.stringify(merged, null, 2) + '\n');
    timed('commit dist/', () => output.commit(partial ? 'merge' : 'replace'));
    await Promise.all([closing, timed('remove the old dist/', () => output.removed)]);
    return {
      ok: true,
      diagnostics,
      manifest: merged,
      decks: jobs.length,
      classes: classes.length,
      slides: jobs.reduce((n, j) => n + j.slides, 0),
      files: stager.files + singles.length + exported.reduce((n, r) => n + r.files, 0) + 1,
      singles: singles.map((f) => ({ path: f.path, bytes: f.bytes })),
      ms: performance.now() - started,
      exportMs,
      reused: reused.map((r) => r.job.dir),
      failed,
    };
  } catch (e) {
    stop();
    queue.close();
    await printing?.catch(() => undefined);
    await abandon();
    if (e instanceof DeckError) return fail(e.diagnostics);
    throw e;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

function cacheOptions(options: BuildOptions): CacheOptions | undefined {
  if (options.cache === false) return undefined;
  if (options.cache) return options.cache;
  const dir = path.join(path.resolve(options.root), '.lectern-cache');
  // A project from someone else may ship a .lectern-cache that links elsewhere: never write through a link.
  return cacheIsPlain(dir) ? { dir } : undefined;
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


/** `<class>/<deck>` of every deck the manifest lists with a single file. */
function singleFileDecks(manifest: Manifest | undefined): Set<string> {
  return new Set((manifest?.classes ?? []).flatMap((c) => (c.decks ?? []).filter((d) => d.single).map((d) => `${c.id}/${d.slug}`)));
}

/**
 * A full build replaces the output folder: it must be Lectern's own. Refuse the project folder, any folder
 * holding it, and a non-empty folder without a Lectern manifest, so a wrong --out never deletes anyone's files.
 */
export function checkOutDir(outDir: string, root: string): Diagnostic[] {
  const out = path.resolve(outDir);
  const rel = path.relative(out, path.resolve(root));
  if (rel === '' || !rel.startsWith('..')) {
    return [fileError(out, `--out ${outDir} is the project folder or holds it; Lectern replaces its output folder, so choose a folder of its own such as dist`)];
  }
  const links = outputLinkProblems(out);
  if (links.length) return links;
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    return [fileError(out, `--out ${outDir} is a file, not a folder; choose a folder of its own such as dist`)];
  }
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'manifest.json'))) {
    return [fileError(out, `${outDir} already holds files that Lectern did not write (no manifest.json); choose an empty or new folder for --out`)];
  }
  return [];
}
