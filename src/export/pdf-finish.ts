// Chromium's slide PDF → the finished file (metadata, bookmarks, stable node ids, file identifier), working on the
// objects as bytes: nothing is parsed but the trailer, the catalog, the page tree and the strings of non-stream objects.
// pdf-lib did the same by parsing and re-serialising every object, compressing in JavaScript: about 60 ms of
// Node's CPU a deck, on the same two cores Chromium prints with. Returns undefined for a PDF of another shape,
// which then goes the pdf-lib way (bookmarks.ts).
import { createHash } from 'node:crypto';
import type { OutlineItem, PdfMetadata } from './bookmarks.js';
import { dictAt, nextFree, pageNumbers, putObject, readPdfObjects, type PdfObjects } from './pdf-read.js';
import { PdfAtom, PdfName, PdfRef } from './pdf-value.js';
import { pdfDate, textString } from './pdf-syntax.js';
import { writePdf } from './pdf-write.js';
import { joinChromiumParts } from './pdf-join.js';
import { mayHoldNodeIds, renumberNodeIdsInObjects } from './stable-ids.js';

export const PRODUCER = 'Lectern (Chromium)';

export function finishChromiumPdf(bytes: Uint8Array, metadata: PdfMetadata, outline: OutlineItem[]): Buffer | undefined {
  const pdf = readPdfObjects(bytes);
  if (!pdf) return undefined;
  if (mayHoldNodeIds(bytes)) renumberNodeIdsInObjects(pdf.objects);
  return finishObjects(pdf, metadata, outline);
}

/** A deck printed in chunks: the parts joined on their bytes (pdf-join.ts), then finished as one. */
export function finishChromiumParts(parts: readonly Uint8Array[], metadata: PdfMetadata, outline: OutlineItem[]): Buffer | undefined {
  const joined = joinChromiumParts(parts);
  return joined && finishObjects(joined, metadata, outline);
}

/** Metadata, outline and identifier, then the compact file: a slide PDF, or a handout with its slides drawn in. */
export function finishObjects(pdf: PdfObjects, metadata: PdfMetadata, outline: OutlineItem[]): Buffer | undefined {
  const { objects } = pdf;
  const catalog = dictAt(objects, pdf.root);
  if (!catalog || catalog.has('Outlines') || catalog.has('PageMode')) return undefined;
  const pages = pageNumbers(pdf);
  if (!pages) return undefined;

  let next = nextFree(objects);
  const reserve = () => next++;
  const put = (num: number, body: string) => putObject(objects, num, body);
  const info = pdf.info !== undefined && objects.has(pdf.info) && !objects.get(pdf.info)!.stream ? pdf.info : reserve();
  put(info, infoDict(metadata));

  // Viewers show the title, not the file name (what pdf-lib's setTitle asks for, and Chromium writes already).
  const viewer = catalog.get('ViewerPreferences');
  if (viewer === undefined) catalog.set('ViewerPreferences', new Map([['DisplayDocTitle', new PdfAtom('true')]]));
  else if (!(viewer instanceof Map) || (viewer.get('DisplayDocTitle') as PdfAtom | undefined)?.raw !== 'true') return undefined;
  if (outline.length) {
    catalog.set('Outlines', new PdfRef(addOutline(outline, pages, reserve, put)));
    catalog.set('PageMode', new PdfName('UseOutlines'));
  }
  putObject(objects, pdf.root, catalog);

  const id = createHash('md5').update(metadata.identity).digest('hex').toUpperCase();
  return writePdf(objects, { root: pdf.root, info, id });
}

function infoDict(m: PdfMetadata): string {
  const entries: [string, string][] = [['Title', textString(m.title)]];
  if (m.author) entries.push(['Author', textString(m.author)]);
  if (m.subject) entries.push(['Subject', textString(m.subject)]);
  if (m.keywords?.length) entries.push(['Keywords', textString(m.keywords.join(' '))]);
  entries.push(['Creator', textString('Lectern')], ['Producer', textString(PRODUCER)], ['CreationDate', pdfDate(m.date)], ['ModDate', pdfDate(m.date)]);
  return `<<${entries.map(([k, v]) => `\n/${k} ${v}`).join('')}>>`;
}

/** The outline's dictionaries (PDF 1.7 §12.3.3); returns the number of its root. */
function addOutline(items: OutlineItem[], pages: number[], reserve: () => number, put: (num: number, body: string) => void): number {
  const root = reserve();
  const build = (list: OutlineItem[], parent: number): number[] => {
    // Numbered first, so that siblings can point at each other.
    const refs = list.map(() => reserve());
    list.forEach((item, i) => {
      const page = pages[Math.min(item.page, pages.length - 1)]!;
      let dict = `<</Title ${textString(item.title)}\n/Parent ${parent} 0 R\n/Dest [${page} 0 R /XYZ null null null]`;
      if (i > 0) dict += `\n/Prev ${refs[i - 1]} 0 R`;
      if (i < list.length - 1) dict += `\n/Next ${refs[i + 1]} 0 R`;
      if (item.children.length) {
        const children = build(item.children, refs[i]!);
        // Negative: sections start closed, so the outline reads as a table of contents.
        dict += `\n/First ${children[0]} 0 R\n/Last ${children.at(-1)} 0 R\n/Count ${-item.children.length}`;
      }
      put(refs[i]!, `${dict}>>`);
    });
    return refs;
  };
  const top = build(items, root);
  put(root, `<</Type /Outlines\n/First ${top[0]} 0 R\n/Last ${top.at(-1)} 0 R\n/Count ${items.length}>>`);
  return root;
}
