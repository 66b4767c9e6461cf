// Node ids in tagged PDFs: renumbered for stable bytes, and the walk skipped when Chromium's bytes hold none.
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mayHoldNodeIds } from '../../src/export/stable-ids.js';
import { renumberNodeIds } from '../../src/export/bookmarks.js';

/** A PDF written as Chromium writes them (no object streams), with `id` in a structure element. */
async function pdfWith(id?: PDFString | PDFHexString): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  if (id) doc.catalog.set(PDFName.of('Probe'), doc.context.obj({ S: 'TH', ID: id }));
  return doc.save({ useObjectStreams: false });
}

describe('node ids in tagged PDFs', () => {
  it('finds an id written as a string, in hex, or in UTF-16 hex', async () => {
    expect(mayHoldNodeIds(await pdfWith())).toBe(false);
    expect(mayHoldNodeIds(await pdfWith(PDFString.of('node42')))).toBe(true);
    expect(mayHoldNodeIds(await pdfWith(PDFHexString.of('6E6F64653432')))).toBe(true);
    expect(mayHoldNodeIds(await pdfWith(PDFHexString.fromText('node42')))).toBe(true);
    // The word alone, as text in a title, is not an id.
    expect(mayHoldNodeIds(await pdfWith(PDFString.of('nodes of the network')))).toBe(false);
  });

  it('renumbers the ids it finds from 1, in their order', async () => {
    const doc = await PDFDocument.load(await pdfWith(PDFString.of('node917')));
    renumberNodeIds(doc);
    const probe = doc.catalog.lookup(PDFName.of('Probe')) as unknown as { get(n: PDFName): PDFString };
    expect(probe.get(PDFName.of('ID')).decodeText()).toBe('node00000001');
  });
});
