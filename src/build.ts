// Runs the pipeline for every class and deck: outline → model → HTML → staging dist/ → PDFs → commit.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DeckError, didYouMean, error, hasErrors, relativePath, warning, type Diagnostic } from './diagnostics.js';
import { findDecks, isText, openProject, type Project } from './config/project.js';
import { loadClasses, type ClassConfig } from './config/classes.js';
import { resolveLook, type Look, type LookLayer } from './config/look.js';
import type { LookSettings } from './config/schema.js';
import { parseDeck, type ParsedDeck } from './outline/parse-deck.js';
import { buildDeck, countSlides, type Deck } from './model/deck.js';
import { renderDeck, type ClassInfo } from './render/deck.js';
import { renderClassIndex, renderTopIndex } from './render/index-pages.js';
import { loadTemplates } from './render/templates.js';
import { planAssets } from './write/assets.js';
import { loadFont } from './write/fonts.js';
import { mergeManifest, type Manifest, type ManifestClass, type ManifestDeck } from './write/manifest.js';
import { Output } from './write/output.js';
import type { Logger } from './log.js';
import type { ExportOptions, ExportResult } from './export/export-decks.js';
import type { BrowserSession } from './export/browser.js';

export type Format = 'html' | 'pdf' | 'handout';

export interface BuildOptions {
  root: string;
  outDir: string;
  decks?: string[];
  classes?: string[];
  formats: ReadonlySet<Format>;
  /** Look settings from flags, the top layer. */
  look?: LookSettings;
  export?: Omit<ExportOptions, 'formats'>;
  liveReload?: boolean;
  logger: Logger;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  manifest?: Manifest;
  decks: number;
  slides: number;
  files: number;
  ms: number;
  /** Time spent printing PDFs and handouts. */
  exportMs: number;
  /** Decks whose PDF export failed (their HTML was still written). */
  failed: string[];
}

/** One deck rendered for one class: what the writer and the exporter need. */
export interface DeckJob {
  klass: ClassConfig;
  info: ClassInfo;
  deck: Deck;
  look: Look;
  html: string;
  /** Output folder relative to dist/: `<class>/<deck>`. */
  dir: string;
  images: string[];
  date: string | null;
  slides: number;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const project = openProject(options.root);
  const diagnostics: Diagnostic[] = [];

  const exportFormats = [...options.formats].filter((f): f is 'pdf' | 'handout' => f !== 'html');
  // Chromium takes ~0.6 s to start: launch it now, while the HTML is built.
  const session = exportFormats.length ? (await import('./export/browser.js')).browserSession() : undefined;
  session?.warm();
  try {
    return await runBuild(options, project, diagnostics, exportFormats, session, started);
  } finally {
    await session?.close();
  }
}

