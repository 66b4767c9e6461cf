// Counts a deck's slides and notes the way reveal.js itself does: reveal.js (node_modules, v6) and its
// markdown plugin load the deck as an external data-markdown file in headless Chromium, then Reveal counts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { RevealInput } from './corpus-decks.js';

const require = createRequire(import.meta.url);
// reveal.js 6 exports no ./package.json; its main entry sits in dist/.
const revealDist = path.dirname(require.resolve('reveal.js'));
export const revealVersion = (JSON.parse(fs.readFileSync(path.join(revealDist, '..', 'package.json'), 'utf8')) as { version: string }).version;

// A made-up origin: every request is answered from memory, nothing reaches the network.
const ORIGIN = 'http://corpus.invalid';

function attribute(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  return ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

function pageHtml(input: RevealInput): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/reveal.css"></head><body>
<div class="reveal"><div class="slides"><section data-markdown="/deck.md"${attribute('data-separator', input.separator)}${attribute(
    'data-separator-vertical',
    input.verticalSeparator,
  )}${attribute('data-separator-notes', input.notesSeparator)}></section></div></div>
<script src="/reveal.js"></script><script src="/markdown.js"></script>
<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown], hash: false }).then(() => true);</script>
</body></html>`;
}

export interface RevealCount {
  slides: number;
  notes: number;
}

/** Loads the deck in a fresh page and reads Reveal.getTotalSlides() and the slides that have notes. */
export async function countWithReveal(page: Page, input: RevealInput, timeoutMs = 20_000): Promise<RevealCount> {
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/index.html': { type: 'text/html; charset=utf-8', body: pageHtml(input) },
    '/deck.md': { type: 'text/markdown; charset=utf-8', body: input.markdown },
    '/reveal.js': { type: 'text/javascript', body: fs.readFileSync(path.join(revealDist, 'reveal.js')) },
    '/reveal.css': { type: 'text/css', body: fs.readFileSync(path.join(revealDist, 'reveal.css')) },
    '/markdown.js': { type: 'text/javascript', body: fs.readFileSync(path.join(revealDist, 'plugin', 'markdown.js')) },
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    // Images and other assets the deck names are not needed to count slides.
    if (!file) return void request.respond({ status: 404, body: '' });
    return void request.respond({ status: 200, contentType: file.type, body: file.body });
  });
  await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction('window.ready && Reveal.isReady()', { timeout: timeoutMs });
  return countLoadedDeck(page);
}

/** On a page where Reveal is ready: its total slide count, and the slides whose notes are not empty. */
export async function countLoadedDeck(page: Page): Promise<RevealCount> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: { getTotalSlides(): number; getSlides(): HTMLElement[]; getSlideNotes(slide: HTMLElement): string | null } }).Reveal;
    // reveal.js's own reading of a slide's notes (data-notes, or every aside.notes at any depth), as its speaker view shows them.
    // (No named helper here: tsx would wrap it in a __name() call the page does not have.)
    const box = document.createElement('div');
    const withNotes = reveal.getSlides().filter((slide) => {
      box.innerHTML = reveal.getSlideNotes(slide) ?? '';
      return (box.textContent ?? '').trim() !== '';
    });
    return { slides: reveal.getTotalSlides(), notes: withNotes.length };
  });
}
