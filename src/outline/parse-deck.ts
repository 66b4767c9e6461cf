// A deck file → front matter, slide sources and heading attributes: everything that does not depend on the class.
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { FrontMatter } from '../config/schema.js';
import { readFrontMatter } from './front-matter.js';
import { emptyAttributes, parseAttributes, type SlideAttributes } from './attributes.js';
import { splitSlides, type SlideSource } from './split.js';
import { checkUserRegexes } from './user-regex.js';
import { unclosedBlocks } from './unclosed.js';

export interface ParsedSlide extends SlideSource {
  attributes: SlideAttributes;
  children: ParsedSlide[];
}

export interface ParsedDeck {
  slug: string;
  file: string;
  /** Folder that relative images and links resolve against. */
  dir: string;
  frontMatter: FrontMatter;
  locate(path: readonly (string | number)[]): { line: number; column: number };
  mode: 'headings' | 'separators';
  slides: ParsedSlide[];
  diagnostics: Diagnostic[];
}

export function slugForFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  return base === 'index' ? path.basename(path.dirname(file)) : base;
}

export function parseDeck(file: string, text: string): ParsedDeck {
  const fm = readFrontMatter(file, text);
  const diagnostics = [...fm.diagnostics];
  const slug = slugForFile(file);
  const base = { slug, file, dir: path.dirname(file), frontMatter: fm.data, locate: fm.locate };
  if (!hasErrors(diagnostics)) diagnostics.push(...checkUserRegexes(fm.data, file, fm.locate), ...unclosedBlocks(fm.body, fm.bodyLine, file));
  if (hasErrors(diagnostics)) return { ...base, mode: 'headings', slides: [], diagnostics };
  const split = splitSlides(fm.body, fm.bodyLine, {
    separator: fm.data.separator,
    verticalSeparator: fm.data.verticalSeparator,
  });
  const withAttributes = (s: SlideSource): ParsedSlide => {
    let attributes = emptyAttributes();
    const h = s.heading;
    if (h?.attributes !== undefined && split.mode === 'headings') {
      const parsed = parseAttributes(h.attributes, file, h.line, h.attributesColumn ?? 1);
      attributes = parsed.attributes;
      diagnostics.push(...parsed.diagnostics);
    }
    return { ...s, attributes, children: s.children.map(withAttributes) };
  };
  const slides = split.slides.map(withAttributes);
  // A Markdown file that opens with "# Title" and has no front matter title: that heading is the title slide.
  const [title, first] = slides;
  let frontMatter = fm.data;
  if (split.mode === 'headings' && fm.data.title === undefined && title?.kind === 'title' && first?.kind === 'section' && !title.lines.some((l) => l.text.trim())) {
    frontMatter = { ...fm.data, title: first.heading!.text };
    title.lines = first.lines;
    slides.splice(1, 1, ...first.children);
  }
  return { ...base, frontMatter, mode: split.mode, slides, diagnostics };
}
