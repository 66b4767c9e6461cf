// The slide sources every dialect produces: body lines with their file line numbers, headings, vertical children.
import { splitAtHeadings } from './dialects/outline.js';
import { splitAtSeparators, usesSeparators, type SeparatorOptions } from './dialects/reveal.js';

export interface SourceLine {
  text: string;
  /** 1-based file line. */
  line: number;
}

export interface HeadingSource {
  level: 1 | 2 | 3;
  text: string;
  line: number;
  /** Raw text inside `{…}` at the end of the heading line, if any. */
  attributes?: string;
  attributesColumn?: number;
}

export interface SlideSource {
  kind: 'title' | 'section' | 'slide';
  heading?: HeadingSource;
  /** Body lines (heading excluded in outline decks), notes included. */
  lines: SourceLine[];
  line: number;
  /** Vertical sub-slides below this one. */
  children: SlideSource[];
}

export { DEFAULT_SEPARATOR, DEFAULT_VERTICAL_SEPARATOR, usesSeparators } from './dialects/reveal.js';

/** Outline headings or reveal.js separators, whichever the body uses (Marp decks go through their dialect). */
export function splitSlides(body: string, bodyLine: number, options: SeparatorOptions = {}): { mode: 'headings' | 'separators'; slides: SlideSource[] } {
  return usesSeparators(body, options)
    ? { mode: 'separators', slides: splitAtSeparators(body, bodyLine, options) }
    : { mode: 'headings', slides: splitAtHeadings(body, bodyLine) };
}
