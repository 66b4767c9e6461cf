// Slide PDFs and handouts for every deck job: one browser, pages in parallel up to a bound, each deck on its own.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DeckJob } from '../render/render-job.js';
import type { Logger } from '../log.js';
import { allSlides } from '../model/deck.js';
import { renderHandout, type HandoutLayout, type Paper } from '../render/handout.js';
import { loadTemplates } from '../render/templates.js';
import { deckTypesetter } from '../render/typography.js';
import { stringsFor } from '../i18n.js';
import { printsInPaperColours } from '../config/paper-colours.js';
import type { Output } from '../write/output.js';
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from './browser.js';
import { BrowserNotFound } from './find-browser.js';
import { onPages } from './page-workers.js';
import { fillHandout, printSheets, type HandoutSlides, type PrintedSheets } from './handout.js';
import { paperCopyChangesOnlySections } from './paper-styles.js';
import { printSlides, reprintForHandout, type SlidePdf } from './slides-pdf.js';
import { CHUNK_ABOVE, printSlidesChunked } from './chunks.js';
import { DeckError, fileError, type Diagnostic } from '../diagnostics.js';
import { refusingReads } from './blocked-reads.js';
import type { PageRequests } from './request-filter.js';
import { jobSourceDate } from '../write/source-date.js';
import { timed } from '../profile.js';
import { rewriteUrl } from '../paths/asset-target.js';
import { AsyncQueue } from '../parallel.js';
import type { Shelf } from '../context.js';
import { PageTrouble } from './page-deadline.js';
import { writeSlidePngs, type SlidePngs } from './slide-pngs.js';

export type PrintFormat = 'pdf' | 'handout' | 'pptx' | 'png';

export interface ExportOptions {
  formats: ReadonlySet<PrintFormat>;
  /** Slide PNGs at this many device pixels per CSS pixel (`--scale`, default 1). */
  scale?: number;
  concurrency?: number;
  pdfFragments?: boolean;
  pdfNotes?: boolean;
  /** Decks with more slides are printed in chunks in parallel pages (default CHUNK_ABOVE). */
  chunkAbove?: number;
  /** Per deck, for slide PDF and handout together. */
  timeoutMs?: number;
  templatesDir?: string;
  /** Themes and compiled templates of the run: the handout pages use the deck's. */
  shelf?: Shelf;
  /** Ctrl-C: stop taking decks; the build discards its staging folder. */
  signal?: AbortSignal;
}

export interface ExportResult {
  job: DeckJob;
  pdf?: string;
  handout?: string;
  /** The editable PowerPoint file (`--format pptx`). */
  pptx?: string;
  /** The slide PNGs (`--format png`). */
  png?: SlidePngs;
  pages?: { pdf?: number; handout?: number };
  /** Ids of the slides that ran off the printed page. */
  overflow?: string[];
  files: number;
  ms: number;
  error?: string;
  /** The error as the deck's own lines (a file its page reached for outside the project), when it has them. */
  diagnostics?: Diagnostic[];
  /** What an export could not carry (pptx-dropped), reported with the build's warnings. */
  warnings?: Diagnostic[];
}

/**
 * One deck's printing, split in two tasks that pages take from one queue: the slides (with their paper-colour
 * reprint) and the handout sheets, which do not depend on each other. A single edited deck so prints on two
 * pages at once; `finish` (pdf-lib, writing files) runs in Node when both are done.
 */
interface DeckPrint {
  job: DeckJob;
  result: ExportResult;
  started: number;
  timeoutMs: number;
  /** Subject, date and document id of its PDFs (the date reads the sources' times: once per deck). */
  about: { subject: string; date: Date; identity: string };
  slides?: SlidePdf;
  /** The slide PDF with bookmarks and metadata, begun (in Node) as soon as Chromium has printed it. */
  finished?: Promise<Uint8Array>;
  /** The slides as the handout shows them. */
  paper?: HandoutSlides;
  sheets?: PrintedSheets;
  /** Tasks not yet done; the deck is finished when this reaches 0. */
  waiting: number;
  failed: boolean;
}

