// Slide pages drawn onto handout sheets on the files' bytes: the same pixels as pdf-lib's embedPage and drawPage,
// only what the pages use copied, and no answer (so pdf-lib takes over) for shapes it does not handle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPages, type PageDraw } from '../../src/export/embed-pages.js';
import { finishObjects } from '../../src/export/pdf-finish.js';
import { readPdfObjects } from '../../src/export/pdf-read.js';
import { parseStreamDict, parseValue, PdfAtom, PdfName, PdfRef, serialize } from '../../src/export/pdf-value.js';

const metadata = { title: 'Handout', date: new Date('2024-01-02T03:04:05Z'), identity: 'h' };

/** Slides: a coloured block and a line of text (Helvetica, a font to copy) per page, classic xref. */
async function slides(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const colours = [rgb(0.9, 0.1, 0.1), rgb(0.1, 0.6, 0.1), rgb(0.1, 0.1, 0.9)];
  colours.forEach((colour, i) => {
    const page = doc.addPage([960, 540]);
    page.drawRectangle({ x: 0, y: 0, width: 480, height: 540, color: colour });
    page.drawText(`Slide number ${i + 1}`, { x: 520, y: 260, size: 40, font });
  });
  return doc.save({ useObjectStreams: false });
}

async function sheets(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([595, 842]).drawText(`Notes on sheet ${i + 1}`, { x: 40, y: 60, size: 12 });
  return doc.save({ useObjectStreams: false });
}

const draws: PageDraw[] = [
  { sheet: 0, source: 0, page: 0, x: 40, top: 40, width: 320, height: 180 },
  { sheet: 0, source: 0, page: 2, x: 40, top: 260, width: 320, height: 180 },
  { sheet: 1, source: 0, page: 1, x: 100, top: 300, width: 400, height: 225 },
];

/** The same drawing through pdf-lib, as handout.ts did before. */
async function withPdfLib(sheetBytes: Uint8Array, slideBytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(sheetBytes);
  const source = await PDFDocument.load(slideBytes);
  for (const d of draws) {
    const [embedded] = await doc.embedPages([source.getPage(d.page)]);
    const sheet = doc.getPage(d.sheet);
    sheet.drawPage(embedded!, { x: d.x, y: sheet.getHeight() - d.top - d.height, width: d.width, height: d.height });
  }
  return doc.save();
}

function pixels(bytes: Uint8Array): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-embed-'));
  try {
    fs.writeFileSync(path.join(dir, 'x.pdf'), bytes);
    execFileSync('pdftoppm', ['-r', '50', path.join(dir, 'x.pdf'), path.join(dir, 'p')]);
    expect(execFileSync('qpdf', ['--check', path.join(dir, 'x.pdf')], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    return fs.readdirSync(dir).filter((f) => f.endsWith('.ppm')).sort().map((f) => fs.readFileSync(path.join(dir, f)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('drawing slide pages onto sheets, on bytes', () => {
  it('gives the pixels pdf-lib gives, text included, copying each font once', async () => {
    const [sheetBytes, slideBytes] = [await sheets(2), await slides()];
    const target = readPdfObjects(sheetBytes)!;
    const helveticas = () => [...target.objects.values()].filter((o) => o.body.toString('latin1').includes('/BaseFont /Helvetica')).length;
    const before = helveticas();
    expect(embedPages(target, [readPdfObjects(slideBytes)!], draws)).toBe(true);
    // The slides' font, copied once for the three pages that use it.
    expect(helveticas()).toBe(before + 1);
    const done = finishObjects(target, metadata, [])!;
    const mine = pixels(done);
    const theirs = pixels(await withPdfLib(sheetBytes, slideBytes));
    expect(mine).toHaveLength(2);
    mine.forEach((page, i) => expect(page.equals(theirs[i]!), `sheet ${i + 1}`).toBe(true));
    const doc = await PDFDocument.load(done);
    expect(doc.getTitle()).toBe('Handout');
    // The sheet's own drawing is wrapped in q … Q, before the slides are drawn.
    expect((doc.getPage(0).node.get(PDFName.of('Contents')) as PDFArray).size()).toBe(3);
  });

  it('says no, and leaves the caller to pdf-lib, for a page it cannot find or a page of several content streams', async () => {
    const target = readPdfObjects(await sheets(1))!;
    const source = readPdfObjects(await slides())!;
    expect(embedPages(target, [source], [{ ...draws[0]!, page: 7 }])).toBe(false);
    expect(embedPages(target, [source], [{ ...draws[0]!, sheet: 3 }])).toBe(false);
    const split = await PDFDocument.load(await slides());
    const first = split.getPage(0).node;
    first.set(PDFName.of('Contents'), split.context.obj([first.get(PDFName.of('Contents'))!, first.get(PDFName.of('Contents'))!]));
    expect(embedPages(readPdfObjects(await sheets(1))!, [readPdfObjects(await split.save({ useObjectStreams: false }))!], [draws[0]!])).toBe(false);
  });

  it('says no to resources that reach down a chain too deep to follow, rather than failing the deck', async () => {
    const deep = await PDFDocument.load(await slides());
    let link = deep.context.register(deep.context.obj({ End: true }));
    for (let i = 0; i < 30_000; i++) link = deep.context.register(deep.context.obj({ Next: link }));
    const resources = deep.getPage(0).node.Resources()!;
    resources.set(PDFName.of('Properties'), deep.context.obj({ Chain: link }));
    const source = readPdfObjects(await deep.save({ useObjectStreams: false }))!;
    expect(embedPages(readPdfObjects(await sheets(1))!, [source], [draws[0]!])).toBe(false);
  });
});

describe('PDF values', () => {
  it('reads and writes dictionaries, arrays, references, names, strings and numbers as written', () => {
    const text = '<</Type /Page /Kids [1 0 R 2 0 R] /N -1.5 /S (a (b) \\) c) /H <FEFF> /D <</X true /Y null>> /A [0 0 R]>>';
    const { value, end } = parseValue(`${text} trailing`);
    expect(end).toBe(text.length);
    const dict = value as Map<string, unknown>;
    expect((dict.get('Type') as PdfName).name).toBe('Page');
    expect((dict.get('Kids') as PdfRef[]).map((r) => r.num)).toEqual([1, 2]);
    expect((dict.get('S') as PdfAtom).raw).toBe('(a (b) \\) c)');
    expect(serialize(value)).toBe('<</Type /Page\n/Kids [1 0 R 2 0 R]\n/N -1.5\n/S (a (b) \\) c)\n/H <FEFF>\n/D <</X true\n/Y null>>\n/A [0 0 R]>>');
    // Two numbers are not a reference without their R.
    const list = parseValue('[1 0 2 0 R]').value as unknown[];
    expect(list.map((v) => (v instanceof PdfRef ? `ref ${v.num}` : (v as PdfAtom).raw))).toEqual(['1', '0', 'ref 2']);
    const stream = parseStreamDict('<</Length 5 /Filter /FlateDecode>>\nstream\nxxxxx\nendstream')!;
    expect(serialize(stream.dict)).toBe('<</Length 5\n/Filter /FlateDecode>>');
    expect(stream.rest).toBe('<</Length 5 /Filter /FlateDecode>>\n'.length);
  });
});
