// Handout HTML printed by Chromium, then each empty slide frame filled with that slide's vector PDF page.
import { pathToFileURL } from 'node:url';
import type { PDFDocument, PDFEmbeddedPage } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import type { PdfMetadata } from './bookmarks.js';
import { keepOffline } from './offline.js';
import { pdfLimit, withinDeadline } from './page-deadline.js';
import { embedPages, type PageDraw } from './embed-pages.js';
import { finishObjects } from './pdf-finish.js';
import { pageNumbers, readPdfObjects } from './pdf-read.js';
import { mayHoldNodeIds, renumberNodeIdsInObjects } from './stable-ids.js';

interface Frame {
  sheet: number;
  slide: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const PX_TO_PT = 0.75;
/** Points the slide sits inside its frame's border. */
const INSET = 1;

/** A frame's slide box in points, from the sheet's top left (both fills draw the slide here). */
function slideBox(f: Frame): { x: number; top: number; width: number; height: number } {
  return { x: f.x * PX_TO_PT + INSET, top: f.y * PX_TO_PT + INSET, width: f.width * PX_TO_PT - 2 * INSET, height: f.height * PX_TO_PT - 2 * INSET };
}

export interface PrintedSheets {
  raw: Uint8Array;
  frames: Frame[];
}

/** Prints the handout sheets with empty frames; `fillHandout` puts the slides in them afterwards. */
export async function printSheets(page: Page, handoutFile: string): Promise<PrintedSheets> {
  await keepOffline(page);
  const url = pathToFileURL(handoutFile).href;
  await withinDeadline(page, undefined, 30_000, 'the handout did not finish loading in the browser', () => page.goto(url, { waitUntil: 'load' }));
  const frames = await withinDeadline(page, url, 30_000, 'the handout\'s sheets did not finish laying out in the browser (a very long title or notes text can hold it up)', () => page.evaluate(async () => {
    await document.fonts.ready;
    // Long notes shrink until they end inside their cell rather than be cut off (the cell clips what runs past
    // its end), down to 7 pt, or four fifths of a layout's smaller size (6-up's 8 pt).
    for (const notes of document.querySelectorAll<HTMLElement>('.notes-text')) {
      const cell = notes.closest('.cell');
      if (!cell) continue;
      let size = parseFloat(getComputedStyle(notes).fontSize) * 0.75;
      const min = Math.min(7, size * 0.8);
      while (notes.getBoundingClientRect().bottom > cell.getBoundingClientRect().bottom + 0.5 && size > min) notes.style.fontSize = `${(size -= 0.5)}pt`;
    }
    const sheets = [...document.querySelectorAll('.sheet')];
    return [...document.querySelectorAll<HTMLElement>('.slide-box')].map((box) => {
      const sheet = box.closest('.sheet')!;
      const s = sheet.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      return { sheet: sheets.indexOf(sheet), slide: Number(box.dataset.slide), x: r.left - s.left, y: r.top - s.top, width: r.width, height: r.height };
    });
  }));
  const raw = await withinDeadline(page, url, pdfLimit(frames.length), 'the browser did not finish printing the handout sheets', () => page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, timeout: 0 }));
  return { raw, frames };
}

/** The slides a handout shows, as pages of PDFs Chromium printed. */
export interface HandoutSlides {
  /** The slide PDF, or its chunks in order (page numbers run on across them). */
  parts: readonly Uint8Array[];
  /** Pages printed again for paper (see paper-styles.ts): page i of `bytes` stands for page `pages[i]` of the parts. */
  reprinted?: { bytes: Uint8Array; pages: readonly number[] };
}

/** Each PDF is read once; only the pages the frames show are embedded. */
export async function fillHandout(printed: PrintedSheets, slides: HandoutSlides, slidePageFor: (slideIndex: number) => number, metadata: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  return fillOnBytes(printed, slides, slidePageFor, metadata) ?? fillWithPdfLib(printed, slides, slidePageFor, metadata);
}