type Task = { deck: DeckPrint; kind: 'slides' | 'sheets' | 'pptx' | 'png' };

/**
 * Prints every job the queue brings (the build pushes each deck as soon as it is planned and staged, so pages
 * print the first decks while Node plans the rest). The caller owns the session (it may have started the launch
 * early) and closes it. Results come in the order the jobs arrived.
 */
export async function exportDecks(jobs: AsyncQueue<DeckJob>, output: Output, options: ExportOptions, session: BrowserSession, logger: Logger): Promise<ExportResult[]> {
  const progress = progressReporter(() => decks.length, logger);
  // A deck's tasks, which pages take in any order: its slides (for the PDF and the handout's copy), its handout
  // sheets, its PowerPoint file, its slide images.
  const kinds: Task['kind'][] = [
    ...(options.formats.has('pdf') || options.formats.has('handout') ? (['slides'] as const) : []),
    ...(options.formats.has('handout') ? (['sheets'] as const) : []),
    ...(options.formats.has('pptx') ? (['pptx'] as const) : []),
    ...(options.formats.has('png') ? (['png'] as const) : []),
  ];
  const decks: DeckPrint[] = [];
  const tasks = new AsyncQueue<Task>();
  void (async () => {
    for (let job = await jobs.next(); job; job = await jobs.next()) {
      // A class file's `formats: [pptx, png]` adds those to its decks.
      const own = [...kinds, ...(job.klass.settings.formats ?? []).filter((f) => !kinds.includes(f))];
      const deck: DeckPrint = { job, result: { job, files: 0, ms: 0, pages: {} }, about: identityOf(job), started: 0, timeoutMs: options.timeoutMs ?? 120_000 + 500 * job.slides, waiting: own.length, failed: false };
      decks.push(deck);
      for (const kind of own) tasks.push({ deck, kind });
    }
    tasks.close();
  })();
  const finishing: Promise<void>[] = [];
  const fail = (deck: DeckPrint, e: unknown) => {
    if (deck.failed) return;
    deck.failed = true;
    deck.result.error = e instanceof PageTrouble ? e.message : `PDF export of ${deck.job.dir} failed: ${(e as Error).message.split('\n')[0]}`;
    if (e instanceof DeckError) deck.result.diagnostics = e.diagnostics;
    deck.result.ms = performance.now() - deck.started;
    progress.report(deck.result);
  };
  const stopped = () => Boolean(options.signal?.aborted);
  const print = async ({ deck, kind }: Task, page: Page, requests: PageRequests): Promise<boolean> => {
    if (deck.failed) return true;
    deck.started ||= performance.now();
    try {
      await refusingReads(deck.job.deck, requests, () => bounded(deck.timeoutMs, () => printTask(kind, deck, output, options, page, session)));
    } catch (e) {
      if (e instanceof BrowserNotFound) throw e;
      fail(deck, e);
      return false;
    }
    if (--deck.waiting === 0) finishing.push(finishDeck(deck, output, options).then(() => progress.report(deck.result), (e) => fail(deck, e)));
    return true;
  };
  try {
    // A deck's slides and sheets share a page unless it was opened ahead (see onPages).
    await onPages(session, tasks, options.concurrency ?? 2, stopped, print, { eager: Math.max(1, session.warmed()), group: (task) => task.deck });
  } catch (e) {
    if (e instanceof BrowserNotFound) throw new DeckError([fileError('lectern', e.message)]);
    throw e;
  }
  await Promise.all(finishing);
  progress.end();
  return decks.map((d) => d.result);
}

function printTask(kind: Task['kind'], deck: DeckPrint, output: Output, options: ExportOptions, page: Page, session: BrowserSession): Promise<void> {
  if (kind === 'slides') return printDeckSlides(deck, output, options, page, session);
  if (kind === 'sheets') return printDeckSheets(deck, output, options, page);
  return kind === 'pptx' ? writeDeckPptx(deck, output, page) : writeDeckPngs(deck, output, options, page);
}

