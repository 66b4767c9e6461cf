// Chromium names tagged-PDF structure elements (table headers) after DOM node ids, which count up in the
// renderer across every deck a page printed before: the same deck gets different bytes depending on which
// deck came first. Renumbering them in order makes the PDF depend on the deck alone.
import type { PdfObject } from './pdf-read.js';
import { stringTokens, type StringToken } from './pdf-syntax.js';

export const NODE_ID = /^node(\d+)$/;

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

/** Node ids renamed in order of their numbers, from `first`: order (and so a name tree's sort order) is kept. */
export function stableNames(found: Set<string>, first = 1): Map<string, string> {
  const sorted = [...found].sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  return new Map(sorted.map((id, i) => [id, `node${String(i + first).padStart(8, '0')}`]));
}

/**
 * The same renaming on objects as bytes (pdf-finish.ts): string tokens that are node ids, whole, from `first`
 * (the chunks of one deck get names that do not meet). Returns how many ids there were.
 */
export function renumberNodeIdsInObjects(objects: Map<number, PdfObject>, first = 1): number {
  const found = new Set<string>();
  const hits: { object: PdfObject; text: string; tokens: StringToken[] }[] = [];
  for (const object of objects.values()) {
    if (object.stream) continue;
    const text = object.body.toString('latin1');
    const tokens = stringTokens(text).filter((t) => NODE_ID.test(t.text));
    if (!tokens.length) continue;
    tokens.forEach((t) => found.add(t.text));
    hits.push({ object, text, tokens });
  }
  if (!found.size) return 0;
  const replace = stableNames(found, first);
  for (const { object, text, tokens } of hits) {
    let out = '';
    let at = 0;
    for (const t of tokens) {
      out += `${text.slice(at, t.start)}(${replace.get(t.text)})`;
      at = t.end;
    }
    object.body = Buffer.from(out + text.slice(at), 'latin1');
  }
  return found.size;
}
