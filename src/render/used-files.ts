// The local files a rendered deck uses (its slides' images, its Handout: text's images, files its slides link to):
// what the stage copies beside the deck.
import fs from 'node:fs';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { allSlides, deckLines, locateIn, type Deck } from '../model/deck.js';
import { resolveInside } from '../paths/inside.js';
import { isFileUrl, isLocalUrl, urlPath } from '../paths/asset-target.js';
import { decodeEntities } from '../outline/entities.js';
import { renderMarkdown } from './markdown.js';
import { isWebUrl } from '../paths/url-policy.js';

/** Where `needle` is in the deck: its slides' lines, else anywhere in its file (handout text, notes). */
export function locateInDeck(deck: Deck, needle: string, lines = deckLines(deck)): { line: number; column: number } {
  const hit = locateIn(lines, needle, { line: 0, column: 0 });
  if (hit.line) return hit;
  let text = '';
  try {
    text = fs.readFileSync(deck.file, 'utf8');
  } catch {
    // Gone since it was read: no position then.
  }
  return locateIn(text.split('\n').map((t, i) => ({ text: t, line: i + 1 })), needle);
}

const RE_IMG_SRC = /<img\b[^>]*?\ssrc="([^"]*)"/gi;

/**
 * Local images of Handout: text (shown by the reading page and the handout, never on a slide), to be checked and
 * copied like the slides' own; a remote one gets the same warning as on a slide.
 */
export function handoutOnlyImages(deck: Deck, slideImages: readonly string[], html: boolean): { images: string[]; diagnostics: Diagnostic[] } {
  const out = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const slide of allSlides(deck.slides)) {
    if (!slide.handout.trim()) continue;
    for (const [, src] of renderMarkdown(slide.handout, { html }).matchAll(RE_IMG_SRC)) {
      const url = decodeEntities(src!);
      if (isFileUrl(url)) {
        const p = locateInDeck(deck, url);
        diagnostics.push(error(deck.file, p.line, p.column, `image "${url}" in handout text refers to a file outside the project (a file: URL names a file on this computer, which the reading page and the handout never read): copy it into the project and write its path relative to the deck`));
        continue;
      }
      if (isWebUrl(url)) {
        const p = locateInDeck(deck, url);
        diagnostics.push(warning(deck.file, p.line, p.column, `image "${url}" in handout text is remote: it will not show offline, nor in the printed handout (save it beside the deck)`, 'remote-image'));
        continue;
      }
      const rel = isLocalUrl(url) ? urlPath(url) : undefined;
      if (rel && !slideImages.includes(rel)) out.add(rel);
    }
  }
  return { images: [...out], diagnostics };
}

/** Local files the slides link to (a reading, a worksheet): copied beside the deck like its images. */
export function localFiles(deck: Deck, links: readonly string[], root: string): string[] {
  return links
    .filter(isLocalUrl)
    .map(urlPath)
    .filter((rel): rel is string => rel !== undefined && rel !== '' && resolveInside(root, deck.dir, rel).ok);
}
