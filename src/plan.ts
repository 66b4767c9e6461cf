// Reads decks and classes and renders every (class, deck) pair: the jobs that writing and export share.
import path from 'node:path';
import { didYouMean, fileError, fileWarning, hasErrors, UsageError, type Diagnostic } from './diagnostics.js';
import { deckSlugForPath, openProject, type Project } from './config/project.js';
import { foldersWithoutDeck } from './config/deck-folders.js';
import { loadClasses, UNLISTED_CLASS, type ClassConfig } from './config/classes.js';
import { resolveLook, type Look, type LookLayer } from './config/look.js';
import type { LookSettings } from './config/schema.js';
import type { ParsedDeck } from './outline/parse-deck.js';
import { withScriptFonts } from './write/script-fonts.js';
import { buildDeck, countSlides, type Deck } from './model/deck.js';
import type { ClassInfo } from './render/deck.js';
import { loadTemplates } from './render/templates.js';
import { RenderMemo, memoized, renderAndCheck } from './cache/render-memo.js';
import { renderReading } from './render/reading.js';
import type { Templates } from './render/templates.js';
import { loadFont } from './write/fonts.js';
import { estimateDeck, type DeckTiming } from './model/timing.js';
import { lectureLengthCheck } from './check/lecture-length.js';
import { applyRuleSettings } from './check/rules.js';
import { rewriteUrl } from './paths/asset-target.js';
import { InputTooLarge, type InputLimits } from './outline/input-limits.js';
import { readDecks } from './outline/read-decks.js';
import { checkImages, handoutOnlyImages, linksOutside, localFiles } from './check/deck-files.js';

/** One deck rendered for one class: what the writer, the exporter and the checker need. */
export interface DeckJob {
  klass: ClassConfig;
  info: ClassInfo;
  deck: Deck;
  look: Look;
  html: string;
  /** false under --no-html (or html: false): handouts escape raw HTML in notes and handout text too. */
  rawHtml: boolean;
  /** The students' reading page (read.html beside index.html). */
  reading: string;
  /** Output folder relative to dist/: `<class>/<deck>`. */
  dir: string;
  /** The project folder: files from outside the deck's folder are copied under `_project/` relative to it. */
  projectRoot: string;
  images: string[];
  date: string | null;
  slides: number;
  /** Planned speaking time, per slide and in all. */
  timing: DeckTiming;
}

export interface PlanOptions {
  root: string;
  decks?: string[];
  classes?: string[];
  /** Look settings from flags, the top layer. */
  look?: LookSettings;
  /** Build decks that no class lists too, in a "Not in a class" group with the default look (lectern serve). */
  includeUnlisted?: boolean;
  /** Reuse rendered decks from this cache folder (lectern build); without it every deck is rendered. */
  renderCache?: string;
  /** false (--no-html): escape raw HTML in every deck. A class file's html: false does the same for its decks. */
  html?: boolean;
  /** false: skip the layout-free slide checks (alt text, links, contrast, length) but not the network rule: serve
   * shows a save from memory at once, and the build that follows runs them all. */
  checks?: boolean;
  /** How big a deck may be (--max-deck-size, --max-slides); DEFAULT_LIMITS otherwise. */
  limits?: InputLimits;
}

export interface Plan {
  project: Project;
  classes: ClassConfig[];
  jobs: DeckJob[];
  diagnostics: Diagnostic[];
}

/** Every job planned at once (check, serve, merge). */
export function planBuild(options: PlanOptions): Plan {
  const { steps, finish, ...plan } = planSteps(options);
  const jobs = steps
    .map((step) => {
      const job = step.plan();
      step.complete();
      return job;
    })
    .filter((job): job is DeckJob => Boolean(job));
  finish();
  return { ...plan, jobs };
}