/** Chromium's files as bytes (embed-pages.ts), a deck printed whole or in chunks; undefined for any other shape. */
function fillOnBytes({ raw, frames }: PrintedSheets, slides: HandoutSlides, slidePageFor: (slideIndex: number) => number, metadata: PdfMetadata): { bytes: Uint8Array; pages: number } | undefined {
  const sheets = readPdfObjects(raw);
  const parts = slides.parts.map((bytes) => readPdfObjects(bytes));
  const again = slides.reprinted && readPdfObjects(slides.reprinted.bytes);
  if (!sheets || parts.some((p) => !p) || (slides.reprinted && !again)) return undefined;
  // Where each part's pages start in the deck's page numbering (a chunk's run on from the one before).
  const starts: number[] = [];
  let total = 0;
  for (const part of parts) {
    const count = pageNumbers(part!)?.length;
    if (count === undefined) return undefined;
    starts.push(total);
    total += count;
  }
  const inPart = (page: number) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > page) k--;
    return { source: k, page: page - starts[k]! };
  };
  // The slides are drawn untagged: only the sheets' own bytes can hold node ids.
  if (mayHoldNodeIds(raw)) renumberNodeIdsInObjects(sheets.objects);
  const pages = pageNumbers(sheets)?.length;
  const draws: PageDraw[] = frames.map((f) => {
    const page = slidePageFor(f.slide);
    const reprinted = slides.reprinted?.pages.indexOf(page) ?? -1;
    return { sheet: f.sheet, ...(reprinted >= 0 ? { source: parts.length, page: reprinted } : inPart(page)), ...slideBox(f) };
  });
  const sources = [...parts.map((p) => p!), ...(again ? [again] : [])];
  if (!pages || !embedPages(sheets, sources, draws)) return undefined;
  const bytes = finishObjects(sheets, metadata, []);
  return bytes && { bytes, pages };
}

async function fillWithPdfLib({ raw, frames }: PrintedSheets, slides: HandoutSlides, slidePageFor: (slideIndex: number) => number, metadata: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdf-lib takes 0.1 s to load: loaded here, while Chromium prints the next deck, not before the first print.
  const [{ loadPdf, savePdf }, { applyMetadata }] = await Promise.all([import('./pdf-lib-fast.js'), import('./bookmarks.js')]);
  const doc = await loadPdf(raw);
  const pages = doc.getPages();
  const wanted = new Set(frames.map((f) => slidePageFor(f.slide)));
  const byPage = new Map<number, PDFEmbeddedPage>();
  // pdf-lib embeds pages of one document per call (they must share its objects).
  const embed = async (source: PDFDocument, from: { page: number; at: number }[]) => {
    const embedded = from.length ? await doc.embedPages(from.map((f) => source.getPage(f.at))) : [];
    from.forEach((f, i) => byPage.set(f.page, embedded[i]!));
  };
  const reprinted = slides.reprinted;
  if (reprinted) await embed(await loadPdf(reprinted.bytes), reprinted.pages.flatMap((page, at) => (wanted.has(page) ? [{ page, at }] : [])));
  let offset = 0;
  for (const bytes of slides.parts) {
    const source = await loadPdf(bytes);
    const count = source.getPageCount();
    const here = [...wanted].filter((p) => p >= offset && p < offset + count && !byPage.has(p)).sort((a, b) => a - b);
    await embed(source, here.map((page) => ({ page, at: page - offset })));
    offset += count;
  }
  for (const f of frames) {
    const target = pages[f.sheet];
    const slide = byPage.get(slidePageFor(f.slide));
    if (!target || !slide) continue;
    const { x, width, height } = slideBox(f);
    target.drawPage(slide, { x, y: target.getHeight() - (f.y + f.height) * PX_TO_PT + INSET, width, height });
  }
  // The slides are embedded untagged (as drawings): only the sheets' own bytes can hold node ids.
  applyMetadata(doc, metadata, [raw]);
  return { bytes: await savePdf(doc), pages: pages.length };
}
