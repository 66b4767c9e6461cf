// URLs left out of a page (url-policy.ts) → one warning each, at the place the deck wrote them.
import { warning, type Diagnostic } from '../diagnostics.js';
import { allSlides, locateIn, type Deck } from '../model/deck.js';
import type { SourceLine } from '../outline/split.js';
import { ALLOWED_URLS, urlProblem } from '../paths/url-policy.js';
import type { RefusedUrl } from './refuse-urls.js';

export function refusedUrlWarnings(deck: Deck, lines: readonly SourceLine[], refused: readonly RefusedUrl[]): Diagnostic[] {
  const seen = new Set<string>();
  const slideLines = new Map(allSlides(deck.slides).map((s) => [s.id, s.line] as const));
  return refused.flatMap(({ url, attribute, slide }) => {
    if (seen.has(url)) return [];
    seen.add(url);
    // Where the deck writes the URL; else (notes, a heading's attributes, an entity) the slide's first line.
    const p = locateIn(lines, url.trim().slice(0, 40), { line: (slide && slideLines.get(slide)) || 1, column: 1 });
    const what = attribute === 'href' ? 'link' : `${attribute} URL`;
    return [warning(deck.file, p.line, p.column, `${what} ${urlProblem(url, 'link') ?? `"${url}" is not allowed`}, so it is left out of the page (${ALLOWED_URLS})`, 'unsafe-url')];
  });
}
