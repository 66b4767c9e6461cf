// Reading PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdffonts) and pdf-lib.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFDict, PDFName, PDFHexString, PDFString } from 'pdf-lib';

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
}

export function fonts(file: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
    });
}

/** Outline titles, depth-first, with their depth. */
export async function outline(file: string): Promise<{ title: string; depth: number }[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: { title: string; depth: number }[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title')) as PDFHexString | PDFString;
      out.push({ title: title.decodeText(), depth });
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}

/** Link annotations on a page: URIs and internal destinations. */
export async function links(file: string, pageIndex: number): Promise<{ uri?: string; internal: boolean }[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const annots = doc.getPage(pageIndex).node.Annots();
  if (!annots) return [];
  return annots.asArray().map((ref) => {
    const a = doc.context.lookup(ref, PDFDict);
    const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
    const uri = action?.lookup(PDFName.of('URI'));
    return { uri: uri ? (uri as PDFString).decodeText() : undefined, internal: !uri && Boolean(a.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))) };
  });
}

/** Grey level (0 black, 255 white) of the pixel at a fraction of the page's width and height. */
export function greyAt(file: string, page: number, fx: number, fy: number): number {
  const dpi = 30;
  const info = pdfInfo(file);
  const [w, h] = info['Page size']!.split(' x ').map((n) => parseFloat(n));
  const x = Math.round((w! / 72) * dpi * fx);
  const y = Math.round((h! / 72) * dpi * fy);
  const out = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-x', String(x), '-y', String(y), '-W', '1', '-H', '1', '-gray', file], { maxBuffer: 1 << 20 });
  return out[out.length - 1]!;
}

/** Per page, the share of pixels darker than mid-grey when rendered grey at 30 dpi: how much ink a printer lays down. */
export function inkCoverage(file: string): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-ink-'));
  try {
    execFileSync('pdftoppm', ['-r', '30', '-gray', file, path.join(dir, 'p')]);
    return fs.readdirSync(dir).sort().map((f) => {
      const pgm = fs.readFileSync(path.join(dir, f));
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
      const pixels = pgm.subarray(header[0].length);
      let dark = 0;
      for (const p of pixels) if (p < 128) dark++;
      return dark / pixels.length;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every page rendered grey at `dpi` (binary PGM files, one per page), to compare two PDFs pixel for pixel. */
export function pagePixels(file: string, dpi = 40): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-pixels-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(dir, 'p')]);
    return fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