/** One (class, deck) job, not rendered yet: the build renders them one at a time, printing the first while it renders the next. */
export interface PlanStep {
  /** `<class>/<deck>`, as in DeckJob.dir. */
  dir: string;
  /** The deck's source file. */
  file: string;
  /** Renders the job's page (or takes it from the render memo); undefined when the deck has errors (in `diagnostics`). */
  plan(): DeckJob | undefined;
  /** After plan(): runs the deck's checks and renders its reading page (job.reading), adding to `diagnostics`.
   * The build prints a changed deck before this, so the checks run while Chromium lays the deck out. */
  complete(): void;
  /** What rendering found. */
  diagnostics: Diagnostic[];
}

export interface PlanSteps extends Omit<Plan, 'jobs'> {
  steps: PlanStep[];
  /** Call once every step has run, in any order: adds the steps' findings to `diagnostics` in job order (a deck's
   * problem found for two classes once), and trims the render memo. */
  finish(): void;
}

/** Reads decks and classes (their errors are in `diagnostics` at once) and returns a step per job to render. */
export function planSteps(options: PlanOptions): PlanSteps {
  const project = openProject(options.root);
  const diagnostics: Diagnostic[] = [];
  const { parsed, ignored, found } = readDecks(project, diagnostics, options.limits);
  const slugs = [...parsed.keys()];
  const { classes: allClasses, diagnostics: classIssues } = loadClasses(project.classesDir, slugs);
  diagnostics.push(...classIssues);
  const wantedDecks = selectDecks(slugs, options.decks);
  const classes = selectClasses(allClasses, options.classes);
  // A deck's own problems are reported when it is built: `--deck x` is not stopped by another deck's typo.
  for (const [slug, deck] of parsed) if (wantedDecks.has(slug)) diagnostics.push(...deck.diagnostics);
  if (!options.decks?.length) {
    for (const file of ignored) diagnostics.push(fileWarning(file, 'not a Markdown file (.md): ignored; decks are decks/<name>.md or decks/<name>/index.md'));
    diagnostics.push(...foldersWithoutDeck(project.decksDir, found));
  }

  // A deck no class lists would silently never be built: say so, and build it anyway where asked to.
  const listed = new Set(allClasses.flatMap((c) => c.decks));
  const unlisted = slugs.filter((slug) => !listed.has(slug) && wantedDecks.has(slug));
  const classFiles = allClasses.filter((c) => c.file).map((c) => path.relative(project.root, c.file!));
  for (const slug of unlisted) {
    const hint = `add "${slug}" under decks: in ${classFiles.slice(0, 3).join(' or ') || 'a class file'}`;
    diagnostics.push(fileWarning(parsed.get(slug)!.file, `is in no class, so no class shows it: ${hint}, or preview it with "lectern serve --deck ${slug}"`, 'unlisted-deck'));
  }
  const named = new Set(options.decks?.length ? wantedDecks : []);
  const extra = unlisted.filter((slug) => options.includeUnlisted || named.has(slug));
  if (extra.length && !options.classes?.length) classes.push({ ...UNLISTED_CLASS, decks: extra });

  // Decks with errors are skipped while planning, so one run reports every deck's problems.
  const memo = options.renderCache ? new RenderMemo(options.renderCache, project.templatesDir) : undefined;
  const steps = jobSteps(project, parsed, classes, wantedDecks, options, diagnostics, memo);
  const finish = () => {
    for (const step of steps) diagnostics.push(...dedupe(diagnostics, step.diagnostics));
    memo?.trim();
  };
  return { project, classes, diagnostics, steps, finish };
}

export function flagLayer(look: LookSettings | undefined): LookLayer | undefined {
  return look ? { settings: look, file: 'command line', baseDir: process.cwd(), locate: () => ({ line: 1, column: 1 }) } : undefined;
}

function selectClasses(all: ClassConfig[], wanted: string[] | undefined): ClassConfig[] {
  if (!wanted?.length) return [...all];
  const ids = all.map((c) => c.id);
  for (const id of wanted) if (!ids.includes(id)) throw new UsageError(`unknown class "${id}"${didYouMean(id, ids)}`);
  return all.filter((c) => wanted.includes(c.id));
}

/**
 * Deck names from the command line: `intro`, `decks/intro.md` and `decks/intro/index.md` all name one deck,
 * and `decks/lectures/week-3/slides.md` names "lectures-week-3-slides".
 */
