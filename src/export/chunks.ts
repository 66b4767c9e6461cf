// Large decks: the slides printed in chunks, in parallel pages, and joined (pdf-lib, when the PDF is finished). One page laying out
// thousands of slides is slow (layout and page.pdf grow faster than the slide count) and needs gigabytes.
import fs from 'node:fs';
import path from 'node:path';
import { countSlides, type Deck } from '../model/deck.js';
import { chunkPage } from './chunk-pages.js';
import { inParallel } from '../parallel.js';
import type { BrowserSession } from './browser.js';
import { refusingReads } from './blocked-reads.js';
import { printSlides, reprintForHandout, slidePdf, type SlidePdf, type SlidePdfOptions } from './slides-pdf.js';

/** Decks with more slides than this are printed in chunks. */
export const CHUNK_ABOVE = 300;
/** Slides per chunk, about. */
const CHUNK_SLIDES = 200;

/**
 * [from, to) ranges of top-level slides that cover every slide once; the last runs to the end, so slides the
 * template adds beyond the model's (a source slide) are printed too.
 */
export function chunkRanges(topLevel: number, totalSlides: number): [number, number][] {
  const chunks = Math.max(2, Math.ceil(totalSlides / CHUNK_SLIDES));
  const per = Math.max(1, Math.ceil(topLevel / chunks));
  const ranges: [number, number][] = [];
  for (let from = 0; from < topLevel; from += per) ranges.push([from, from + per]);
  ranges[ranges.length - 1]![1] = 1e9;
  return ranges;
}

export interface ChunkedPrint {
  slides: SlidePdf;
  /** The same slides as handouts show them (paper colours for dark themes), one PDF per chunk, when asked for. */
  paper?: Uint8Array[];
}

export async function printSlidesChunked(session: BrowserSession, htmlFile: string, deck: Deck, totalSlides: number, options: SlidePdfOptions, concurrency: number, handoutColours: boolean | undefined, timeoutMs: number): Promise<ChunkedPrint> {
  const ranges = chunkRanges(deck.slides.length, totalSlides);
  const parts: { slides: SlidePdf; paper?: Uint8Array }[] = new Array(ranges.length);
  const html = fs.readFileSync(htmlFile, 'utf8');
  // A fresh page per chunk: a page reused for the next chunk keeps the last one's renderer memory, which set
  // the peak of a 2000-slide export.
  await inParallel(ranges.map((range, i) => ({ range, i })), concurrency, async (next) => {
    for (let item = next(); item; item = next()) {
      const { range, i } = item;
      // Beside the deck's page, so that its relative links to assets and images hold.
      const own = chunkPage(html, range);
      const file = own === undefined ? htmlFile : path.join(path.dirname(htmlFile), `_chunk-${i}.html`);
      if (own !== undefined) fs.writeFileSync(file, own);
      try {
        await session.withPage((page, requests) => refusingReads(deck, requests, async () => {
          const slides = await printSlides(page, file, deck, { ...options, chunk: range });
          parts[i] = { slides, paper: handoutColours === undefined ? undefined : await reprintForHandout(page, handoutColours) };
        }), timeoutMs);
      } finally {
        if (file !== htmlFile) fs.rmSync(file, { force: true });
      }
    }
  });
  const slidePages = new Map<string, number[]>();
  const sectionPages: number[] = [];
  let offset = 0;
  for (const { slides } of parts) {
    for (const [id, pages] of slides.slidePages) slidePages.set(id, [...(slidePages.get(id) ?? []), ...pages.map((p) => p + offset)]);
    sectionPages.push(...slides.sectionPages.map((p) => p + offset));
    offset += slides.pages;
  }
  // As for a deck printed whole: every slide of the model must reach the pages.
  if (slidePages.size !== countSlides(deck)) throw new Error(`the page shows ${slidePages.size} slides but the deck has ${countSlides(deck)}: raw HTML in a slide opens or closes a <section> (check its HTML tags)`);
  // Not joined here: `finish` joins the slide parts in the same pdf-lib pass that adds the outline, and the
  // handout embeds its slides straight from the paper parts (each parse of 2000 pages costs tens of seconds).
  const paper = handoutColours !== undefined ? parts.map((p) => p.paper!) : undefined;
  const overflow = parts.flatMap((p) => p.slides.overflow);
  return { slides: { ...slidePdf(parts.flatMap((p) => p.slides.parts), offset, slidePages, deck, options), sectionPages, overflow }, paper };
}
