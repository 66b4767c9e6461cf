// A built deck page → its slide PDF via reveal.js's print view, plus which page each slide landed on.
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { countSlides, type Deck, type Slide } from '../model/deck.js';
import type { OutlineItem } from './bookmarks.js';
import { timed } from '../profile.js';
import { deckTypesetter } from '../render/typography.js';
import { keepOffline } from './offline.js';
import { prepareForPaper } from './paper-page.js';
import { MEASURE_OVERFLOW, type SlideOverflow } from './overflow-measure.js';
import { PageTrouble, pdfLimit, stepLimit, withinDeadline } from './page-deadline.js';

export interface SlidePdf {
  /** Chromium's PDF, before bookmarks and metadata: one part, or one per chunk of a large deck (joined by `finish`). */
  parts: Uint8Array[];
  /** Adds bookmarks and metadata (CPU in Node): callers may run it while the browser prints the next deck. */
  finish(): Promise<Uint8Array>;
  pages: number;
  /** Slide id → 0-based pages it occupies (fragment steps; its notes page is not included). */
  slidePages: Map<string, number[]>;
  /** 0-based pages that show a section divider (the pages a handout's paper copy restyles). */
  sectionPages: number[];
  /** Ids of the slides whose content runs off them on the printed page (overflow-measure.ts). */
  overflow: string[];
}

export interface SlidePdfOptions {
  /** Only these top-level slides, [from, to): one part of a large deck printed in chunks. */
  chunk?: [number, number];
  fragments: boolean;
  notes: boolean;
  subject?: string;
  date: Date;
  identity: string;
}

/**
 * A chunk of a large deck (?lecternChunk=FROM-TO, top-level slides): the others are emptied the moment reveal.js
 * loads (every slide is parsed by then, and Reveal.initialize has not run), so they cost no layout yet keep slide
 * numbers and ids; printSlides removes their pages before printing. Source text, not a function: a transpiler's
 * helpers (tsx adds __name) do not exist in the page.
 */
const EMPTY_OTHER_CHUNKS = `(() => {
  const chunk = /^(\\d+)-(\\d+)$/.exec(new URLSearchParams(location.search).get('lecternChunk') ?? '');
  if (!chunk) return;
  let reveal;
  Object.defineProperty(window, 'Reveal', {
    configurable: true,
    get: () => reveal,
    set(value) {
      document.querySelectorAll('.reveal .slides > section').forEach((top, i) => {
        if (i >= Number(chunk[1]) && i < Number(chunk[2])) return;
        const leaves = top.querySelector(':scope > section') ? [...top.querySelectorAll(':scope > section')] : [top];
        for (const s of leaves) {
          s.innerHTML = '';
          s.setAttribute('data-lectern-skip', '');
        }
      });
      reveal = value;
    },
  });
})()`;

/** Opens the deck in print view and waits for reveal.js's own `pdf-ready`, fonts and images. */
const prepared = new WeakSet<Page>();

