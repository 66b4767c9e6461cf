// Limits on the deck's own words that travel into every PDF's metadata and every handout page's header: a
// megabyte-long title stalled Chromium's print for minutes. Refused with the limit named, and cut short meanwhile.
import { error, type Diagnostic } from '../diagnostics.js';
import type { ParsedDeck } from '../outline/parse-deck.js';

/** Characters a title, subtitle or author may hold. */
export const MAX_META_CHARS = 1_000;

const FIELDS = ['title', 'subtitle', 'author'] as const;

/** `meta` with each over-long field cut to the limit, and an error for each. */
export function boundMeta<T extends { title: string; subtitle?: string; author?: string }>(parsed: ParsedDeck, meta: T): { meta: T; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bounded = { ...meta };
  for (const field of FIELDS) {
    const value = meta[field];
    if (value === undefined || value.length <= MAX_META_CHARS) continue;
    // A title from the first heading (no title in the front matter) is reported at the top of the file.
    const at = parsed.frontMatter[field] !== undefined ? parsed.locate([field]) : { line: 1, column: 1 };
    diagnostics.push(error(parsed.file, at.line, at.column, `the ${field} is ${value.length.toLocaleString('en')} characters long; Lectern takes up to ${MAX_META_CHARS.toLocaleString('en')} (shorten it: it goes into the PDF's metadata and every handout page)`));
    (bounded as Record<string, unknown>)[field] = value.slice(0, MAX_META_CHARS);
  }
  return { meta: bounded, diagnostics };
}
