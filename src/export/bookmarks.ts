// Slide PDF bytes → the same PDF with metadata and an outline (bookmarks) built from slide titles.
import { createHash } from 'node:crypto';
import { mayHoldNodeIds, NODE_ID, stableNames } from './stable-ids.js';
import { joinParts, savePdf } from './pdf-lib-fast.js';
import { type PDFDocument, PDFName, PDFNumber, PDFHexString, PDFString, PDFArray, PDFNull, PDFDict, type PDFObject, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** 0-based page index. */
  page: number;
  children: OutlineItem[];
}

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Creation and modification date: from the sources (see cache/source-date.ts), so a rebuild is byte-identical. */
  date: Date;
  /** Seeds the file identifier, which Chromium otherwise makes random: the same inputs give the same bytes. */
  identity: string;
}

/** Chromium's part(s) → one PDF with metadata and outline: parsed once, saved once, however many parts. */
export async function finishPdf(parts: readonly Uint8Array[], metadata: PdfMetadata, outline: OutlineItem[]): Promise<Uint8Array> {
  const doc = await joinParts(parts);
  applyMetadata(doc, metadata, parts);
  if (outline.length) addOutline(doc, outline);
  return savePdf(doc);
}

/** `printed`: Chromium's bytes the document holds tagged content from (where node ids could be). */
export function applyMetadata(doc: PDFDocument, metadata: PdfMetadata, printed: readonly Uint8Array[]): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords);
  doc.setCreator('Lectern');
  doc.setProducer('Lectern (Chromium, pdf-lib)');
  if (printed.some(mayHoldNodeIds)) renumberNodeIds(doc);
  doc.setCreationDate(metadata.date);
  doc.setModificationDate(metadata.date);
  const id = PDFHexString.of(createHash('md5').update(metadata.identity).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}

/** pdf-lib has no outline API: the dictionaries are built by hand (PDF 1.7 §12.3.3). */
function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const pages = doc.getPages();
  const context = doc.context;
  const rootRef = context.nextRef();
  const build = (list: OutlineItem[], parent: PDFRef): { refs: PDFRef[]; count: number } => {
    const refs = list.map(() => context.nextRef());
    let count = list.length;
    list.forEach((item, i) => {
      const page = pages[Math.min(item.page, pages.length - 1)]!;
      const dest = PDFArray.withContext(context);
      dest.push(page.ref);
      dest.push(PDFName.of('XYZ'));
      dest.push(PDFNull);
      dest.push(PDFNull);
      dest.push(PDFNull);
      const dict: PDFDict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), dest);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children.length) {
        const child = build(item.children, refs[i]!);
        dict.set(PDFName.of('First'), child.refs[0]!);
        dict.set(PDFName.of('Last'), child.refs[child.refs.length - 1]!);
        // Negative: sections start closed, so the outline reads as a table of contents.
        dict.set(PDFName.of('Count'), PDFNumber.of(-child.count));
      }
      context.assign(refs[i]!, dict);
    });
    return { refs, count };
  };
  const top = build(items, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.refs[0]!);
  root.set(PDFName.of('Last'), top.refs[top.refs.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
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
  const replace = stableNames(found);
  for (const obj of objects) visit(obj, replace);
}