export async function openPrintView(page: Page, htmlFile: string, query: Record<string, string>, slides = 0): Promise<void> {
  if (!prepared.has(page)) {
    prepared.add(page);
    await keepOffline(page);
    const cdp = await page.createCDPSession();
    // reveal.js lays out the print view in animation frames, which a background tab never runs.
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    // Listen before any script runs: pdf-ready may fire before we get to ask.
    await page.evaluateOnNewDocument(() => {
      window.addEventListener('pdf-ready', () => ((window as unknown as { __lecternReady: boolean }).__lecternReady = true));
    });
    await page.evaluateOnNewDocument(EMPTY_OTHER_CHUNKS);
  }
  const url = `${pathToFileURL(htmlFile).href}?${new URLSearchParams({ view: 'print', ...query })}`;
  await withinDeadline(page, undefined, LOAD_LIMIT_MS, 'the deck did not finish loading in the browser (a script in it may never end)', () => page.goto(url, { waitUntil: 'load' }));
  // What reveal.js needs to lay out the print view, checked at once rather than waited for.
  const missing = await withinDeadline(page, url, LOAD_LIMIT_MS, 'the deck did not answer in the browser (a script in it may never end)', () =>
    page.evaluate(() => (!document.querySelector('.reveal .slides') ? 'slides' : typeof (window as unknown as { Reveal?: unknown }).Reveal === 'undefined' ? 'reveal' : '')),
  );
  if (missing === 'slides') throw new PageTrouble('the deck\'s page has no <div class="reveal"><div class="slides"> (the theme\'s layout must keep them, or a script in the deck removed them)');
  if (missing === 'reveal') throw new PageTrouble('the deck\'s page has no reveal.js (the theme\'s layout must load it; a script in the deck may have removed it, or raw HTML in a slide, such as an <iframe> inside an <svg>, swallowed the scripts after it)');
  await withinDeadline(page, url, stepLimit(15_000, 50, slides), 'reveal.js did not finish laying out the slides for print (a script in the deck may stop it, or remove reveal.js)', () => page.evaluate(async () => {
    const w = window as unknown as { __lecternReady?: boolean };
    if (!w.__lecternReady) await new Promise((resolve) => window.addEventListener('pdf-ready', resolve, { once: true }));
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? null : new Promise((r) => {
          img.addEventListener('load', r, { once: true });
          img.addEventListener('error', r, { once: true });
        }),
      ),
    );
  }));
}

/** Loading a deck, and asking it a question (its print view's layout grows with its slides: stepLimit). */
const LOAD_LIMIT_MS = 30_000;
const LATE_PDF = 'the browser did not finish printing the deck (an <svg> with a <foreignObject> holding a web page, or a very large slide, can stop it)';

export async function printSlides(page: Page, htmlFile: string, deck: Deck, options: SlidePdfOptions): Promise<SlidePdf> {
  await timed('print view: load, reveal.js layout', () => openPrintView(page, htmlFile, {
    pdfSeparateFragments: String(options.fragments),
    // No print margin: each PDF page is exactly the slide size.
    margin: '0',
    ...(options.notes ? { showNotes: 'separate-page' } : {}),
    ...(options.chunk ? { lecternChunk: options.chunk.join('-') } : {}),
  }, options.chunk ? options.chunk[1] - options.chunk[0] : countSlides(deck)));
  if (options.chunk) await page.evaluate(() => document.querySelectorAll('.reveal .slides .pdf-page:has(section[data-lectern-skip])').forEach((p) => p.remove()));
  await prepareForPaper(page);
  // The page is laid out for printing anyway: measuring what runs off the slides costs one pass over them.
  const overflow = ((await timed('print view: measure overflow', () => page.evaluate(MEASURE_OVERFLOW))) as SlideOverflow[]).map((o) => o.id);
  // Each child of .slides is one printed page: a slide (or fragment step), or a notes page after it.
  const layout = await page.evaluate(() => {
    const pages = [...document.querySelectorAll('.reveal .slides > .pdf-page, .reveal .slides > .speaker-notes-pdf')];
    // Links between slides: reveal.js's #/id hashes become plain #id anchors the PDF can resolve to a page.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href^="#/"]')) {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(2).split('/')[0]!);
      if (document.getElementById(id)) a.setAttribute('href', `#${id}`);
    }
    return {
      ids: pages.map((p) => (p.classList.contains('pdf-page') ? (p.querySelector('section[id]')?.id ?? null) : null)),
      sections: pages.flatMap((p, i) => (p.querySelector('.kind-section') ? [i] : [])),
    };
  });
  const slidePages = new Map<string, number[]>();
  layout.ids.forEach((id, i) => {
    if (id) slidePages.set(id, [...(slidePages.get(id) ?? []), i]);
  });
  // Every slide of the model must reach the page (a chunk's are counted once joined, in chunks.ts): a deck whose HTML swallowed slides must never pass as built.
  // (Pages are counted by slide id: fragment steps print one slide on several pages.)
  if (!options.chunk && slidePages.size !== countSlides(deck)) {
    throw new Error(`the page shows ${slidePages.size} slides but the deck has ${countSlides(deck)}: raw HTML in a slide opens or closes a <section> (check its HTML tags)`);
  }
  const raw = await timed('page.pdf: slides', () => withinDeadline(page, page.url(), pdfLimit(layout.ids.length), LATE_PDF, () => page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false, timeout: 0 })));
  return { ...slidePdf([raw], layout.ids.length, slidePages, deck, options), sectionPages: layout.sections, overflow };
}

