// pdf-lib, without its pauses: by default `load` yields to the event loop every 100 objects and `save` every
// 50, which for a 2000-slide PDF (hundreds of thousands of objects) means thousands of timer round trips
// on a busy machine. Export runs in its own process step, so one uninterrupted pass is what we want.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ objectsPerTick: Infinity });
}

/** One document from Chromium's parts (a deck printed in chunks): pages copied in order, no save and re-parse. */
export async function joinParts(parts: readonly Uint8Array[]): Promise<PDFDocument> {
  if (parts.length === 1) return loadPdf(parts[0]!);
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of parts) {
    const part = await loadPdf(bytes);
    for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page);
  }
  return doc;
}
