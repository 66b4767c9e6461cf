// Raw HTML a deck brings that runs code or fetches from the web: `script` warnings from the rendered HTML,
// and `network` errors for requests the page makes to another host while it loads (seen in Chromium).
import { parseHTML } from 'linkedom';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { deckLines, locateIn, type Deck } from '../model/deck.js';

/** `<script>`, `on…=` handlers and `javascript:` URLs in the slides: code that runs when the deck opens. */
export function scriptFindings(deck: Deck, html: string, parsed?: Document): Diagnostic[] {
  const document = parsed ?? parseHTML(html).document;
  const slides = document.querySelector('.slides');
  if (!slides) return [];
  const lines = deckLines(deck);
  const out: Diagnostic[] = [];
  const report = (needle: string, what: string) => {
    const p = locateIn(lines, needle);
    out.push(warning(deck.file, p.line, p.column, `${what} runs code when the deck opens: keep it only in decks you trust (lectern build --no-html shows raw HTML as text)`, 'script'));
  };
  if (slides.querySelector('script')) report('<script', '<script>');
  for (const el of slides.querySelectorAll('*')) {
    for (const attr of [...el.attributes] as { name: string; value: string }[]) {
      if (/^on/i.test(attr.name)) report(attr.name, `the "${attr.name}" handler on <${el.tagName.toLowerCase()}>`);
      else if (/^\s*javascript:/i.test(attr.value)) report('javascript:', `a "javascript:" URL`);
    }
  }
  return out;
}

/** The requests to other hosts the page made while it loaded (request-filter.ts blocked them), one error each. */
export function networkFindings(deck: Deck, urls: readonly string[]): Diagnostic[] {
  const lines = deckLines(deck);
  return [...new Set(urls)].map((url) => {
    const short = url.length > 80 ? `${url.slice(0, 77)}…` : url;
    const host = (() => {
      try {
        return new URL(url).host;
      } catch {
        return url;
      }
    })();
    const p = locateIn(lines, host);
    return error(deck.file, p.line, p.column, `the deck requests ${short} when it loads: Lectern decks make no network requests (save the file beside the deck)`, 'network');
  });
}
