// The pipeline, composed in one place: read and plan → render → stage → print → check → commit, deck by deck.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DeckError, fileError, fileWarning, hasErrors, type Diagnostic } from './diagnostics.js';
import { noMemo, type Environment, type Host, type Memo, type Shelf } from './context.js';
import type { Findings } from './render-decks.js';
import type { Logger } from './log.js';
import type { ClassConfig } from './config/classes.js';
import { findDecks, type Project } from './config/project.js';
import type { PlanOptions } from './plan/plan-jobs.js';
import type { DeckJob } from './render/render-job.js';
import { mergeManifest, type Manifest } from './write/manifest.js';
import { Output } from './write/output.js';
import { hasLeftovers } from './write/leftovers.js';
import { keepOutputs } from './write/keep-outputs.js';
import { readManifest } from './write/read-manifest.js';
import { planAssets } from './write/assets.js';
import { checkOutDir } from './write/out-dir.js';
import type { Look, LookLayer } from './config/look.js';
import type { ExportOptions, ExportResult } from './export/export-decks.js';
import type { BrowserSession } from './export/browser.js';
import { cacheFolder, type Cache, type CacheOptions } from './cache/cache-options.js';
import { sourceDateEpoch } from './write/source-date.js';
import type { PrintCache } from './cache/cached-export.js';
import { inShard, type Shard } from './shard/partition.js';
import { AsyncQueue, yieldToEventLoop } from './parallel.js';
import { timed } from './profile.js';
import { newestFirst } from './write/newest-first.js';

export type { DeckJob } from './render/render-job.js';

/** `single`: each deck also as one self-contained HTML file, dist/<class>/<deck>.html; `pptx`: editable PowerPoint; `png`: slide images. */
export type Format = 'html' | 'pdf' | 'handout' | 'single' | 'pptx' | 'png';

/** What to build. */
export interface BuildOptions extends PlanOptions {
  outDir: string;
  formats: ReadonlySet<Format>;
  export?: Omit<ExportOptions, 'formats'>;
  /** Build only this CI shard's (class, deck) jobs; `lectern merge` joins the shards' outputs. */
  shard?: Shard;
  /** The print cache (default `<root>/.lectern-cache`); `false` prints every deck (--no-cache). */
  cache?: CacheOptions | false;
}

