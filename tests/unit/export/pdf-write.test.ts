// Objects → a PDF 1.7 file with object streams and a cross-reference stream, which a PDF reader loads back whole;
// and pdf-lib without pauses, joining a deck's printed parts in order.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfObjects } from '../../../src/export/pdf-read.js';
import { writePdf } from '../../../src/export/pdf-write.js';
import { joinParts, loadPdf, savePdf } from '../../../src/export/pdf-lib-fast.js';

/** A PDF in the shape Chromium writes (a classic cross-reference table, no object streams), `pages` pages wide `width`. */
async function classicPdf(pages: number, width = 200, title = 'Deck'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([width + i, 100]);
  doc.setTitle(title);
  return doc.save({ useObjectStreams: false });
}

describe('writePdf', () => {
  it('writes every object back: a reader finds the same pages, sizes and title', async () => {
    const read = readPdfObjects(await classicPdf(120))!;
    expect(read).toBeDefined();
    const bytes = writePdf(read.objects, { root: read.root, info: read.info!, id: 'ab'.repeat(16) });
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.toString('latin1')).toMatch(/\/Type \/XRef[\s\S]*startxref\n\d+\n%%EOF$/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(120);
    expect(doc.getPages().map((p) => p.getWidth())).toEqual(Array.from({ length: 120 }, (_, i) => 200 + i));
    expect(doc.getTitle()).toBe('Deck');
  });
  it('packs plain objects into compressed object streams, fifty at the most', async () => {
    const read = readPdfObjects(await classicPdf(60))!;
    const text = writePdf(read.objects, { root: read.root, info: read.info!, id: '00'.repeat(16) }).toString('latin1');
    const counts = [...text.matchAll(/\/Type \/ObjStm\n\/N (\d+)/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(50);
    expect(counts.reduce((a, b) => a + b, 0)).toBe([...read.objects.values()].filter((o) => !o.stream).length);
  });
  it('writes the file identifier it is given', async () => {
    const read = readPdfObjects(await classicPdf(1))!;
    const bytes = writePdf(read.objects, { root: read.root, info: read.info!, id: '0123456789abcdef'.repeat(2) });
    expect(bytes.toString('latin1')).toContain('/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]');
  });
});

describe('readPdfObjects', () => {
  it('refuses what is not the simple shape Chromium writes', async () => {
    expect(readPdfObjects(new TextEncoder().encode('not a pdf'))).toBeUndefined();
    const modern = await (await PDFDocument.create()).save({ useObjectStreams: true });
    expect(readPdfObjects(modern)).toBeUndefined();
  });
});

describe('pdf-lib without pauses', () => {
  it('joins parts in order, and a single part as it is', async () => {
    const joined = await joinParts([await classicPdf(2, 100), await classicPdf(3, 300)]);
    expect(joined.getPages().map((p) => p.getWidth())).toEqual([100, 101, 300, 301, 302]);
    expect((await joinParts([await classicPdf(4)])).getPageCount()).toBe(4);
  });
  it('saves and loads without touching the metadata', async () => {
    const doc = await loadPdf(await classicPdf(1, 100, 'Kept'));
    doc.setSubject('s');
    const again = await loadPdf(await savePdf(doc));
    expect(again.getTitle()).toBe('Kept');
    expect(again.getSubject()).toBe('s');
    expect(again.getProducer()).toBeUndefined();
  });
});
