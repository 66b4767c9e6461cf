// Reading .pptx files in tests: LibreOffice Impress converts them to PDF (a real consumer opening them), JSZip
// reads their XML, and a built deck page gives each slide's words to compare with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';

/**
 * Converts .pptx files to PDFs in `outDir` with soffice, headless, in a private profile (parallel runs do not share
 * one) and under a deadline. Returns the PDFs' paths in the same order.
 */
export function sofficeToPdf(files: readonly string[], outDir: string, profile: string): string[] {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 240_000 });
  return files.map((f) => path.join(outDir, `${path.basename(f, '.pptx')}.pdf`));
}

export const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

/** Lower-case words of two letters or more: what both renderings must show, whatever their punctuation and quotes. */
export function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{2,}/gu) ?? []));
}

/** Share of `expected`'s words found in `actual`. */
export function wordShare(expected: Set<string>, actual: Set<string>): number {
  if (!expected.size) return 1;
  return [...expected].filter((w) => actual.has(w)).length / expected.size;
}

export interface HtmlSlide {
  text: string;
  notes: string;
  tables: number;
  images: number;
  nested: boolean;
  ordered: boolean;
}

/** Each slide reveal.js shows (vertical sub-slides included), in order, read from the built page. */
export function htmlSlides(file: string): HtmlSlide[] {
  const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
  const leaves = [...document.querySelectorAll('.reveal .slides section')].filter((s) => !s.querySelector('section'));
  return leaves.map((s) => {
    const notes = s.querySelector('aside.notes')?.textContent ?? '';
    const copy = s.cloneNode(true) as Element;
    // Notes are not on the slide; print links only on paper.
    for (const e of copy.querySelectorAll('aside.notes, .print-links')) e.remove();
    return {
      text: copy.textContent ?? '',
      notes,
      tables: s.querySelectorAll('table').length,
      images: s.querySelectorAll('.slide-body img').length,
      nested: Boolean(s.querySelector('li ul, li ol')),
      ordered: Boolean(s.querySelector('.slide-body ol')),
    };
  });
}

export interface PptxSlide {
  xml: string;
  notes: string;
}

/** The slides of a .pptx in order, each with the text of its notes slide. */
export async function pptxSlides(file: string): Promise<{ slides: PptxSlide[]; files: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const files = Object.keys(zip.files);
  const count = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: PptxSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = target ? await zip.file(`ppt/notesSlides/${target}`)!.async('string') : '';
    slides.push({ xml, notes: [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ') });
  }
  return { slides, files };
}

/** Width and height of a PNG, from its header. */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * What PowerPoint checks before it offers to repair a file: every part has a content type ([Content_Types].xml, by
 * extension or by name), every internal relationship points at a part that exists, and every XML part is
 * well-formed enough to have one root element. Returns the problems found (none for a good package).
 */
export async function packageProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override PartName="([^"]+)"/g)].map((m) => m[1]!));
  const problems: string[] = [];
  for (const part of parts) {
    if (part === '[Content_Types].xml') continue;
    if (!overrides.has(`/${part}`) && !defaults.has(part.slice(part.lastIndexOf('.') + 1).toLowerCase())) problems.push(`${part}: no content type`);
  }
  for (const override of overrides) if (!parts.includes(override.slice(1))) problems.push(`${override}: content type for a missing part`);
  for (const rels of parts.filter((p) => p.endsWith('.rels'))) {
    const base = path.posix.dirname(path.posix.dirname(rels));
    const xml = await zip.file(rels)!.async('string');
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
      if (!parts.includes(resolved)) problems.push(`${rels}: relationship to missing ${resolved}`);
    }
  }
  for (const part of parts.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
    const xml = (await zip.file(part)!.async('string')).replace(/<\?xml[^>]*\?>/, '').trim();
    const root = /^<([\w:]+)/.exec(xml)?.[1];
    if (!root || !(xml.endsWith(`</${root}>`) || (xml.endsWith('/>') && !xml.slice(0, -2).includes('>')))) problems.push(`${part}: not one root element`);
  }
  return problems;
}
