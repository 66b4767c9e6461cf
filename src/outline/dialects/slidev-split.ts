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
}

/** Imports nest (a page importing pages): bounded, so a file importing itself is an error, not a hang. */
const MAX_DEPTH = 8;
const MAX_IMPORT_BYTES = 1024 * 1024;

/** One Markdown file → its slides before imports, exactly at the lines Slidev's `parse` cuts. */
export function sliceSlidev(text: string, file: string, diagnostics: Diagnostic[]): SlidevSlide[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const slides: SlidevSlide[] = [];
  let start = 0;
  let contentStart = 0;
  let matter: Record<string, unknown> = {};
  const slice = (end: number) => {
    if (start === end) return;
    const content = lines.slice(contentStart, end).map((t, i) => ({ text: t, line: contentStart + i + 1 }));
    slides.push({ frontMatter: matter, lines: content, line: start + 1, file });
    start = contentStart = end + 1;
    matter = {};
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.startsWith('---')) {
      slice(i);
      const next = lines[i + 1];
      // `---` followed by a non-blank line opens front matter, up to the next line that is exactly `---`.
      if (line[3] !== '-' && next?.trim()) {
        start = i;
        const from = i + 1;
        for (i += 1; i < lines.length; i++) if (lines[i]!.trimEnd() === '---') break;
        matter = readMatter(lines.slice(from, i).join('\n'), file, from + 1, diagnostics);
        contentStart = i + 1;
      }
    } else if (line.trimStart().startsWith('```')) {
      const level = /^\s*`+/.exec(line)![0];
      let j = i + 1;
      while (j < lines.length && !lines[j]!.startsWith(level)) j++;
      if (j !== lines.length) i = j;
    }
  }
  if (start <= lines.length - 1) slice(lines.length);
  return slides;
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
    for (const s of picked) out.push({ frontMatter: { ...s.frontMatter, ...override }, lines: s.lines.map(here), line: slide.line, file: s.file });
  }
  return out;
}
