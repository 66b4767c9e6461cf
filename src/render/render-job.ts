// The render stage: one planned (class, deck) job → its look, its deck model and its reveal.js page.
import { error, fileError, type Diagnostic } from '../diagnostics.js';
import { remember, type Memo, type Shelf } from '../context.js';
import type { ClassConfig, ClassInfo } from '../config/classes.js';
import { resolveLook, type Look, type LookLayer } from '../config/look.js';
import { applyRuleSettings } from '../config/rules.js';
import type { Project } from '../config/project.js';
import { fontSearch, loadFont } from '../config/fonts.js';
import { buildDeck, countSlides, type Deck } from '../model/deck.js';
import { estimateDeck, type DeckTiming } from '../model/timing.js';
import type { PlannedJob } from '../plan/plan-jobs.js';
import { logoName } from '../paths/logo-name.js';
import { rewriteUrl } from '../paths/asset-target.js';
import { renderDeckPage, type PageOptions, type RenderedDeck } from './deck.js';
import { renderReading } from './reading.js';
import { withScriptFonts } from './script-fonts.js';
import { loadTemplates } from './templates.js';
import { handoutOnlyImages, localFiles } from './used-files.js';
import { InputTooLarge } from '../outline/input-limits.js';
import { deepestLine } from '../outline/nesting.js';
import type { ParsedDeck } from '../outline/parse-deck.js';

/** One deck rendered for one class: what the stage, the printer and the cache read. */
export interface DeckJob {
  klass: ClassConfig;
  info: ClassInfo;
  deck: Deck;
  look: Look;
  html: string;
  /** false under --no-html (or html: false): handouts escape raw HTML in notes and handout text too. */
  rawHtml: boolean;
  /** The students' reading page (read.html beside index.html): filled by the reading step, after the page. */
  reading: string;
  /** Output folder relative to dist/: `<class>/<deck>`. */
  dir: string;
  /** The project folder: files from outside the deck's folder are copied under `_project/` relative to it. */
  projectRoot: string;
  /** Every local file the page and the reading page use, relative to the deck's folder. */
  images: string[];
  date: string | null;
  slides: number;
  /** Planned speaking time, per slide and in all. */
  timing: DeckTiming;
  /** SOURCE_DATE_EPOCH, when set: the date of every PDF and of the manifest, instead of the sources' times. */
  sourceDateEpoch?: Date;
}

/** The render stage's result: the job, and what the check stage reads of its render. */
export interface RenderedJob {
  job: DeckJob;
  page: PageOptions;
  /** Images the slides and the Handout: text load, links the slides make (to check against the project). */
  images: string[];
  links: string[];
  /** The page's DOM when it was rendered now (not taken from the memo): the checks reuse it. */
  document?: Document;
}

export interface RenderSettings {
  project: Project;
  /** The command line's look settings, the top layer. */
  flags?: LookLayer;
  /** false: raw HTML in decks is escaped (--no-html). */
  html?: boolean;
  memo: Memo;
  /** Themes and compiled templates, read once for the run. */
  shelf: Shelf;
  sourceDateEpoch?: Date;
}

/** Renders one job; `rendered` is undefined when the deck has errors that stop it (they are in `diagnostics`). */
export function renderJob(planned: PlannedJob, settings: RenderSettings): { rendered?: RenderedJob; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered = bounded(planned.source, diagnostics, () => render(planned, settings, diagnostics));
  return { rendered, diagnostics };
}

