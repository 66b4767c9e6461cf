// The staged dist/: shared assets, deck pages and images, index pages and the manifest.
import { DeckError } from '../diagnostics.js';
import type { Project } from '../config/project.js';
import type { ClassConfig } from '../config/classes.js';
import { resolveLook, type Look, type LookLayer } from '../config/look.js';
import type { DeckJob } from '../render/render-job.js';
import { classInfo } from '../config/classes.js';
import type { ClassInfo } from '../render/deck.js';
import { renderClassIndex, renderTopIndex } from './index-pages.js';
import { loadTemplates } from '../render/templates.js';
import { planAssets, type AssetPlan } from './assets.js';
import { buildSourceDate } from './source-date.js';
import { resolveInside } from '../paths/inside.js';
import { assetTarget } from '../paths/asset-target.js';
import { loadFont } from '../config/fonts.js';
import type { Manifest, ManifestClass, ManifestDeck } from './manifest.js';
import type { Output } from './output.js';
import type { SingleFile } from './single-file.js';
import { logoName } from '../paths/logo-name.js';
import type { Shelf } from '../context.js';

/** Writes assets, deck pages and their images; returns the number of files and the shared assets. */
export function writeStaging(output: Output, project: Project, jobs: DeckJob[], classes: ClassConfig[], look?: LookLayer): { files: number; assets: AssetPlan } {
  const stager = new Stager(output, project);
  for (const job of jobs) {
    stager.addJob(job);
    stager.addReading(job);
  }
  stager.addLooks(classes.map((c) => classLook(project, c, look)));
  return { files: stager.files, assets: stager.assets };
}

/**
 * The staging folder filled job by job, as the build plans them: each shared asset is written the first time a
 * look needs it, and a job's own pages, images and logos with it.
 */
export class Stager {
  files = 0;
  /** Every shared asset written so far. */
  readonly assets: AssetPlan = { copies: new Map(), generated: new Map() };
  private readonly byLook = new Map<string, AssetPlan>();

  constructor(
    private readonly output: Output,
    private readonly project: Project,
  ) {}

  /**
   * Writes what these looks need and has not been written; returns the assets they need (all of them).
   * `background`: copy on libuv's threads (Output.settled() waits for them).
   */
  addLooks(looks: readonly Look[], background = false): AssetPlan {
    const key = JSON.stringify(looks.map((l) => [l.theme.dir, l.theme.highlight, l.fonts, l.theme.extraFonts, l.revealTheme]));
    let plan = this.byLook.get(key);
    if (!plan) this.byLook.set(key, (plan = planAssets(looks, this.project.templatesDir)));
    for (const [to, from] of plan.copies) {
      if (this.assets.copies.has(to)) continue;
      this.assets.copies.set(to, from);
      if (background) this.output.copyInBackground(`assets/${to}`, from);
      else this.output.copy(`assets/${to}`, from);
      this.files++;
    }
    for (const [to, text] of plan.generated) {
      if (this.assets.generated.has(to)) continue;
      this.assets.generated.set(to, text);
      this.output.write(`assets/${to}`, text);
      this.files++;
    }
    return plan;
  }

  /** The students' reading page, once the job is complete (PlanStep.complete). */
  addReading(job: DeckJob): void {
    this.output.write(`${job.dir}/read.html`, job.reading);
  }

  /** The job's page, images and logos, and the assets its look needs (returned: its print depends on them). */
  addJob(job: DeckJob): AssetPlan {
    const { output, project } = this;
    const assets = this.addLooks([job.look]);
    output.write(`${job.dir}/index.html`, job.html);
    // A missing image is already a diagnostic; lectern check still lays the deck out without it.
    for (const img of new Set(job.images)) {
      const found = resolveInside(project.root, job.deck.dir, img);
      // The page links files from outside the deck's folder under _project/ (render/deck.ts): the same target here.
      if (found.ok) output.copy(`${job.dir}/${assetTarget(project.root, job.deck.dir, img)}`, found.file);
    }
    if (job.look.logo) output.copy(`${job.dir}/${logoName(job.look.logo)}`, job.look.logo);
    if (job.look.logoAlt) output.copy(`${job.dir}/${logoName(job.look.logoAlt, 'alt')}`, job.look.logoAlt);
    this.files += 2 + job.images.length + (job.look.logo ? 1 : 0) + (job.look.logoAlt ? 1 : 0);
    return assets;
  }
}