async function writeDeckPptx(deck: DeckPrint, output: Output, page: Page): Promise<void> {
  const { exportPptx } = await import('./pptx-export.js');
  const { file, warnings } = await exportPptx(page, deck.job, output);
  deck.result.pptx = file;
  deck.result.warnings = warnings;
  deck.result.files++;
}

async function writeDeckPngs(deck: DeckPrint, output: Output, options: ExportOptions, page: Page): Promise<void> {
  deck.result.png = await writeSlidePngs(page, deck.job, output, options.scale ?? 1);
  deck.result.files += deck.result.png.count;
}

async function bounded<T>(limitMs: number, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(limitMs / 1000)} s`)), limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

let finisher: Promise<unknown> | undefined;

/** The slide PDF (a large deck in chunks, on pages of their own) and, for handouts, the slides in paper colours. */
async function printDeckSlides(deck: DeckPrint, output: Output, options: ExportOptions, page: Page, session: BrowserSession): Promise<void> {
  const { job } = deck;
  // The PDF finisher is needed once this deck is printed: load it while Chromium lays the deck out.
  finisher ??= import('./pdf-finish.js').catch(() => undefined);
  page.setDefaultTimeout(deck.timeoutMs);
  page.setDefaultNavigationTimeout(deck.timeoutMs);
  const htmlFile = output.path(`${job.dir}/index.html`);
  const slideOptions = { fragments: Boolean(options.pdfFragments), notes: Boolean(options.pdfNotes), ...deck.about };
  // Dark slides would drown a printed page in ink: such themes give paper colours for handouts.
  const handoutColours = options.formats.has('handout') ? printsInPaperColours(job.look.theme) : undefined;
  if (job.slides > (options.chunkAbove ?? CHUNK_ABOVE)) {
    const chunked = await printSlidesChunked(session, htmlFile, job.deck, job.slides, slideOptions, options.concurrency ?? 2, handoutColours, deck.timeoutMs);
    deck.slides = chunked.slides;
    deck.paper = chunked.paper && { parts: chunked.paper };
    return;
  }
  const slides = (deck.slides = await printSlides(page, htmlFile, job.deck, slideOptions));
  // Without paper colours the handout copy differs from the slides only on section dividers, unless a theme's
  // or the deck's own styles say otherwise: only those pages are printed again (none for a deck without any).
  const only = handoutColours === false && paperCopyChangesOnlySections(job.html, path.dirname(htmlFile), output.path('')) ? slides.sectionPages : undefined;
  const paperCopy = async (whilePrinting?: () => void): Promise<HandoutSlides | undefined> => {
    if (handoutColours === undefined) return undefined;
    if (!only) return { parts: [await reprintForHandout(page, handoutColours, whilePrinting)] };
    if (only.length) return { parts: slides.parts, reprinted: { bytes: await reprintForHandout(page, false, whilePrinting, only), pages: only } };
    whilePrinting?.();
    return { parts: slides.parts };
  };
  // Chromium prints the paper-colour copy while Node runs pdf-lib's pass over the slides (started once the
  // print command is on its way: pdf-lib holds the thread for a while).
  if (!options.formats.has('pdf')) {
    deck.paper = await paperCopy();
    return;
  }
  let started!: () => void;
  const printing = new Promise<void>((resolve) => (started = resolve));
  deck.finished = printing.then(() => slides.finish());
  deck.finished.catch(() => {});
  deck.paper = await paperCopy(started);
  started();
}

/** The handout sheets with empty frames for the slides. */
async function printDeckSheets(deck: DeckPrint, output: Output, options: ExportOptions, page: Page): Promise<void> {
  const { job } = deck;
  page.setDefaultTimeout(deck.timeoutMs);
  page.setDefaultNavigationTimeout(deck.timeoutMs);
  const handoutFile = output.path(`${job.dir}/_handout.html`);
  output.write(`${job.dir}/_handout.html`, handoutHtml(job, options.templatesDir, options.shelf));
  try {
    deck.sheets = await timed('handout: lay out, page.pdf', () => printSheets(page, handoutFile));
  } finally {
    fs.rmSync(handoutFile, { force: true });
  }
}

/** pdf-lib work and writing, in Node, once the deck's pages are printed: bookmarks and metadata, the filled handout. */
async function finishDeck(deck: DeckPrint, output: Output, options: ExportOptions): Promise<void> {
  const { job, result, slides } = deck;
  const slug = job.deck.slug;
  if (!slides) {
    if (options.formats.has('pdf') || options.formats.has('handout')) throw new Error('the slides were not printed');
    result.ms = performance.now() - deck.started;
    return;
  }
  result.overflow = slides.overflow;
  if (options.formats.has('pdf')) {
    result.pdf = `${job.dir}/${slug}.pdf`;
    result.pages!.pdf = slides.pages;
    result.files++;
    output.write(result.pdf, await (deck.finished ?? slides.finish()));
  }
  if (options.formats.has('handout')) {
    const ids = allSlides(job.deck.slides).map((s) => s.id);
    // A slide's last page is its final state when fragments are printed one per page.
    const pageFor = (i: number) => slides.slidePages.get(ids[i]!)?.at(-1) ?? 0;
    const { subject, date, identity } = deck.about;
    const filled = await timed('handout: fill slides in', () => fillHandout(deck.sheets!, deck.paper!, pageFor, { title: `${deckTypesetter(job.deck)(job.deck.meta.title)}: ${stringsFor(job.deck.meta.lang).handout}`, author: job.info.instructor ?? job.deck.meta.author, subject, date, identity: `${identity}\nhandout` }));
    result.handout = `${job.dir}/${slug}-handout.pdf`;
    result.pages!.handout = filled.pages;
    result.files++;
    output.write(result.handout, filled.bytes);
  }
  result.ms = performance.now() - deck.started;
}

/** What a deck's PDFs say about themselves (subject, date from the sources, a stable document id). */
function identityOf(job: DeckJob): { subject: string; date: Date; identity: string } {
  const date = jobSourceDate(job);
  return { subject: [job.info.code, job.info.name].filter(Boolean).join(' '), date, identity: `${job.dir}\n${date.toISOString()}\n${job.html}` };
}

/** The handout page Chromium prints (its slide frames are filled in afterwards). */
export function handoutHtml(job: DeckJob, templatesDir?: string, shelf?: Shelf): string {
  const layout: HandoutLayout = job.look.handout.layout;
  const paper: Paper = job.look.handout.paper;
  const templates = loadTemplates(templatesDir ?? path.join(job.look.theme.dir, '..', '..'), job.look.theme, shelf);
  // The sheets are printed from the deck's output folder: files from elsewhere in the project are under _project/.
  return renderHandout(job.deck, job.look, job.info, templates, { layout, paper, assets: '../../assets', date: job.date, html: job.rawHtml, rewrite: (url) => rewriteUrl(job.projectRoot, job.deck.dir, url) });
}

/** A bar on a terminal (its length grows as the build plans decks that need printing); plain lines in CI and pipes. */
function progressReporter(total: () => number, logger: Logger): { report(r: ExportResult): void; end(): void } {
  let done = 0;
  const bar = logger.progress;
  return {
    report(r) {
      done++;
      const what = [r.pages?.pdf !== undefined ? `${r.pages.pdf} pages` : '', r.pages?.handout !== undefined ? `handout ${r.pages.handout} pages` : '', r.pptx ? 'pptx' : '', r.png ? `${r.png.count} PNGs` : ''].filter(Boolean).join(', ');
      const line = `${r.error ? 'failed' : r.pages?.pdf !== undefined || r.pages?.handout !== undefined ? 'pdf' : 'export'} ${r.job.dir}${what ? ` (${what})` : ''} ${(r.ms / 1000).toFixed(2)} s`;
      if (!bar) return logger.info(line);
      bar.show(line, done, Math.max(done, total()));
    },
    end() {
      if (bar && done) bar.end();
    },
  };
}