function render(planned: PlannedJob, settings: RenderSettings, diagnostics: Diagnostic[]): RenderedJob | undefined {
  const { klass, info, slug, source } = planned;
  const { project, memo } = settings;
  const front: LookLayer = { settings: source.frontMatter, file: source.file, baseDir: source.dir, locate: source.locate };
  const resolved = resolveLook([front, klass.layer, settings.flags].filter((l): l is LookLayer => Boolean(l)), project.templatesDir, project.root, settings.shelf);
  diagnostics.push(...resolved.diagnostics);
  if (!resolved.look) return undefined;
  const date = klass.settings.dates?.[slug] ?? source.frontMatter.date ?? null;
  const variables = {
    class: { id: info.id, name: info.name, code: info.code ?? undefined, term: info.term ?? undefined, instructor: info.instructor ?? undefined, institution: info.institution ?? undefined },
    deck: { slug, title: source.frontMatter.title, subtitle: source.frontMatter.subtitle, author: source.frontMatter.author, date: date ?? undefined },
    vars: info.vars,
  };
  const context = { audience: info.audience, variables, maxListLines: resolved.look.theme.maxListLines };
  // Keyed by the parsed deck (its locate() function drops out) and the class's context: all buildDeck reads.
  const model = remember(memo, { model: source, context }, () => buildDeck(source, context));
  diagnostics.push(...model.diagnostics);
  const ruled = (found: Diagnostic[]) => applyRuleSettings(found, ruleLayers(planned));
  // Text in scripts the theme's fonts lack gets a bundled Noto family, for this deck only.
  // A reveal deck's own reveal.js theme, unless the class or the command line chose a theme.
  const chosen = [klass.layer, settings.flags].some((l) => l?.settings.theme !== undefined);
  const own = source.revealTheme && !chosen ? { ...resolved.look, revealTheme: source.revealTheme } : resolved.look;
  const scripts = withScriptFonts(own, model.deck, fontSearch(project.root));
  const look = scripts.look;
  diagnostics.push(...ruled(scripts.diagnostics));
  const timing = estimateDeck(model.deck, klass.settings.speakingRate);
  const html = settings.html !== false && klass.settings.html !== false;
  const page: PageOptions = {
    assets: '../../assets',
    logoUrl: look.logo ? logoName(look.logo) : undefined,
    logoAltUrl: look.logoAlt ? logoName(look.logoAlt, 'alt') : undefined,
    date: date ?? undefined,
    timing,
    projectRoot: project.root,
    html,
  };
  const inputs = { page: { deck: model.deck, look, info, options: page } };
  let document: Document | undefined;
  const deck = model.deck;
  const stored = memo.recall<RenderedDeck>(inputs);
  let renderedDeck = stored;
  if (!renderedDeck) {
    const fresh = renderDeckPage(deck, look, info, loadTemplates(project.templatesDir, look.theme, settings.shelf), page);
    ({ rendered: renderedDeck, document } = fresh);
    memo.store(inputs, renderedDeck);
  }
  diagnostics.push(...ruled(renderedDeck.diagnostics));
  // Images in Handout: text show only in the reading page and the handout, not on the slides: found there.
  const handout = handoutOnlyImages(deck, renderedDeck.images, html);
  diagnostics.push(...handout.diagnostics);
  const images = [...renderedDeck.images, ...handout.images];
  const job: DeckJob = {
    klass,
    info,
    deck,
    look,
    html: renderedDeck.html,
    rawHtml: html,
    reading: '',
    dir: planned.dir,
    projectRoot: project.root,
    images: [...images, ...localFiles(deck, renderedDeck.links, project.root)],
    date,
    slides: countSlides(deck),
    timing,
    sourceDateEpoch: settings.sourceDateEpoch,
  };
  return { job, page, images, links: renderedDeck.links, document };
}

/** The students' reading page of a rendered job (read.html). */
export function renderReadingPage(rendered: RenderedJob, settings: RenderSettings): string {
  const { job, page } = rendered;
  const { project, memo } = settings;
  return remember(memo, { reading: { deck: job.deck, look: job.look, info: job.info, options: page } }, () => {
    const families = { heading: loadFont(job.look.fonts.heading, job.look.fontDirs).family, body: loadFont(job.look.fonts.body, job.look.fontDirs).family };
    const minutes = Math.round(job.timing.seconds / 60);
    const rewrite = (url: string) => rewriteUrl(project.root, job.deck.dir, url);
    return renderReading(job.deck, job.look, job.info, families, loadTemplates(project.templatesDir, job.look.theme, settings.shelf), { assets: page.assets, date: page.date, minutes, html: page.html !== false, rewrite });
  });
}

/**
 * A deck's rule settings, lowest first: a reveal.js or Marp deck builds as its own tool builds it, so what that
 * tool accepts (an image without alt text, a missing image or linked file) is a warning to fix, not a stop; the
 * deck's and the class's settings still win.
 */
export function ruleLayers(planned: PlannedJob) {
  const dialect = planned.source.dialect === 'outline' ? undefined : ({ 'image-alt': 'warning', 'broken-link': 'warning', 'missing-image': 'warning' } as const);
  return [dialect, planned.source.frontMatter.check, planned.klass.settings.check];
}

/** Markdown nested thousands deep (`>>>>…`) overflows the Markdown lexer's stack: that is the deck's error, not a crash. */
export function bounded<T>(source: Pick<ParsedDeck, 'file' | 'slides'>, diagnostics: Diagnostic[], run: () => T): T | undefined {
  const file = source.file;
  try {
    return run();
  } catch (e) {
    if (e instanceof InputTooLarge) {
      // marked adds a line asking to report the error to it: the first line is ours.
      diagnostics.push(fileError(file, e.message.split('\n')[0]!));
      return undefined;
    }
    if (!(e instanceof RangeError)) throw e;
    const deepest = deepestLine(source.slides);
    const what = deepest && deepest.depth > 1 ? `${deepest.what} nested ${deepest.depth.toLocaleString('en')} deep` : 'quotes, lists or HTML elements nested';
    diagnostics.push(deepest ? error(file, deepest.line, 1, `${what}, too deep to render: flatten them (a slide reads well at three levels)`) : fileError(file, `${what} too deep to render: flatten them`));
    return undefined;
  }
}
