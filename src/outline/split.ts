// Splits a deck body into slide sources: at outline headings, or at reveal.js separators when the body uses them.
import { splitAtHeadings } from './dialects/outline.js';
import { splitAtSeparators, usesSeparators, type SeparatorOptions } from './dialects/reveal.js';

import type { SlideSource } from './source.js';

export type { HeadingSource, SlideSource, SourceLine } from './source.js';

export { DEFAULT_SEPARATOR, DEFAULT_VERTICAL_SEPARATOR, usesSeparators } from './dialects/reveal.js';

/** Outline headings or reveal.js separators, whichever the body uses (Marp decks go through their dialect). */
export function splitSlides(body: string, bodyLine: number, options: SeparatorOptions = {}): { mode: 'headings' | 'separators'; slides: SlideSource[] } {
  return usesSeparators(body, options)
    ? { mode: 'separators', slides: splitAtSeparators(body, bodyLine, options) }
    : { mode: 'headings', slides: splitAtHeadings(body, bodyLine) };
}
