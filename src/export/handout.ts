// Handout HTML printed by Chromium, then each empty slide frame filled with that slide's vector PDF page (pdf-lib).
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer';
import { applyMetadata, type PdfMetadata } from './bookmarks.js';

interface Frame {
  sheet: number;
  slide: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const PX_TO_PT = 0.75;

export interface PrintedSheets {
  raw: Uint8Array;
  frames: Frame[];
}

/** Prints the handout sheets with empty frames; `fillHandout` puts the slides in them afterwards. */
export async function printSheets(page: Page, handoutFile: string): Promise<PrintedSheets> {
  await page.goto(pathToFileURL(handoutFile).href, { waitUntil: 'load' });
  const frames = await page.evaluate(async () => {
    await document.fonts.ready;
    // Long notes shrink until they fit their sheet rather than spill onto a page of their own.
    for (const notes of document.querySelectorAll<HTMLElement>('.notes-text')) {
      let size = 11;
      while (notes.scrollHeight > notes.clientHeight + 1 && size > 7) notes.style.fontSize = `${(size -= 0.5)}pt`;
    }
    const sheets = [...document.querySelectorAll('.sheet')];
    return [...document.querySelectorAll<HTMLElement>('.slide-box')].map((box) => {
      const sheet = box.closest('.sheet')!;
      const s = sheet.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      return { sheet: sheets.indexOf(sheet), slide: Number(box.dataset.slide), x: r.left - s.left, y: r.top - s.top, width: r.width, height: r.height };
    });
  });
  const raw = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, timeout: 0 });
  return { raw, frames };
}

export async function fillHandout({ raw, frames }: PrintedSheets, slidePdf: Uint8Array, slidePageFor: (slideIndex: number) => number, metadata: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  const pages = doc.getPages();
  const source = await PDFDocument.load(slidePdf);
  const wanted = [...new Set(frames.map((f) => slidePageFor(f.slide)))];
  const embedded = await doc.embedPdf(source, wanted);
  const byPage = new Map(wanted.map((p, i) => [p, embedded[i]!]));
  for (const f of frames) {
    const target = pages[f.sheet];
    const slide = byPage.get(slidePageFor(f.slide));
    if (!target || !slide) continue;
    // Inset by the frame's border so the slide sits inside it.
    const inset = 1;
    target.drawPage(slide, {
      x: f.x * PX_TO_PT + inset,
      y: target.getHeight() - (f.y + f.height) * PX_TO_PT + inset,
      width: f.width * PX_TO_PT - 2 * inset,
      height: f.height * PX_TO_PT - 2 * inset,
    });
  }
  applyMetadata(doc, metadata);
  return { bytes: await doc.save(), pages: pages.length };
}
