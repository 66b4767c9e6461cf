// Chromium's PDF (Skia's writer) → its objects as bytes, found through the classic cross-reference table. Only the
// simple shape Skia writes is accepted (one xref section, generation 0, no object streams, no encryption);
// anything else returns undefined and the caller takes the general route (pdf-lib).

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

const RE_TRAILER_REF = (key: string) => new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`);
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

export function readPdfObjects(bytes: Uint8Array): PdfObjects | undefined {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return undefined;
  const xrefAt = Number(start[1]);
  const trailerAt = pdf.indexOf('trailer', xrefAt, 'latin1');
  if (trailerAt < 0 || pdf.toString('latin1', xrefAt, xrefAt + 4) !== 'xref') return undefined;
  const trailer = pdf.toString('latin1', trailerAt, pdf.length);
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) return undefined;
  const root = RE_TRAILER_REF('Root').exec(trailer);
  if (!root) return undefined;
  const info = RE_TRAILER_REF('Info').exec(trailer);

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
  if (!objects.has(Number(root[1]))) return undefined;
  return { objects, root: Number(root[1]), info: info ? Number(info[1]) : undefined };
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