async function runBuild(options: BuildOptions, project: Project, diagnostics: Diagnostic[], exportFormats: ('pdf' | 'handout')[], session: BrowserSession | undefined, started: number): Promise<BuildResult> {
  const fail = (extra: Diagnostic[] = []) => ({ ok: false, diagnostics: [...diagnostics, ...extra], decks: 0, slides: 0, files: 0, ms: performance.now() - started, exportMs: 0, failed: [] });
  const parsed = readDecks(project, diagnostics);
  const slugs = [...parsed.keys()];
  const { classes: allClasses, diagnostics: classIssues } = loadClasses(project.classesDir, slugs);
  diagnostics.push(...classIssues);
  const classes = selectClasses(allClasses, options.classes, diagnostics);
  const wantedDecks = selectDecks(slugs, options.decks, diagnostics);
  // Decks with errors are skipped while planning, so one run reports every deck's problems.
  const jobs = planJobs(project, parsed, classes, wantedDecks, options, diagnostics);
  if (hasErrors(diagnostics)) return fail();

  const output = new Output(options.outDir);
  try {
    const files = writeStaging(output, project, jobs, classes, options);
    let exported: ExportResult[] = [];
    const exportStarted = performance.now();
    if (session && jobs.length) {
      const { exportDecks } = await import('./export/export-decks.js');
      exported = await exportDecks(jobs, output, { ...options.export, templatesDir: project.templatesDir, formats: new Set(exportFormats) }, session, options.logger);
    }
    const exportMs = performance.now() - exportStarted;
    const failed = exported.filter((r) => r.error).map((r) => `${r.job.dir}: ${r.error}`);
    const manifest = buildManifest(jobs, classes, exported);
    const partial = Boolean(options.decks?.length || options.classes?.length);
    const previous = partial ? readManifest(options.outDir) : undefined;
    const merged = mergeManifest(previous, manifest);
    writeIndexPages(output, project, classes, jobs, merged);
    output.write('manifest.json', JSON.stringify(merged, null, 2) + '\n');
    output.commit(partial ? 'merge' : 'replace');
    return {
      ok: failed.length === 0,
      diagnostics,
      manifest: merged,
      decks: jobs.length,
      slides: jobs.reduce((n, j) => n + j.slides, 0),
      files: files + exported.reduce((n, r) => n + r.files, 0) + 1,
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

function readDecks(project: Project, diagnostics: Diagnostic[]): Map<string, ParsedDeck> {
  const { decks, ignored } = findDecks(project.decksDir);
  for (const file of ignored) diagnostics.push(warning(file, 1, 1, 'not a Markdown file (.md): ignored; decks are decks/<name>.md or decks/<name>/index.md'));
  const parsed = new Map<string, ParsedDeck>();
  for (const { slug, file } of decks) {
    const buffer = fs.readFileSync(file);
    if (!isText(buffer)) {
      diagnostics.push(error(file, 1, 1, 'not a text file: a deck must be UTF-8 Markdown (was it saved from a word processor? export it as Markdown)'));
      continue;
    }
    const deck = parseDeck(file, buffer.toString('utf8'));
    diagnostics.push(...deck.diagnostics);
    parsed.set(slug, deck);
  }
  return parsed;
}

function selectClasses(all: ClassConfig[], wanted: string[] | undefined, diagnostics: Diagnostic[]): ClassConfig[] {
  if (!wanted?.length) return all;
  const ids = all.map((c) => c.id);
  for (const id of wanted) if (!ids.includes(id)) diagnostics.push(error('classes', 1, 1, `unknown class "${id}"${didYouMean(id, ids)}`));
  return all.filter((c) => wanted.includes(c.id));
}

function selectDecks(slugs: string[], wanted: string[] | undefined, diagnostics: Diagnostic[]): Set<string> {
  if (!wanted?.length) return new Set(slugs);
  for (const w of wanted) {
    if (/\.\w+$/.test(w) && !/\.md$/i.test(w)) diagnostics.push(error(w, 1, 1, 'not a Markdown deck: --deck takes a deck name such as "intro" (decks/intro.md)'));
    else if (!slugs.includes(w.replace(/^decks\//, '').replace(/(\/index)?\.md$/i, ''))) diagnostics.push(error('decks', 1, 1, `unknown deck "${w}"${didYouMean(w, slugs)}`));
  }
  return new Set(wanted.map((w) => w.replace(/^decks\//, '').replace(/(\/index)?\.md$/i, '')));
}

export function classInfo(klass: ClassConfig): ClassInfo {
  const s = klass.settings;
  return {
    id: klass.id,
    name: s.name,
    code: s.code ?? null,
    term: s.term ?? null,
    instructor: s.instructor ?? null,
    institution: s.institution ?? null,
    audience: s.audience ?? [],
    vars: s.vars ?? {},
  };
}

function planJobs(project: Project, parsed: Map<string, ParsedDeck>, classes: ClassConfig[], wanted: Set<string>, options: BuildOptions, diagnostics: Diagnostic[]): DeckJob[] {
  const jobs: DeckJob[] = [];
  const flagLayer: LookLayer | undefined = options.look ? { settings: options.look, file: 'command line', baseDir: process.cwd(), locate: () => ({ line: 1, column: 1 }) } : undefined;
  for (const klass of classes) {
    const info = classInfo(klass);
    for (const slug of klass.decks) {
      const source = parsed.get(slug);
      if (!source || !wanted.has(slug) || hasErrors(source.diagnostics)) continue;
      const frontLayer: LookLayer = { settings: source.frontMatter, file: source.file, baseDir: source.dir, locate: source.locate };
      const layers = [frontLayer, klass.layer, flagLayer].filter((l): l is LookLayer => Boolean(l));
      const { look, diagnostics: lookIssues } = resolveLook(layers, project.templatesDir);
      diagnostics.push(...dedupe(diagnostics, lookIssues));
      if (!look) continue;
      const date = klass.settings.dates?.[slug] ?? source.frontMatter.date ?? null;
      const variables = {
        class: { id: info.id, name: info.name, code: info.code ?? undefined, term: info.term ?? undefined, instructor: info.instructor ?? undefined, institution: info.institution ?? undefined },
        deck: { slug, title: source.frontMatter.title, subtitle: source.frontMatter.subtitle, author: source.frontMatter.author, date: date ?? undefined },
        vars: info.vars,
      };
      const model = buildDeck(source, { audience: info.audience, variables, maxListLines: look.theme.maxListLines });
      diagnostics.push(...dedupe(diagnostics, model.diagnostics));
      const templates = loadTemplates(project.templatesDir, look.theme);
      const logoUrl = look.logo ? `_logo${path.extname(look.logo)}` : undefined;
      const rendered = renderDeck(model.deck, look, info, templates, { assets: '../../assets', logoUrl, date: date ?? undefined, liveReload: options.liveReload });
      diagnostics.push(...dedupe(diagnostics, rendered.diagnostics));
      diagnostics.push(...dedupe(diagnostics, checkImages(model.deck, rendered.images)));
      jobs.push({ klass, info, deck: model.deck, look, html: rendered.html, dir: `${klass.id}/${slug}`, images: rendered.images, date, slides: countSlides(model.deck) });
    }
  }
  return jobs;
}

/** The same deck problem shows up once per class: report it once. */
function dedupe(existing: readonly Diagnostic[], fresh: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.message}`;
  const seen = new Set(existing.map(key));
  return fresh.filter((d) => !seen.has(key(d)) && (seen.add(key(d)), true));
}

function checkImages(deck: Deck, images: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = deck.slides.flatMap(function walk(s): { text: string; line: number }[] { return [...s.bodyLines, ...s.children.flatMap(walk)]; });
  for (const src of images) {
    const hit = lines.find((l) => l.text.includes(src));
    const line = hit?.line ?? 1;
    const column = hit ? hit.text.indexOf(src) + 1 : 1;
    const file = path.resolve(deck.dir, src);
    if (path.relative(deck.dir, file).startsWith('..')) {
      out.push(error(deck.file, line, column, `image "${src}" is outside the deck's folder: move it into ${relativePath(deck.dir)}/ so the deck stays self-contained`));
    } else if (!fs.existsSync(file)) {
      out.push(error(deck.file, line, column, `image "${src}" not found (looked for ${relativePath(file)})`));
    }
  }
  return out;
}

function writeStaging(output: Output, project: Project, jobs: DeckJob[], classes: ClassConfig[], options: BuildOptions): number {
  const looks = [...jobs.map((j) => j.look), ...classes.map((c) => classLook(project, c, options))];
  const assets = planAssets(looks, project.templatesDir);
  for (const [to, from] of assets.copies) output.copy(`assets/${to}`, from);
  for (const [to, text] of assets.generated) output.write(`assets/${to}`, text);
  let files = assets.copies.size + assets.generated.size;
  for (const job of jobs) {
    output.write(`${job.dir}/index.html`, job.html);
    for (const img of new Set(job.images)) output.copy(`${job.dir}/${img}`, path.resolve(job.deck.dir, img));
    if (job.look.logo) output.copy(`${job.dir}/_logo${path.extname(job.look.logo)}`, job.look.logo);
    files += 1 + job.images.length + (job.look.logo ? 1 : 0);
  }
  return files;
}

function classLook(project: Project, klass: ClassConfig, options: BuildOptions): Look {
  const flagLayer: LookLayer | undefined = options.look ? { settings: options.look, file: 'command line', baseDir: process.cwd(), locate: () => ({ line: 1, column: 1 }) } : undefined;
  const layers = [klass.layer, flagLayer].filter((l): l is LookLayer => Boolean(l));
  const { look, diagnostics } = resolveLook(layers, project.templatesDir);
  if (!look) throw new DeckError(diagnostics);
  return look;
}

function buildManifest(jobs: DeckJob[], classes: ClassConfig[], exported: ExportResult[]): Manifest {
  const entries: ManifestClass[] = classes.map((klass) => ({
    id: klass.id,
    name: klass.settings.name,
    index: `${klass.id}/index.html`,
    decks: jobs
      .filter((j) => j.klass === klass)
      .map((j): ManifestDeck => {
        const result = exported.find((r) => r.job === j);
        const source = j.deck.meta.source ? Object.fromEntries(Object.entries(j.deck.meta.source).filter(([, v]) => v !== undefined)) as Record<string, string> : null;
        const entry: ManifestDeck = { slug: j.deck.slug, title: j.deck.meta.title, source, slides: j.slides, date: j.date, html: `${j.dir}/index.html` };
        if (result?.pdf) entry.pdf = result.pdf;
        if (result?.handout) entry.handout = result.handout;
        if (result?.pages) entry.pages = result.pages;
        return entry;
      }),
  }));
  return { generatedAt: new Date().toISOString(), generator: 'lectern', classes: entries };
}

function writeIndexPages(output: Output, project: Project, classes: ClassConfig[], jobs: DeckJob[], manifest: Manifest): void {
  const pages: { info: ClassInfo; entry: ManifestClass }[] = [];
  for (const klass of classes) {
    const entry = manifest.classes.find((c) => c.id === klass.id);
    if (!entry) continue;
    const look = jobs.find((j) => j.klass === klass)?.look ?? classLook(project, klass, { root: project.root, outDir: '', formats: new Set(), logger: { info() {}, warn() {}, error() {} } });
    const families = { heading: loadFont(look.fonts.heading).family, body: loadFont(look.fonts.body).family };
    const templates = loadTemplates(project.templatesDir, look.theme);
    const info = classInfo(klass);
    let logoUrl: string | undefined;
    if (klass.layer && look.logo) {
      logoUrl = `_logo${path.extname(look.logo)}`;
      output.copy(`${klass.id}/${logoUrl}`, look.logo);
    }
    output.write(`${klass.id}/index.html`, renderClassIndex(info, entry, look, families, templates, logoUrl));
    pages.push({ info, entry });
  }
  // The top index lists every class in the manifest, so a partial build keeps the others listed.
  for (const entry of manifest.classes) {
    if (!pages.some((p) => p.info.id === entry.id)) pages.push({ info: { id: entry.id, name: entry.name, code: null, term: null, instructor: null, institution: null, audience: [], vars: {} }, entry });
  }
  const first = classes[0];
  const look = first ? jobs.find((j) => j.klass === first)?.look : undefined;
  if (look) {
    const families = { heading: loadFont(look.fonts.heading).family, body: loadFont(look.fonts.body).family };
    output.write('index.html', renderTopIndex(pages, look, families, loadTemplates(project.templatesDir, look.theme)));
  }
}

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
