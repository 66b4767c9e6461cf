// Chromium names tagged-PDF structure elements (table headers) after DOM node ids, which count up in the
// renderer across every deck a page printed before: the same deck gets different bytes depending on which
// deck came first. Renumbering them in order makes the PDF depend on the deck alone.
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/**
 * Whether Chromium's bytes can hold a node id at all. Its PDFs keep objects uncompressed (no object streams), so
 * an id is written out: as `(node123)`, or in hex, `<6E6F6465…>` or UTF-16 `<FEFF006E006F…>`. Most decks have
 * none (only tagged table headers do), and walking every object to find none costs about 30 ms per deck.
 */
export function mayHoldNodeIds(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes('/ObjStm')) return true;
  for (let at = buffer.indexOf('node'); at >= 0; at = buffer.indexOf('node', at + 4)) {
    const next = buffer[at + 4];
    if (next !== undefined && next >= 0x30 && next <= 0x39) return true;
  }
  return ['6E6F6465', '6e6f6465', '006E006F00640065', '006e006f00640065'].some((hex) => buffer.includes(hex));
}

export function renumberNodeIds(doc: PDFDocument): void {
  const found = new Set<string>();
  const visit = (obj: PDFObject, replace?: Map<string, string>): PDFObject | undefined => {
    if (obj instanceof PDFString || obj instanceof PDFHexString) {
      const text = obj.decodeText();
      if (!NODE_ID.test(text)) return undefined;
      if (!replace) found.add(text);
      const to = replace?.get(text);
      return to ? PDFString.of(to) : undefined;
    }
    if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) {
        const next = visit(obj.get(i), replace);
        if (next) obj.set(i, next);
      }
    } else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        const next = visit(value, replace);
        if (next) obj.set(key, next);
      }
    }
    return undefined;
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, obj]) => obj);
  for (const obj of objects) visit(obj);
  if (!found.size) return;
  // Sorted by number, renumbered from 1: order (and so the name tree's sort order) is kept.
  const sorted = [...found].sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  const replace = new Map(sorted.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  for (const obj of objects) visit(obj, replace);
}
