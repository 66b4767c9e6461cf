// URLs left out of a page (url-policy.ts) → one warning each, at the place the deck wrote them.
import { warning, type Diagnostic } from '../diagnostics.js';
import { locateIn, type Deck } from '../model/deck.js';
import type { SourceLine } from '../outline/split.js';
import { urlProblem } from '../paths/url-policy.js';
import type { RefusedUrl } from './refuse-urls.js';

export function refusedUrlWarnings(deck: Deck, lines: readonly SourceLine[], refused: readonly RefusedUrl[]): Diagnostic[] {
  const seen = new Set<string>();
  return refused.flatMap(({ url, attribute }) => {
    if (seen.has(url)) return [];
    seen.add(url);
    const p = locateIn(lines, url.trim().slice(0, 40));
    const what = attribute === 'href' ? 'link' : `${attribute} URL`;
    return [warning(deck.file, p.line, p.column, `${what} ${urlProblem(url, 'link') ?? `"${url}" is not allowed`}: left out of the page`, 'unsafe-url')];
  });
}
