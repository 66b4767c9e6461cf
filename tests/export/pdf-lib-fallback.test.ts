// The pdf-lib way, forced: Chromium's files in another shape (object streams, as after another tool or a future
// Skia) are finished and filled by pdf-lib, with the pages, pixels, text, metadata and outline the byte way gives.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { slidePdf } from '../../src/export/slides-pdf.js';
import { fillHandout } from '../../src/export/handout.js';
import { PRODUCER } from '../../src/export/pdf-finish.js';
import { readPdfObjects } from '../../src/export/pdf-read.js';
import { allSlides, buildDeck } from '../../src/model/deck.js';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { tempDir } from '../helpers.js';
import { outline, pagePixels, pageText, pdfInfo } from '../pdf-tools.js';

const deck = buildDeck(parseDeck('d.md', '---\ntitle: Suez, 1956\nauthor: A. Lecturer\n---\n\n# Part one\n\n## Nasser\n\nx\n\n## Eden\n\ny\n'), { variables: {}, maxListLines: 9 }).deck;
const slides = allSlides(deck.slides);
const slidePages = new Map(slides.map((s, i) => [s.id, [i]]));
const options = { fragments: false, notes: false, date: new Date('2024-03-05T09:08:07Z'), identity: 'suez', subject: 'HIST 210' };
const metadata = { title: 'Suez, 1956: handout', date: options.date, identity: 'suez-handout' };

/** Pages with a coloured block and their number in Helvetica; `objectStreams`: the shape the byte way declines. */
async function pdf(pages: string[], size: [number, number], objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage(size);
    page.drawRectangle({ x: 0, y: 0, width: size[0] / 3, height: size[1] / 2, color: rgb((text.length % 5) / 5, 0.4, 0.8) });
    page.drawText(text, { x: size[0] / 2, y: size[1] / 2, size: 24, font });
  }
  return doc.save({ useObjectStreams: objectStreams });
}

const slideTexts = slides.map((_, i) => `page ${'I'.repeat(i + 1)}`);
const saved = (name: string, bytes: Uint8Array) => {
  const file = path.join(tempDir('lectern-fallback-'), `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('the pdf-lib way behind the byte-level finish', () => {
  it('finishes a slide PDF, whole or in chunks, as the byte way does', async () => {
    const bytes = saved('bytes', await slidePdf([await pdf(slideTexts, [960, 540], false)], slides.length, slidePages, deck, options).finish());
    for (const parts of [[await pdf(slideTexts, [960, 540], true)], [await pdf(slideTexts.slice(0, 2), [960, 540], true), await pdf(slideTexts.slice(2), [960, 540], true)]]) {
      expect(readPdfObjects(parts[0]!)).toBeUndefined();
      const file = saved('pdf-lib', await slidePdf(parts, slides.length, slidePages, deck, options).finish());
      const [theirs, ours] = [pdfInfo(file), pdfInfo(bytes)];
      expect(theirs.Producer).toBe('Lectern (Chromium, pdf-lib)');
      expect(ours.Producer).toBe(PRODUCER);
      for (const key of ['Title', 'Author', 'Subject', 'Creator', 'CreationDate', 'ModDate', 'Pages']) expect(theirs[key], key).toBe(ours[key]);
      expect(theirs.Pages).toBe(String(slides.length));
      expect(await outline(file)).toEqual(await outline(bytes));
      expect((await outline(file)).map((o) => o.title)).toEqual(['Suez, 1956', 'Part one', 'Nasser', 'Eden']);
      expect(slideTexts.map((_, i) => pageText(file, i + 1).trim())).toEqual(slideTexts);
      expect(pagePixels(file)).toEqual(pagePixels(bytes));
      // The same identifier, seeded by the deck, as the byte way writes.
      const id = (f: string) => PDFDocument.load(fs.readFileSync(f)).then((d) => String(d.context.trailerInfo.ID).toLowerCase());
      expect(await id(file)).toBe(await id(bytes));
    }
  });

  it('fills a handout’s frames with the slides, as the byte way does', async () => {
    const frames = [
      { sheet: 0, slide: 0, x: 40, y: 40, width: 320, height: 180 },
      { sheet: 0, slide: 2, x: 40, y: 300, width: 320, height: 180 },
      { sheet: 1, slide: 1, x: 100, y: 300, width: 400, height: 225 },
    ];
    const fill = async (objectStreams: boolean) => {
      const raw = await pdf(['sheet one', 'sheet two'], [595, 842], objectStreams);
      const parts = [await pdf(slideTexts, [960, 540], objectStreams)];
      return fillHandout({ raw, frames }, { parts }, (slide) => slide, metadata);
    };
    const [theirs, ours] = [await fill(true), await fill(false)];
    expect([theirs.pages, ours.pages]).toEqual([2, 2]);
    const [file, bytes] = [saved('pdf-lib', theirs.bytes), saved('bytes', ours.bytes)];
    expect(pdfInfo(file).Producer).toBe('Lectern (Chromium, pdf-lib)');
    expect(pdfInfo(bytes).Producer).toBe(PRODUCER);
    expect(pdfInfo(file).Title).toBe(metadata.title);
    expect(pageText(file, 1)).toMatch(/page I\b[\s\S]*page III\b|page III\b[\s\S]*page I\b/);
    expect(pageText(file, 2)).toMatch(/page II\b/);
    expect(pagePixels(file)).toEqual(pagePixels(bytes));
  });
});