/** A class's own look (its class file over the defaults, the command line over both), for its index page and assets. */
export function classLook(project: Project, klass: ClassConfig, flags: LookLayer | undefined, shelf?: Shelf): Look {
  const layers = [klass.layer, flags].filter((l): l is LookLayer => Boolean(l));
  const { look, diagnostics } = resolveLook(layers, project.templatesDir, project.root, shelf);
  if (!look) throw new DeckError(diagnostics);
  return look;
}

/** What a print made of a deck: its files, relative to dist/, and their page counts. */
export interface PrintedDeck {
  job: DeckJob;
  pdf?: string;
  handout?: string;
  pptx?: string;
  png?: { dir: string; count: number };
  pages?: { pdf?: number; handout?: number };
}

/** `epoch`: SOURCE_DATE_EPOCH, the manifest's date when set. */
export function buildManifest(jobs: DeckJob[], classes: ClassConfig[], exported: readonly PrintedDeck[], singles: readonly SingleFile[], epoch: Date | undefined): Manifest {
  const entries: ManifestClass[] = classes.map((klass) => ({
    id: klass.id,
    name: klass.settings.name,
    index: `${klass.id}/index.html`,
    decks: jobs
      .filter((j) => j.klass === klass)
      .map((j): ManifestDeck => {
        const result = exported.find((r) => r.job === j);
        const source = j.deck.meta.source ? Object.fromEntries(Object.entries(j.deck.meta.source).filter(([, v]) => v !== undefined)) as Record<string, string> : null;
        const entry: ManifestDeck = { slug: j.deck.slug, title: j.deck.meta.title, source, slides: j.slides, minutes: Math.round(j.timing.seconds / 60), seconds: j.timing.seconds, date: j.date, html: `${j.dir}/index.html`, read: `${j.dir}/read.html` };
        const single = singles.find((f) => f.job === j);
        if (single) entry.single = { path: single.path, bytes: single.bytes };
        if (result?.pdf) entry.pdf = result.pdf;
        if (result?.handout) entry.handout = result.handout;
        if (result?.pptx) entry.pptx = result.pptx;
        if (result?.png) entry.png = { dir: result.png.dir, count: result.png.count };
        if (result?.pages) entry.pages = result.pages;
        return entry;
      }),
  }));
  return { generatedAt: buildSourceDate(jobs, epoch).toISOString(), generator: 'lectern', classes: entries };
}

export function writeIndexPages(output: Output, project: Project, classes: ClassConfig[], jobs: DeckJob[], manifest: Manifest, lookFlags?: LookLayer, shelf?: Shelf): void {
  const pages: { info: ClassInfo; entry: ManifestClass }[] = [];
  for (const klass of classes) {
    const entry = manifest.classes.find((c) => c.id === klass.id);
    if (!entry) continue;
    const look = jobs.find((j) => j.klass === klass)?.look ?? classLook(project, klass, lookFlags, shelf);
    const families = { heading: loadFont(look.fonts.heading, look.fontDirs).family, body: loadFont(look.fonts.body, look.fontDirs).family };
    const templates = loadTemplates(project.templatesDir, look.theme, shelf);
    const info = classInfo(klass);
    let logoUrl: string | undefined;
    if (klass.layer && look.logo) {
      logoUrl = logoName(look.logo);
      output.copy(`${klass.id}/${logoUrl}`, look.logo);
    }
    output.write(`${klass.id}/index.html`, renderClassIndex(info, entry, look, families, templates, logoUrl, jobs.find((j) => j.klass === klass)?.deck.meta.lang));
    pages.push({ info, entry });
  }
  // The top index lists every class in the manifest, so a partial build keeps the others listed.
  for (const entry of manifest.classes) {
    if (!pages.some((p) => p.info.id === entry.id)) pages.push({ info: { id: entry.id, name: entry.name, code: null, term: null, instructor: null, institution: null, audience: [], vars: {} }, entry });
  }
  const first = classes[0];
  // A partial build may print none of the first class's decks: its look comes from its class file then.
  const look = first ? (jobs.find((j) => j.klass === first)?.look ?? classLook(project, first, lookFlags, shelf)) : undefined;
  if (look) {
    const families = { heading: loadFont(look.fonts.heading, look.fontDirs).family, body: loadFont(look.fonts.body, look.fontDirs).family };
    const langs = new Set(jobs.map((j) => j.deck.meta.lang));
    output.write('index.html', renderTopIndex(pages, look, families, loadTemplates(project.templatesDir, look.theme, shelf), langs.size === 1 ? [...langs][0] : 'en'));
  }
}

