// Runs the pipeline for every class and deck: outline → model → HTML → staging dist/ → PDFs → commit.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DeckError, fileError, hasErrors, type Diagnostic } from './diagnostics.js';
import { planBuild, type PlanOptions } from './plan.js';
import { findDecks } from './config/project.js';
import { mergeManifest, type Manifest } from './write/manifest.js';
import { Output } from './write/output.js';
import { keepOutputs } from './write/keep-outputs.js';
import { writeSingleFiles } from './write/single-file.js';
import { planAssets } from './write/assets.js';
import { buildManifest, readManifest, writeIndexPages, writeStaging } from './write/staging.js';
import type { Logger } from './log.js';
import type { ExportOptions, ExportResult } from './export/export-decks.js';
import type { BrowserSession } from './export/browser.js';

/** `single`: each deck also as one self-contained HTML file, dist/<class>/<deck>.html. */
export type Format = 'html' | 'pdf' | 'handout' | 'single';

export interface BuildOptions extends PlanOptions {
  outDir: string;
  formats: ReadonlySet<Format>;
  export?: Omit<ExportOptions, 'formats'>;
  logger: Logger;
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
  /** Single-file decks written (`--format single`), with their sizes. */
  singles?: { path: string; bytes: number }[];
  /** Decks whose PDF export failed (their HTML was still written). */
  failed: string[];
}

export type { DeckJob } from './plan.js';

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();

  const exportFormats = [...options.formats].filter((f): f is 'pdf' | 'handout' => f === 'pdf' || f === 'handout');
  // Chromium takes ~0.6 s to start: launch it now, while the HTML is built.
  const session = exportFormats.length ? (await import('./export/browser.js')).browserSession() : undefined;
  session?.warm();
  // Ctrl-C: close Chromium at once, stop printing, and leave dist/ as it was.
  const interrupt = new AbortController();
  const onSignal = () => {
    interrupt.abort();
    void session?.close();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runBuild(options, exportFormats, session, started, interrupt.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await session?.close();
  }
}

async function runBuild(options: BuildOptions, exportFormats: ('pdf' | 'handout')[], session: BrowserSession | undefined, started: number, signal: AbortSignal): Promise<BuildResult> {
  const { project, classes, jobs, diagnostics } = planBuild(options);
  diagnostics.push(...checkOutDir(options.outDir, project.root));
  // "built 0 decks" is never a success: say why nothing was built.
  if (!jobs.length && !hasErrors(diagnostics)) {
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
  const fail = (extra: Diagnostic[] = []) => ({ ok: false, diagnostics: [...diagnostics, ...extra], decks: 0, classes: 0, slides: 0, files: 0, ms: performance.now() - started, exportMs: 0, failed: [] });
  if (hasErrors(diagnostics)) return fail();

  const output = new Output(options.outDir);
  try {
    const files = writeStaging(output, project, jobs, classes, options.look);
    // A deck that had a single file keeps one, rebuilt from the new HTML, as PDFs not rebuilt are kept.
    const hadSingle = singleFileDecks(readManifest(options.outDir));
    const singleJobs = jobs.filter((j) => options.formats.has('single') || hadSingle.has(j.dir));
    const singles = singleJobs.length ? writeSingleFiles(output, singleJobs, planAssets(singleJobs.map((j) => j.look), project.templatesDir)) : [];
    let exported: ExportResult[] = [];
    const exportStarted = performance.now();
    if (session && jobs.length) {
      const { exportDecks } = await import('./export/export-decks.js');
      exported = await exportDecks(jobs, output, { ...options.export, templatesDir: project.templatesDir, formats: new Set(exportFormats), signal }, session, options.logger);
    }
    if (signal.aborted) {
      output.discard();
      return { ...fail(), interrupted: true };
    }
    const exportMs = performance.now() - exportStarted;
    const failed = exported.filter((r) => r.error).map((r) => `${r.job.dir}: ${r.error}`);
    // The README promises it: a build where any deck failed to print leaves the previous dist/ as it was.
    if (failed.length) {
      output.discard();
      return { ...fail(exported.filter((r) => r.error).map((r) => fileError(r.job.deck.file, r.error!))), failed: [] };
    }
    const manifest = buildManifest(jobs, classes, exported, singles);
    const partial = Boolean(options.decks?.length || options.classes?.length);
    const previous = readManifest(options.outDir);
    keepOutputs(manifest, previous, options.outDir, output, new Set(exportFormats));
    const merged = mergeManifest(partial ? previous : undefined, manifest);
    writeIndexPages(output, project, classes, jobs, merged, options.look);
    output.write('manifest.json', JSON.stringify(merged, null, 2) + '\n');
    output.commit(partial ? 'merge' : 'replace');
    return {
      ok: failed.length === 0,
      diagnostics,
      manifest: merged,
      decks: jobs.length,
      classes: classes.length,
      slides: jobs.reduce((n, j) => n + j.slides, 0),
      files: files + singles.length + exported.reduce((n, r) => n + r.files, 0) + 1,
      singles: singles.map((f) => ({ path: f.path, bytes: f.bytes })),
      ms: performance.now() - started,
      exportMs,
      failed,
    };
  } catch (e) {
    output.discard();
    if (e instanceof DeckError) return fail(e.diagnostics);
    throw e;
  }
}


/** `<class>/<deck>` of every deck the manifest lists with a single file. */
function singleFileDecks(manifest: Manifest | undefined): Set<string> {
  return new Set((manifest?.classes ?? []).flatMap((c) => (c.decks ?? []).filter((d) => d.single).map((d) => `${c.id}/${d.slug}`)));
}

/**
 * A full build replaces the output folder: it must be Lectern's own. Refuse the project folder, any folder
 * holding it, and a non-empty folder without a Lectern manifest, so a wrong --out never deletes anyone's files.
 */
function checkOutDir(outDir: string, root: string): Diagnostic[] {
  const out = path.resolve(outDir);
  const rel = path.relative(out, path.resolve(root));
  if (rel === '' || !rel.startsWith('..')) {
    return [fileError(out, `--out ${outDir} is the project folder or holds it; Lectern replaces its output folder, so choose a folder of its own such as dist`)];
  }
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    return [fileError(out, `--out ${outDir} is a file, not a folder; choose a folder of its own such as dist`)];
  }
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'manifest.json'))) {
    return [fileError(out, `${outDir} already holds files that Lectern did not write (no manifest.json); choose an empty or new folder for --out`)];
  }
  return [];
}