/** Chromium's bytes with what `finish` needs to add bookmarks and metadata. */
export function slidePdf(parts: Uint8Array[], pages: number, slidePages: Map<string, number[]>, deck: Deck, options: SlidePdfOptions): Omit<SlidePdf, 'sectionPages' | 'overflow'> {
  const meta = deck.meta;
  const finish = () => timed('PDF: bookmarks, metadata', async () => {
    const typeset = deckTypesetter(deck);
    const about = { title: typeset(meta.title), author: meta.author, subject: options.subject, keywords: meta.tags, date: options.date, identity: options.identity };
    const outline = outlineFor(deck.slides, slidePages, typeset);
    // Chromium's own files, as bytes (one, or a large deck's chunks); pdf-lib (0.1 s to load) only for a file of another shape.
    const { finishChromiumPdf, finishChromiumParts } = await import('./pdf-finish.js');
    const done = parts.length === 1 ? finishChromiumPdf(parts[0]!, about, outline) : finishChromiumParts(parts, about, outline);
    return done ?? (await import('./bookmarks.js')).finishPdf(parts, about, outline);
  });
  return { parts, finish, pages, slidePages };
}

/**
 * The slides again for a handout, from the print view that is already laid out: `handout-print` turns section
 * dividers into a slim band instead of a block of colour, and `paper-colours` (themes with `paperColours`) prints
 * dark themes as dark text on white paper, so a handout does not drown in ink.
 */
export async function reprintForHandout(page: Page, paperColours: boolean, whilePrinting?: () => void, pages?: readonly number[]): Promise<Uint8Array> {
  const classes = ['handout-print', ...(paperColours ? ['paper-colours'] : [])];
  await page.evaluate((c) => document.documentElement.classList.add(...c), classes);
  try {
    // `pages` (0-based): only those, in order (see paper-styles.ts); otherwise every page.
    const pageRanges = pages?.map((p) => p + 1).join(',');
    const printing = timed('page.pdf: paper colours', () => withinDeadline(page, page.url(), pdfLimit(pages?.length ?? 500), LATE_PDF, () => page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: false, outline: false, timeout: 0, ...(pageRanges ? { pageRanges } : {}) })));
    // Once the print command is on its way, Node's own work can run while Chromium prints.
    if (whilePrinting) setImmediate(whilePrinting);
    return await printing;
  } finally {
    await page.evaluate((c) => document.documentElement.classList.remove(...c), classes);
  }
}

/** Section slides open a level; the slides after them (and vertical sub-slides) nest below. */
export function outlineFor(slides: readonly Slide[], slidePages: Map<string, number[]>, typeset: (title: string) => string = (t) => t): OutlineItem[] {
  const top: OutlineItem[] = [];
  let section: OutlineItem | undefined;
  const item = (s: Slide): OutlineItem | undefined => {
    const page = slidePages.get(s.id)?.[0];
    if (page === undefined) return undefined;
    return { title: typeset(s.title), page, children: s.children.map(item).filter((x): x is OutlineItem => Boolean(x)) };
  };
  for (const s of slides) {
    if (s.continued && s.continued.part > 1) continue;
    const entry = item(s);
    if (!entry) continue;
    if (s.kind === 'section') {
      section = entry;
      top.push(entry);
    } else if (section && s.kind === 'content') section.children.push(entry);
    else top.push(entry);
  }
  return top;
}