export function deckSlug(name: string): string {
  const rel = name.replace(/^(\.\/)?decks\//, '');
  return /\.(md|markdown)$/i.test(rel) ? deckSlugForPath(rel) : rel.replace(/\//g, '-');
}

function selectDecks(slugs: string[], wanted: string[] | undefined): Set<string> {
  if (!wanted?.length) return new Set(slugs);
  for (const w of wanted) {
    if (/\.\w+$/.test(w) && !/\.(md|markdown)$/i.test(w)) throw new UsageError(`"${w}" is not a Markdown deck: name a deck such as "intro" or decks/intro.md`);
    if (!slugs.includes(deckSlug(w))) throw new UsageError(`unknown deck "${w}"${didYouMean(deckSlug(w), slugs)}`);
  }
  return new Set(wanted.map(deckSlug));
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

function jobSteps(project: Project, parsed: Map<string, ParsedDeck>, classes: ClassConfig[], wanted: Set<string>, options: PlanOptions, diagnostics: Diagnostic[], memo: RenderMemo | undefined): PlanStep[] {
  const steps: PlanStep[] = [];
  const flags = flagLayer(options.look);
  for (const klass of classes) {
    const info = classInfo(klass);
    for (const slug of klass.decks) {
      const source = parsed.get(slug);
      if (!source || !wanted.has(slug) || hasErrors(source.diagnostics)) continue;
      const found: Diagnostic[] = [];
      let planned: ReturnType<typeof planJob>;
      steps.push({
        dir: `${klass.id}/${slug}`,
        file: source.file,
        diagnostics: found,
        plan: () => (planned = planJob(project, klass, info, slug, source, flags, options, found, memo))?.job,
        complete: () => planned?.complete(),
      });
    }
  }
  return steps;
}

function planJob(project: Project, klass: ClassConfig, info: ClassInfo, slug: string, source: ParsedDeck, flags: LookLayer | undefined, options: PlanOptions, diagnostics: Diagnostic[], memo: RenderMemo | undefined): { job: DeckJob; complete(): void } | undefined {
  const frontLayer: LookLayer = { settings: source.frontMatter, file: source.file, baseDir: source.dir, locate: source.locate };
  const layers = [frontLayer, klass.layer, flags].filter((l): l is LookLayer => Boolean(l));
  const resolved = resolveLook(layers, project.templatesDir, project.root);
  const lookIssues = resolved.diagnostics;
  let look = resolved.look;
  diagnostics.push(...dedupe(diagnostics, lookIssues));
  if (!look) return undefined;
  const date = klass.settings.dates?.[slug] ?? source.frontMatter.date ?? null;
  const variables = {
    class: { id: info.id, name: info.name, code: info.code ?? undefined, term: info.term ?? undefined, instructor: info.instructor ?? undefined, institution: info.institution ?? undefined },
    deck: { slug, title: source.frontMatter.title, subtitle: source.frontMatter.subtitle, author: source.frontMatter.author, date: date ?? undefined },
    vars: info.vars,
  };
  const maxListLines = look.theme.maxListLines;
  const context = { audience: info.audience, variables, maxListLines };
  // Keyed by the parsed deck (its locate() function drops out) and the class's context: all buildDeck reads.
  const model = renderBounded(source.file, diagnostics, () => memoized(memo, { model: source, context }, () => buildDeck(source, context)));
  if (!model) return undefined;
  // A reveal.js or Marp deck builds as its own tool builds it: what that tool accepts (an image without alt
  // text, a missing image, a link to a file that is not there) is a warning to fix, not a stop. Deck and class settings still win.
  const dialectLayer = source.dialect === 'outline' ? undefined : ({ 'image-alt': 'warning', 'broken-link': 'warning', 'missing-image': 'warning' } as const);
  const ruleLayers = [dialectLayer, source.frontMatter.check, klass.settings.check];
  const ruled = (found: Diagnostic[]) => dedupe(diagnostics, applyRuleSettings(found, ruleLayers));
  diagnostics.push(...dedupe(diagnostics, model.diagnostics));
  // Text in scripts the theme's fonts lack gets a bundled Noto family, for this deck only.
  const scripts = withScriptFonts(look, model.deck);
  look = scripts.look;
  diagnostics.push(...ruled(scripts.diagnostics));
  // Read only when the deck is rendered (an unchanged deck comes from the render memo).
  let loaded: Templates | undefined;
  const templates = () => (loaded ??= loadTemplates(project.templatesDir, look!.theme));
  const logoUrl = look.logo ? `_logo${path.extname(look.logo)}` : undefined;
  const timing = estimateDeck(model.deck, klass.settings.speakingRate);
  const html = options.html !== false && klass.settings.html !== false;
  const logoAltUrl = look.logoAlt ? `_logo-alt${path.extname(look.logoAlt)}` : undefined;
  const families = { heading: loadFont(look.fonts.heading).family, body: loadFont(look.fonts.body).family };
  const reading = (t: Templates) => renderReading(model.deck, look!, info, families, t, { assets: '../../assets', date: date ?? undefined, minutes: Math.round(timing.seconds / 60), html, rewrite: (url) => rewriteUrl(project.root, model.deck.dir, url) });
  const result = renderBounded(source.file, diagnostics, () => renderAndCheck(memo, model.deck, look!, info, { assets: '../../assets', logoUrl, logoAltUrl, date: date ?? undefined, timing, projectRoot: project.root, html }, templates, reading, options.checks !== false));
  if (!result) return undefined;
  const { rendered } = result;
  diagnostics.push(...ruled(rendered.diagnostics));
  // Images in Handout: text show only in the reading page and the handout, not on the slides: found there.
  const handout = renderBounded(source.file, diagnostics, () => handoutOnlyImages(model.deck, rendered.images, html));
  if (!handout) return undefined;
  diagnostics.push(...dedupe(diagnostics, handout.diagnostics));
  const handoutImages = handout.images;
  diagnostics.push(...ruled(checkImages(model.deck, [...rendered.images, ...handoutImages], project.root)));
  // The checks' findings go here once they have run (complete()), in the order they always had.
  const checksAt = diagnostics.length;
  diagnostics.push(...ruled(linksOutside(model.deck, rendered.links, project.root)));
  if (options.checks !== false) diagnostics.push(...ruled(lectureLengthCheck(model.deck, timing, klass)));
  const job: DeckJob = { klass, info, deck: model.deck, look, html: rendered.html, rawHtml: html, reading: '', dir: `${klass.id}/${slug}`, projectRoot: project.root, images: [...rendered.images, ...handoutImages, ...localFiles(model.deck, rendered.links, project.root)], date, slides: countSlides(model.deck), timing };
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    const rest = renderBounded(source.file, diagnostics, () => result.rest());
    if (!rest) return;
    diagnostics.splice(checksAt, 0, ...ruled(rest.found));
    job.reading = rest.reading;
  };
  return { job, complete };
}

/** Markdown nested thousands deep (`>>>>…`) overflows the Markdown lexer's stack: that is the deck's error, not a crash. */
function renderBounded<T>(file: string, diagnostics: Diagnostic[], render: () => T): T | undefined {
  try {
    return render();
  } catch (e) {
    if (e instanceof InputTooLarge) {
      // marked adds a line asking to report the error to it: the first line is ours.
      diagnostics.push(...dedupe(diagnostics, [fileError(file, e.message.split('\n')[0]!)]));
      return undefined;
    }
    if (!(e instanceof RangeError)) throw e;
    diagnostics.push(...dedupe(diagnostics, [fileError(file, `nested too deeply to render (${e.message}): flatten the quotes or lists`)]));
    return undefined;
  }
}

/** The same deck problem shows up once per class: report it once. */
function dedupe(existing: readonly Diagnostic[], fresh: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.message}`;
  const seen = new Set(existing.map(key));
  return fresh.filter((d) => !seen.has(key(d)) && (seen.add(key(d)), true));
}
