// Slidev's slide splitting, as its parser (packages/parser core.ts `parse`, fs.ts `load`) does it: `---` lines,
// per-slide front matter, code fences skipped, `hide`/`disabled` slides dropped and `src:` files imported.
import fs from 'node:fs';
import path from 'node:path';
import { error, warning, type Diagnostic } from '../../diagnostics.js';
import { parseYaml } from '../../config/yaml.js';
import type { SourceLine } from '../source.js';

export interface SlidevSlide {
  /** The slide's front matter (an importer's keys win over the imported slide's, as in Slidev). */
  frontMatter: Record<string, unknown>;
  /** Content lines, front matter excluded, with their file lines. */
  lines: SourceLine[];
  /** File line of the slide's first line (its `---`, or the first content line). */
  line: number;
  /** The file it was read from (a `src:` import's own file). */
  file: string;
  /** Its own front matter's title (or name), which Slidev titles it by: an importer's does not replace it. */
  title?: string;
}

/** Imports nest (a page importing pages): bounded, so a file importing itself is an error, not a hang. */
const MAX_DEPTH = 8;
const MAX_IMPORT_BYTES = 1024 * 1024;

/** One Markdown file → its slides before imports, exactly at the lines Slidev's `parse` cuts. */
export function sliceSlidev(text: string, file: string, diagnostics: Diagnostic[]): SlidevSlide[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const slides: SlidevSlide[] = [];
  let start = 0;
  let inComment = false;
  const slice = (end: number) => {
    if (start === end) return;
    slides.push(matterOf(lines.slice(start, end), start + 1, file, diagnostics));
    start = end + 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    // A `---` inside a multi-line HTML comment (a note) splits nothing (Slidev 52 and later).
    if (inComment) inComment = stillInComment(lines[i]!, true);
    else if (line.startsWith('---')) {
      slice(i);
      // `---` followed by a non-blank line opens front matter: the slide starts at it and goes on past the next
      // line that is exactly `---` (what the front matter is, `matterOf` reads as Slidev's `matter` does).
      if (line[3] !== '-' && lines[i + 1]?.trim()) {
        start = i;
        for (i += 1; i < lines.length; i++) if (lines[i]!.trimEnd() === '---') break;
      }
    } else if (line.trimStart().startsWith('```')) {
      const level = /^\s*`+/.exec(line)![0];
      let j = i + 1;
      while (j < lines.length && !lines[j]!.startsWith(level)) j++;
      if (j !== lines.length) i = j;
    } else inComment = stillInComment(lines[i]!, false);
  }
  if (start <= lines.length - 1) slice(lines.length);
  return slides;
}

/** Whether an HTML comment is still open after this line, given whether one was open before it. */
function stillInComment(line: string, open: boolean): boolean {
  let at = 0;
  for (;;) {
    if (open) {
      const end = line.indexOf('-->', at);
      if (end < 0) return true;
      open = false;
      at = end + 3;
    } else {
      const begin = line.indexOf('<!--', at);
      if (begin < 0) return false;
      const end = line.indexOf('-->', begin + 4);
      if (end < 0) return true;
      at = end + 3;
    }
  }
}

/**
 * A slide's raw text → its front matter and content, with Slidev's own patterns: `---` up to the next `---`
 * anywhere, or else a leading ```yaml block. The content keeps its file lines.
 */
function matterOf(raw: readonly string[], firstLine: number, file: string, diagnostics: Diagnostic[]): SlidevSlide {
  const text = raw.join('\n');
  const m = /^---.*\r?\n([\s\S]*?)---/.exec(text) ?? /^\s*```ya?ml([\s\S]*?)```/.exec(text);
  const matterLine = m ? firstLine + text.slice(0, m.index + m[0].indexOf(m[1]!)).split('\n').length - 1 : firstLine;
  const frontMatter = m ? readMatter(m[1]!, file, matterLine, diagnostics) : {};
  const cut = m ? m[0].length : 0;
  const skipped = text.slice(0, cut).split('\n').length - 1;
  const rest = text.slice(cut).split('\n');
  const named = frontMatter.title ?? frontMatter.name;
  const title = typeof named === 'string' && named.trim() ? named.trim() : undefined;
  return { frontMatter, lines: rest.map((t, i) => ({ text: t, line: firstLine + skipped + i })), line: firstLine, file, ...(title && { title }) };
}

function readMatter(yaml: string, file: string, firstLine: number, diagnostics: Diagnostic[]): Record<string, unknown> {
  const parsed = parseYaml(yaml, file, firstLine);
  diagnostics.push(...parsed.diagnostics);
  const value = parsed.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Slidev's range syntax after `#` in `src:` ("2", "1-3", "1,4-5"); out-of-range numbers are skipped. */
export function slidevRange(total: number, range?: string): number[] {
  if (!range?.trim()) return Array.from({ length: total }, (_, i) => i + 1);
  const out: number[] = [];
  for (const part of range.split(/[,;]/)) {
    const [a, b] = part.split('-').map((s) => Number.parseInt(s.trim(), 10));
    if (a === undefined || Number.isNaN(a)) continue;
    for (let n = a; n <= (b === undefined || Number.isNaN(b) ? a : b); n++) if (n >= 1 && n <= total) out.push(n);
  }
  return out;
}

/**
 * The deck's slides as Slidev shows them: hidden ones dropped, `src:` imports expanded (the importer's front
 * matter over each imported slide's, its own content ignored). `root` is where `/path` imports start; the files
 * imported are added to `imports` (they are parts of this deck, not decks of their own).
 */
export function loadSlidev(text: string, file: string, root: string, diagnostics: Diagnostic[], imports = new Set<string>(), depth = 0): SlidevSlide[] {
  const out: SlidevSlide[] = [];
  for (const slide of sliceSlidev(text, file, diagnostics)) {
    const fm = slide.frontMatter;
    if (fm.disabled || fm.hide) continue;
    if (typeof fm.src !== 'string') {
      out.push(slide);
      continue;
    }
    const [rawPath = '', range] = fm.src.split('#');
    const target = rawPath.startsWith('/') ? path.join(root, rawPath.slice(1)) : path.resolve(path.dirname(file), rawPath);
    const override = { ...fm };
    delete override.src;
    const readable = fs.existsSync(target) && fs.statSync(target).isFile() && fs.statSync(target).size <= MAX_IMPORT_BYTES;
    if (!readable) {
      diagnostics.push(warning(file, slide.line, 1, `slide imports "${rawPath}" (src:), which is not found: the slide is left out, as Slidev leaves it`));
      continue;
    }
    if (depth >= MAX_DEPTH) {
      diagnostics.push(error(file, slide.line, 1, `"${rawPath}" (src:) imports files more than ${MAX_DEPTH} deep (does it import itself?)`));
      continue;
    }
    imports.add(target);
    const imported = loadSlidev(fs.readFileSync(target, 'utf8'), target, root, diagnostics, imports, depth + 1);
    const picked = slidevRange(imported.length, range).map((n) => imported[n - 1]!);
    // Lines of another file keep the importing slide's line, so diagnostics point at the `src:` that brought them.
    const here = (l: SourceLine) => ({ text: l.text, line: slide.line });
    for (const s of picked) out.push({ ...s, frontMatter: { ...s.frontMatter, ...override }, lines: s.lines.map(here), line: slide.line });
  }
  return out;
}
