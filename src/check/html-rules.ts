// Raw HTML a deck brings that runs code or fetches from the web: `script` warnings from the rendered HTML,
// and `network` errors for requests the page makes to another host while it loads (seen in Chromium).
import type { Page } from 'puppeteer-core';
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

const RE_REMOTE = /^(https?|wss?|ftp):/i;

/** Starts recording (and blocking) requests to other hosts; call the result after the page has loaded. */
export async function watchNetwork(page: Page, deck: Deck): Promise<() => Diagnostic[]> {
  const seen = new Set<string>();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (RE_REMOTE.test(request.url())) {
      seen.add(request.url());
      void request.abort('blockedbyclient').catch(() => {});
    } else void request.continue().catch(() => {});
  });
  return () => {
    const lines = deckLines(deck);
    return [...seen].map((url) => {
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
  };
}
