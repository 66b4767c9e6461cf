// Chromium's PDF (Skia's writer) → its objects as bytes, found through the classic cross-reference table. Only the
// simple shape Skia writes is accepted (one xref section, generation 0, no object streams, no encryption);
// anything else returns undefined and the caller takes the general route (pdf-lib).

import { mapRefs, parseStreamDict, parseValue, PdfName, PdfRef, serialize, type PdfDict, type PdfValue } from './pdf-value.js';

export interface PdfObject {
  /** What lies between `N 0 obj` and `endobj`, trimmed. */
  body: Buffer;
  /** A stream keeps its bytes as Chromium wrote them; other objects may be rewritten and compressed. */
  stream: boolean;
}

export interface PdfObjects {
  objects: Map<number, PdfObject>;
  root: number;
  info?: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

export function readPdfObjects(bytes: Uint8Array): PdfObjects | undefined {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return undefined;
  const xrefAt = Number(start[1]);
  const trailerAt = pdf.indexOf('trailer', xrefAt, 'latin1');
  if (trailerAt < 0 || pdf.toString('latin1', xrefAt, xrefAt + 4) !== 'xref') return undefined;
  let trailer: PdfValue;
  try {
    trailer = parseValue(pdf.toString('latin1', trailerAt + 'trailer'.length, pdf.length)).value;
  } catch {
    return undefined;
  }
  if (!(trailer instanceof Map) || ['Prev', 'Encrypt', 'XRefStm'].some((k) => trailer.has(k))) return undefined;
  const root = trailer.get('Root');
  const info = trailer.get('Info');
  if (!(root instanceof PdfRef)) return undefined;

  const offsets = xrefOffsets(pdf.toString('latin1', xrefAt + 4, trailerAt));
  if (!offsets) return undefined;
  // Each object runs up to where the next one (or the xref table) starts.
  const byOffset = [...offsets].sort((a, b) => a[1] - b[1]);
  const objects = new Map<number, PdfObject>();
  for (let i = 0; i < byOffset.length; i++) {
    const [num, at] = byOffset[i]!;
    const end = byOffset[i + 1]?.[1] ?? xrefAt;
    if (at <= 0 || end > xrefAt || end <= at) return undefined;
    const object = objectAt(pdf, num, at, end);
    if (!object) return undefined;
    objects.set(num, object);
  }
  if (!objects.has(root.num)) return undefined;
  return { objects, root: root.num, info: info instanceof PdfRef ? info.num : undefined };
}

/** The in-use entries of one or more subsections; undefined for anything but generation 0. */
function xrefOffsets(table: string): Map<number, number> | undefined {
  const offsets = new Map<number, number>();
  const lines = table.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; ) {
    const head = /^(\d+) (\d+)$/.exec(lines[i]!);
    if (!head) return undefined;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let k = 0; k < count; k++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(lines[i + 1 + k] ?? '');
      if (!entry) return undefined;
      if (entry[3] === 'f') continue;
      if (entry[2] !== '00000') return undefined;
      offsets.set(first + k, Number(entry[1]));
    }
    i += 1 + count;
  }
  return offsets.size ? offsets : undefined;
}

function objectAt(pdf: Buffer, num: number, at: number, end: number): PdfObject | undefined {
  const header = `${num} 0 obj`;
  if (pdf.toString('latin1', at, at + header.length) !== header) return undefined;
  let from = at + header.length;
  let to = pdf.lastIndexOf('endobj', end - 1, 'latin1');
  if (to < from) return undefined;
  while (from < to && WHITESPACE.has(pdf[from]!)) from++;
  while (to > from && WHITESPACE.has(pdf[to - 1]!)) to--;
  const body = pdf.subarray(from, to);
  const stream = body.length >= 9 && body.toString('latin1', body.length - 9) === 'endstream';
  // An object stream would hide objects from this table.
  if (stream && /\/Type\s*\/(ObjStm|XRef)\b/.test(body.toString('latin1', 0, Math.min(body.length, 512)))) return undefined;
  return { body, stream };
}

/** The first object number after every one in use. */
export function nextFree(objects: Map<number, PdfObject>): number {
  let next = 1;
  for (const num of objects.keys()) next = Math.max(next, num + 1);
  return next;
}

/** Page object numbers in order, from the page tree; undefined if the tree is not a plain one. */
export function pageNumbers(pdf: PdfObjects): number[] | undefined {
  const pages: number[] = [];
  const seen = new Set<number>();
  const walk = (num: number): boolean => {
    const node = dictAt(pdf.objects, num);
    if (!node || seen.has(num)) return false;
    seen.add(num);
    const type = node.get('Type');
    if (type instanceof PdfName && type.name === 'Page') return pages.push(num) > 0;
    const kids = node.get('Kids');
    if (!(type instanceof PdfName && type.name === 'Pages') || !Array.isArray(kids)) return false;
    return kids.every((kid) => kid instanceof PdfRef && walk(kid.num));
  };
  const root = dictAt(pdf.objects, pdf.root)?.get('Pages');
  return root instanceof PdfRef && walk(root.num) && pages.length ? pages : undefined;
}

/** A non-stream object's dictionary, or undefined if it is not one (or does not parse). */
export function dictAt(objects: Map<number, PdfObject>, num: number): PdfDict | undefined {
  const object = objects.get(num);
  if (!object || object.stream) return undefined;
  try {
    const { value } = parseValue(object.body.toString('latin1'));
    return value instanceof Map ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The object with every reference renumbered through `to`, and its dictionary (a stream's too) passed through
 * `edit`: a stream's data is kept as it is. Undefined when it does not parse.
 */
export function withRefsMapped(object: PdfObject, to: (num: number) => number, edit?: (dict: PdfDict) => void): PdfObject | undefined {
  const text = object.body.toString('latin1');
  try {
    if (!object.stream) {
      const value = mapRefs(parseValue(text).value, to);
      if (edit && value instanceof Map) edit(value);
      return { body: Buffer.from(serialize(value), 'latin1'), stream: false };
    }
    const head = parseStreamDict(text);
    if (!head) return undefined;
    const dict = mapRefs(head.dict, to) as PdfDict;
    edit?.(dict);
    return { body: Buffer.concat([Buffer.from(serialize(dict) + '\n', 'latin1'), object.body.subarray(head.rest)]), stream: true };
  } catch {
    return undefined;
  }
}

/** Sets a non-stream object, from a dictionary or from the text of a value. */
export function putObject(objects: Map<number, PdfObject>, num: number, value: PdfDict | string): void {
  objects.set(num, { body: Buffer.from(typeof value === 'string' ? value : serialize(value), 'latin1'), stream: false });
}
