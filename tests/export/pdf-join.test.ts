// A large deck's chunks joined on their bytes: pages in order, one structure tree whose element ids stay distinct
// (Chromium's node ids count per page, so two chunks can hold the same), and no answer for parts of another shape.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../../src/export/browser.js';
import { finishChromiumParts } from '../../src/export/pdf-finish.js';
import { joinChromiumParts } from '../../src/export/pdf-join.js';
import type { PdfMetadata } from '../../src/export/bookmarks.js';
import { processHost } from '../../src/cli/host.js';

const metadata: PdfMetadata = { title: 'Joined', date: new Date('2024-03-05T09:08:07Z'), identity: 'joined' };

function pdfText(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-join-')), 'x.pdf');
  fs.writeFileSync(file, bytes);
  try {
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Chromium's tagged PDF of a page with a table: its header cells get node ids as element ids. */
async function printTable(html: string): Promise<Uint8Array> {
  const session = browserSession(processHost());
  try {
    return await session.withPage(async (page) => {
      await page.setContent(`<style>@page { size: 480px 270px; margin: 0 } table { break-after: page }</style>${html}`);
      return page.pdf({ tagged: true, preferCSSPageSize: true, printBackground: true });
    });
  } finally {
    await session.close();
  }
}

const table = (caption: string) => `<table><tr><th>${caption} year</th><th>${caption} event</th></tr><tr><td>1955</td><td>${caption}</td></tr></table>`;

describe('joining chunks on their bytes', () => {
  it('keeps every part\'s pages in order, one structure tree, and element ids that stay distinct', async () => {
    const parts = [await printTable(table('Warsaw') + table('Geneva')), await printTable(table('Suez'))];
    const joined = finishChromiumParts(parts, metadata, [])!;
    expect(joined).toBeDefined();
    const text = pdfText(joined);
    expect(text.indexOf('Warsaw event')).toBeLessThan(text.indexOf('Geneva event'));
    expect(text.indexOf('Geneva event')).toBeLessThan(text.indexOf('Suez event'));

    const doc = await PDFDocument.load(joined, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(3);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    // The parent tree: each page's key finds elements on that page.
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const tree = new Map<number, PDFArray>();
    for (let i = 0; i < nums.size(); i += 2) tree.set(Number(nums.get(i).toString()), nums.lookup(i + 1, PDFArray));
    doc.getPages().forEach((page) => {
      const key = Number(page.node.get(PDFName.of('StructParents'))!.toString());
      const elements = tree.get(key)!.asArray().map((ref) => doc.context.lookup(ref, PDFDict));
      expect(elements.length).toBeGreaterThan(0);
      for (const e of elements) expect(e.get(PDFName.of('Pg'))?.toString()).toBe(page.ref.toString());
    });
    expect(Number(root.get(PDFName.of('ParentTreeNextKey'))!.toString())).toBe(tree.size);
    // Element ids: one name per header cell, none shared by the two parts, all found in the id tree.
    const idNames = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const ids: string[] = [];
    for (let i = 0; i < idNames.size(); i += 2) ids.push((idNames.get(i) as PDFString | PDFHexString).decodeText());
    expect(ids.length).toBe(6);
    expect(new Set(ids).size).toBe(6);
    expect([...ids].sort()).toEqual(ids);
  });

  it('joins untagged parts too, and says no to a part of another shape', async () => {
    const plain = async (n: number, extra?: (doc: PDFDocument) => void) => {
      const doc = await PDFDocument.create();
      for (let i = 0; i < n; i++) doc.addPage([480, 270]).drawText(`page ${i + 1} of ${n}`, { x: 20, y: 200 });
      extra?.(doc);
      return doc.save({ useObjectStreams: false });
    };
    const joined = finishChromiumParts([await plain(2), await plain(3)], metadata, [{ title: 'Third', page: 2, children: [] }])!;
    expect(pdfText(joined).match(/page \d of \d/g)).toEqual(['page 1 of 2', 'page 2 of 2', 'page 1 of 3', 'page 2 of 3', 'page 3 of 3']);
    // Object streams hide objects from the cross-reference table; a catalog with keys Chromium does not write.
    const compressed = await (await PDFDocument.load(await plain(1))).save({ useObjectStreams: true });
    expect(joinChromiumParts([await plain(1), compressed])).toBeUndefined();
    const named = await plain(1, (doc) => doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({})));
    expect(joinChromiumParts([await plain(1), named])).toBeUndefined();
  });
});