/** What a build needs from the world; commands/ make it. */
export interface BuildContext {
  /** Where relative paths on the command line start (look flags such as a logo path). */
  cwd: string;
  logger: Logger;
  /** The process it runs in: its environment (SOURCE_DATE_EPOCH, XDG_CACHE_HOME, the browser's), its id (in
   * staging and lock names), whether it runs as root (Chromium's sandbox), and how to end Chromium. */
  host: Host;
  /** Ctrl-C: Chromium is closed at once, printing stops, and dist/ is left as it was. */
  signal?: AbortSignal;
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

type Printed = 'pdf' | 'handout' | 'pptx' | 'png';

export async function build(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const started = performance.now();
  const formats = [...options.formats].filter((f): f is Printed => f === 'pdf' || f === 'handout' || f === 'pptx' || f === 'png');
  const cache = cacheFolder(options.root, options.cache, context.host.env);
  const skip = cache ? await timed('up-to-date check', async () => (await import('./cache/skip-build.js')).checkUpToDate(options.root, options.outDir, outputSettings(options, context.host.env), cache, formats.length > 0, context.host.env)) : undefined;
  // "Nothing changed" never skips past another build's lock or a killed build's leftovers: the real build
  // reports the one and sweeps the other.
  if (skip?.summary && !hasLeftovers(options.outDir)) return { ok: true, upToDate: true, ...skip.summary, manifest: readManifest(options.outDir), ms: performance.now() - started, exportMs: 0, reused: [], failed: [] };
  const session = formats.length ? (await import('./export/browser.js')).browserSession(context.host) : undefined;
  // Chromium takes ~0.6 s to start: launch it now, while the HTML is built, unless the cache may hold every PDF
  // (then it starts only if a deck misses). After an edit to a folder built before, a deck almost always misses.
  // Two tabs are what the first deck prints on (its slides, and its handout sheets or the next deck). After an
  // edit, usually one deck prints: one tab (its slides, then its sheets) left Chromium's start-up more of the two
  // cores and measured faster (1.47 s against 1.55 s, and 1.82 s against 1.90 s on a slower spell, medians of 8-10).
  if (!cache || skip?.edited || !fs.existsSync(cache.dir)) session?.warm(skip?.edited ? 1 : Math.min(2, options.export?.concurrency ?? 2));
  const interrupt = new AbortController();
  const onAbort = () => {
    interrupt.abort();
    void session?.close();
  };
  context.signal?.addEventListener('abort', onAbort);
  try {
    const result = await runPipeline(options, context, { formats, session, cache, signal: interrupt.signal, started });
    for (const n of session?.notices() ?? []) result.diagnostics.push(fileWarning(n.browser, n.message));
    if (skip && result.ok && !result.interrupted) skip.record({ decks: result.decks, classes: result.classes, slides: result.slides, files: result.files, diagnostics: result.diagnostics });
    return result;
  } finally {
    context.signal?.removeEventListener('abort', onAbort);
    await timed('chromium close', async () => session?.close());
  }
}

interface Run {
  formats: Printed[];
  session?: BrowserSession;
  cache?: Cache;
  signal: AbortSignal;
  started: number;
  /** When the first deck went to render: printing overlaps rendering from there on. */
  exportStarted?: number;
}

/** The stages in order. Decks render one at a time; each is printed as soon as it is staged, so Chromium prints one deck while Node renders and checks the next. */
async function runPipeline(options: BuildOptions, context: BuildContext, run: Run): Promise<BuildResult> {
  // The stages' code loads while Chromium starts: their libraries (marked, linkedom, Handlebars, zod) take about
  // 70 ms to initialise, which would otherwise delay its launch.
  const [stages, { Stager, classLook }, exporter, memo] = await Promise.all([
    timed('import the renderer', () => import('./render-decks.js')),
    import('./write/staging.js'),
    run.session ? import('./export/export-decks.js') : undefined,
    run.cache ? openMemo(run.cache, options.root) : noMemo,
    run.session?.loaded(),
  ]);
  const plan = timed('plan: read decks and classes', () => stages.planJobs(options));
  const jobs = inShard(plan.jobs, options.shard);
  const settings = stages.stageSettings(plan.project, options, { cwd: context.cwd, env: context.host.env }, memo);
  const found = new stages.Findings([...plan.diagnostics, ...checkOutDir(options.outDir, plan.project.root)], jobs.length);
  const fail = (extra: Diagnostic[] = []) => failure(found.all(extra), run.started);
  // A deck's own errors (front matter, a class file) are known before anything is rendered: nothing is written
  // or printed then, but every deck is still rendered and checked, so that one run reports every deck's problems.
  if (found.hasErrors()) {
    jobs.forEach((planned, i) => found.add(i, stages.renderAndCheck(planned, settings).diagnostics));
    return fail();
  }
  const output = new Output(options.outDir, context.host);
  // Printing pages read the staged output and nothing else on the disk (export/request-filter.ts).
  run.session?.confine(output.staging);
  const stopPrinting = new AbortController();
  const stop = () => stopPrinting.abort();
  run.signal.addEventListener('abort', stop);
  const queue = new AsyncQueue<DeckJob>();
  const printing = run.session && exporter ? exporter.exportDecks(queue, output, { ...options.export, templatesDir: plan.project.templatesDir, shelf: settings.render.shelf, formats: new Set(run.formats), signal: stopPrinting.signal }, run.session, context.logger) : undefined;
  // A rejected print is awaited below; until then it must not count as unhandled.
  printing?.catch(() => {});
  try {
    const printCache = printing && run.cache && jobs.length ? await timed('print cache: open', async () => (await import('./cache/cached-export.js')).openPrintCache(output, { formats: run.formats, fragments: Boolean(options.export?.pdfFragments), notes: Boolean(options.export?.pdfNotes), scale: options.export?.scale }, plan.project.templatesDir, run.cache!, context.host.env)) : undefined;
    const stager = new Stager(output, plan.project);
    // The classes' looks are known before any deck is rendered: their assets (reveal.js, themes, fonts) are
    // copied in the background while the first deck renders. A look that does not resolve is reported by its decks.
    const classLooks = tryLooks(() => plan.classes.map((c) => classLook(plan.project, c, settings.render.flags, settings.render.shelf)));
    if (classLooks) timed('copy shared assets', () => stager.addLooks(classLooks, true));
    const rendered: (DeckJob | undefined)[] = [];
    run.exportStarted = performance.now();
    const reused: ExportResult[] = [];
    for (const i of newestFirst(jobs.map((j) => j.source.file))) {
      if (run.signal.aborted) break;
      const planned = jobs[i]!;
      const result = timed('render', () => stages.renderJob(planned, settings.render));
      found.add(i, result.diagnostics);
      const job = result.rendered?.job;
      rendered[i] = job;
      // Missing images and files outside the project are known before anything is staged: staging copies those
      // files and the print cache reads them, so a deck that points out of the project is neither staged nor printed.
      const boundary = result.rendered && timed('check: files', () => stages.checkBoundary(planned, result.rendered!, settings.check));
      if (boundary) found.add(i, boundary.images);
      // An error anywhere fails the build: stop printing, but go on rendering to report every deck's problems.
      if (!job || found.hasErrors(i) || hasErrors(boundary?.links ?? [])) stop();
      if (job && !stopPrinting.signal.aborted) {
        const assets = timed('stage: write HTML, copy assets', () => stager.addJob(job));
        const fromCache = printCache && timed('print cache: hash inputs, reuse', () => printCache.reuse(job, assets));
        if (fromCache) reused.push(fromCache);
        else if (printing) {
          // The page loads the shared assets: they must all be in place before it is printed.
          await output.settled();
          queue.push(job);
          // Let the page start on it before the checks below take this thread.
          await yieldToEventLoop();
        }
      }
      if (result.rendered && boundary) {
        const page = timed('check: page', () => stages.checkPage(planned, result.rendered!, settings.check));
        found.add(i, stages.afterImages(boundary, page));
        if (found.hasErrors(i)) stop();
        if (!stopPrinting.signal.aborted) stager.addReading(stages.readingOf(result.rendered, settings.render));
      }
      await yieldToEventLoop();
    }
    // Every deck that needs printing is in the queue: the pages finish it and stop.
    queue.close();
    memo.trim?.();
    // "built 0 decks" is never a success: say why nothing was built (a shard may hold none: the merge fills in the rest).
    if (!plan.jobs.length && !found.hasErrors()) found.add(-1, [nothingToBuild(plan.project)]);
    if (found.hasErrors() || run.signal.aborted) {
      stop();
      await printing?.catch(() => undefined);
      await discard(output);
      return run.signal.aborted ? { ...fail(), interrupted: true } : fail();
    }
    const done = rendered.filter((j): j is DeckJob => Boolean(j));
    stager.addLooks(classLooks ?? plan.classes.map((c) => classLook(plan.project, c, settings.render.flags, settings.render.shelf)));
    return await commit({ options, context, plan: { ...plan, jobs: done }, flags: settings.render.flags, shelf: settings.render.shelf, output, stager, printing, printCache, reused, found, run });
  } catch (e) {
    stop();
    queue.close();
    await printing?.catch(() => undefined);
    await discard(output);
    if (e instanceof DeckError) return fail(e.diagnostics);
    throw e;
  } finally {
    run.signal.removeEventListener('abort', stop);
  }
}

interface Finished {
  options: BuildOptions;
  context: BuildContext;
  plan: { project: Project; classes: ClassConfig[]; jobs: DeckJob[] };
  flags?: LookLayer;
  shelf: Shelf;
  output: Output;
  stager: import('./write/staging.js').Stager;
  printing?: Promise<ExportResult[]>;
  printCache?: PrintCache;
  reused: ExportResult[];
  found: Findings;
  run: Run;
}

/** Single files, the printed PDFs, the manifest and the index pages go into staging, and staging becomes dist/. */
async function commit({ options, context, plan, flags, shelf, output, stager, printing, printCache, reused, found, run }: Finished): Promise<BuildResult> {
  const { jobs, classes, project } = plan;
  await output.settled();
  // A deck that had a single file keeps one, rebuilt from the new HTML, as PDFs not rebuilt are kept.
  const hadSingle = singleFileDecks(readManifest(options.outDir));
  const singleJobs = jobs.filter((j) => options.formats.has('single') || hadSingle.has(j.dir));
  // linkedom loads in a tenth of a second: only for a build that writes single files.
  const singles = singleJobs.length ? (await import('./write/single-file.js')).writeSingleFiles(output, singleJobs, planAssets(singleJobs.map((j) => j.look), project.templatesDir)) : [];
  let exported = (await printing) ?? [];
  // Nothing more to print: the browser goes while the index pages are written and dist/ is swapped.
  const closing = run.session ? timed('chromium close', () => run.session!.close()) : undefined;
  if (printCache && !run.signal.aborted) timed('print cache: store new prints', () => printCache.save(exported));
  exported = [...reused, ...exported];
  if (run.signal.aborted) {
    await discard(output);
    return { ...failure(found.all(), run.started), interrupted: true };
  }
  // The README promises it: a build where any deck failed to print leaves the previous dist/ as it was.
  const failed = exported.filter((r) => r.error);
  if (failed.length) {
    await discard(output);
    return failure(found.all(failed.flatMap((r) => r.diagnostics ?? [fileError(r.job.deck.file, r.error!)])), run.started);
  }
  // Every printed deck was laid out in Chromium: what ran off its slides is worth a line of the build's output.
  if (run.session) found.add(-1, (await import('./export/overflow-report.js')).overflowWarnings(exported));
  found.add(-1, exported.flatMap((r) => r.warnings ?? []));
  const { buildManifest, writeIndexPages } = await import('./write/staging.js');
  const manifest = buildManifest(jobs, classes, exported, singles, sourceDateEpoch(context.host.env));
  if (options.shard) manifest.shard = options.shard;
  const partial = Boolean(options.decks?.length || options.classes?.length);
  const previous = readManifest(options.outDir);
  keepOutputs(manifest, previous, options.outDir, output, new Set(run.formats));
  const merged = mergeManifest(partial ? previous : undefined, manifest);
  timed('index pages', () => writeIndexPages(output, project, classes, jobs, merged, flags, shelf));
  output.write('manifest.json', JSON.stringify(merged, null, 2) + '\n');
  timed('commit dist/', () => output.commit(partial ? 'merge' : 'replace'));
  await Promise.all([closing, timed('remove the old dist/', () => output.removed)]);
  return {
    ok: true,
    diagnostics: found.all(),
    manifest: merged,
    decks: jobs.length,
    classes: classes.length,
    slides: jobs.reduce((n, j) => n + j.slides, 0),
    files: stager.files + singles.length + exported.reduce((n, r) => n + r.files, 0) + 1,
    singles: singles.map((f) => ({ path: f.path, bytes: f.bytes })),
    ms: performance.now() - run.started,
    exportMs: performance.now() - (run.exportStarted ?? run.started),
    reused: reused.map((r) => r.job.dir),
    failed: [],
  };
}

/** The settings that change what a build writes: the up-to-date check compares them. */
function outputSettings(options: BuildOptions, env: Environment): unknown {
  const { cache: _cache, export: exportOptions, formats, ...rest } = options;
  return { ...rest, formats: [...formats].sort(), fragments: exportOptions?.pdfFragments, notes: exportOptions?.pdfNotes, scale: exportOptions?.scale, chunkAbove: exportOptions?.chunkAbove, sourceDateEpoch: env.SOURCE_DATE_EPOCH ?? '' };
}

async function openMemo(cache: Cache, root: string): Promise<Memo> {
  const { RenderMemo } = await import('./cache/render-memo.js');
  const { openProject } = await import('./config/project.js');
  return new RenderMemo(cache.dir, openProject(root).templatesDir, cache.salt);
}

function tryLooks(resolve: () => Look[]): Look[] | undefined {
  try {
    return resolve();
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
    return undefined;
  }
}

function nothingToBuild(project: Project): Diagnostic {
  const found = findDecks(project.decksDir).decks.length;
  return fileError(
    project.decksDir,
    !found
      ? 'no decks found (a deck is decks/<name>.md or decks/<name>/index.md); start one with "lectern new <name>"'
      : `none of the ${found} deck${found === 1 ? '' : 's'} asked for is in a class that is built: list them under decks: in a class file, or name them with --deck`,
  );
}

function failure(diagnostics: Diagnostic[], started: number): BuildResult {
  return { ok: false, diagnostics, decks: 0, classes: 0, slides: 0, files: 0, ms: performance.now() - started, exportMs: 0, reused: [], failed: [] };
}

/** Copies still running on libuv's threads would write into the folder being removed: let them settle first. */
async function discard(output: Output): Promise<void> {
  await output.settled().catch(() => {});
  output.discard();
}

/** `<class>/<deck>` of every deck the manifest lists with a single file. */
function singleFileDecks(manifest: Manifest | undefined): Set<string> {
  return new Set((manifest?.classes ?? []).flatMap((c) => (c.decks ?? []).filter((d) => d.single).map((d) => `${c.id}/${d.slug}`)));
}
