// The slide PDF finisher that works on bytes: a valid file (qpdf), the metadata, outline and identifier pdf-lib
// reads back, node ids renumbered, strings read as PDF defines them, and no answer for a file of another shape.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishChromiumPdf, PRODUCER } from '../../src/export/pdf-finish.js';
import { readPdfObjects } from '../../src/export/pdf-read.js';
import { stringTokens, textString } from '../../src/export/pdf-syntax.js';
import type { OutlineItem, PdfMetadata } from '../../src/export/bookmarks.js';

const metadata: PdfMetadata = {
  title: 'Khrushchev ) and <the> West \\ «1956»',
  author: 'A. Lecturer',
  subject: 'HIST 210',
  keywords: ['cold war', 'NATO'],
  date: new Date('2024-03-05T09:08:07Z'),
  identity: 'deck-a',
};

/** A PDF shaped as Chromium writes them: classic xref table, no object streams; `pages` pages, an Info dict. */
async function chromiumLike(pages: number, extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]).drawText(`page ${i + 1}`, { x: 20, y: 500 });
  doc.setTitle('Chromium title');
  extra?.(doc);
  return doc.save({ useObjectStreams: false });
}

function qpdfCheck(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-qpdf-')), 'x.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const outline: OutlineItem[] = [
  { title: 'Title slide', page: 0, children: [] },
  { title: 'Part (one)', page: 1, children: [{ title: 'Détente', page: 2, children: [] }, { title: 'Суэц', page: 3, children: [] }] },
];

describe('finishing a Chromium PDF on its bytes', () => {
  it('writes a valid, smaller file with the metadata, outline and identifier', async () => {
    const raw = await chromiumLike(4);
    const done = finishChromiumPdf(raw, metadata, outline)!;
    expect(done).toBeDefined();
    expect(qpdfCheck(done)).toMatch(/No syntax or stream encoding errors/);
    expect(done.length).toBeLessThan(raw.length);

    const doc = await PDFDocument.load(done, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(4);
    expect(doc.getTitle()).toBe(metadata.title);
    expect(doc.getAuthor()).toBe('A. Lecturer');
    expect(doc.getSubject()).toBe('HIST 210');
    expect(doc.getKeywords()).toBe('cold war NATO');
    expect(doc.getProducer()).toBe(PRODUCER);
    expect(doc.getCreationDate()?.toISOString()).toBe('2024-03-05T09:08:07.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2024-03-05T09:08:07.000Z');
    const viewer = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(viewer.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const id = doc.context.trailerInfo.ID as PDFArray;
    expect(id.size()).toBe(2);

    // The outline, walked as a viewer does: titles, nesting, closed sections, destinations on the right pages.
    const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const pageRefs = doc.getPages().map((p) => p.ref.toString());
    const walk = (first: PDFDict | undefined): unknown[] => {
      const out: unknown[] = [];
      for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const dest = item.lookup(PDFName.of('Dest'), PDFArray);
        out.push({
          title: (item.lookup(PDFName.of('Title')) as PDFHexString).decodeText(),
          page: pageRefs.indexOf((dest.get(0) as PDFRef).toString()),
          count: item.get(PDFName.of('Count'))?.toString(),
          children: walk(item.lookupMaybe(PDFName.of('First'), PDFDict)),
        });
      }
      return out;
    };
    expect(walk(root.lookupMaybe(PDFName.of('First'), PDFDict))).toEqual([
      { title: 'Title slide', page: 0, count: undefined, children: [] },
      { title: 'Part (one)', page: 1, count: '-2', children: [
        { title: 'Détente', page: 2, count: undefined, children: [] },
        { title: 'Суэц', page: 3, count: undefined, children: [] },
      ] },
    ]);
  });

  it('gives the same bytes for the same inputs, and another identifier for another deck', async () => {
    const raw = await chromiumLike(2);
    const a = finishChromiumPdf(raw, metadata, outline.slice(0, 1))!;
    expect(Buffer.compare(a, finishChromiumPdf(raw, metadata, outline.slice(0, 1))!)).toBe(0);
    const b = finishChromiumPdf(raw, { ...metadata, identity: 'deck-b' }, outline.slice(0, 1))!;
    expect(Buffer.compare(a, b)).not.toBe(0);
    expect(a.length).toBe(b.length);
  });

  it('renumbers node ids wherever they stand, whole strings only', async () => {
    const raw = await chromiumLike(1, (doc) => {
      doc.catalog.set(PDFName.of('ProbeA'), doc.context.obj({ S: 'TH', ID: PDFString.of('node917') }));
      doc.catalog.set(PDFName.of('ProbeB'), doc.context.obj({ S: 'TH', ID: PDFHexString.fromText('node12'), Alt: PDFString.of('node12 is a word here') }));
    });
    const doc = await PDFDocument.load(finishChromiumPdf(raw, metadata, [])!);
    const probe = (name: string, key: string) => (doc.catalog.lookup(PDFName.of(name), PDFDict).get(PDFName.of(key)) as PDFString).decodeText();
    expect(probe('ProbeB', 'ID')).toBe('node00000001');
    expect(probe('ProbeA', 'ID')).toBe('node00000002');
    expect(probe('ProbeB', 'Alt')).toBe('node12 is a word here');
  });

  it('reads literal and hex strings as PDF defines them', () => {
    const body = '<</A (a\\(b\\) (nested) \\101\\n) /B <FEFF0416> /C <6E6F6465 31> % (a comment)\n/D <<>>>>';
    expect(stringTokens(body).map((t) => t.text)).toEqual(['a(b) (nested) A\n', 'Ж', 'node1']);
    expect(textString('Ж)')).toBe('<FEFF04160029>');
  });

  it('declines files of another shape, which then go the pdf-lib way', async () => {
    // Object streams and a cross-reference stream (pdf-lib's own default), as after another tool.
    const compressed = await (await PDFDocument.load(await chromiumLike(1))).save();
    expect(readPdfObjects(compressed)).toBeUndefined();
    expect(finishChromiumPdf(compressed, metadata, [])).toBeUndefined();
    // A catalog that already has an outline is not ours to extend.
    const withOutline = await chromiumLike(1, (doc) => doc.catalog.set(PDFName.of('Outlines'), doc.context.obj({})));
    expect(finishChromiumPdf(withOutline, metadata, outline)).toBeUndefined();
    // A file cut short has no cross-reference table to follow.
    const raw = await chromiumLike(1);
    expect(finishChromiumPdf(raw.subarray(0, raw.length - 40), metadata, [])).toBeUndefined();
  });
});
