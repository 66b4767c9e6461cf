// A deck's images and linked files, found in its rendered page: checked against the project folder (the boundary
// of what a build may read) and listed for copying beside the deck.
import fs from 'node:fs';
import { error, relativePath, warning, type Diagnostic } from '../diagnostics.js';
import { allSlides, deckLines, locateIn, type Deck } from '../model/deck.js';
import { resolveInside } from '../paths/inside.js';
import { isLocalUrl, urlPath } from '../paths/asset-target.js';
import { renderMarkdown } from '../render/markdown.js';
import { decodeEntities } from '../outline/entities.js';
import { isWebUrl } from '../paths/url-policy.js';

export function checkImages(deck: Deck, images: readonly string[], root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const src of images) {
    const { line, column } = locateInDeck(deck, src);
    // Anything inside the project folder may be used (a sibling ../img/ is common); the project is the boundary.
    const found = resolveInside(root, deck.dir, src);
    if (found.ok) continue;
    const what = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i.test(src) ? 'image' : 'file';
    if (found.reason === 'outside') {
      // The project folder is a security boundary, not a lint rule: no deck or class setting turns this off.
      out.push(error(deck.file, line, column, `${what} "${src}" is outside the project folder (or links out of it): copy it into ${relativePath(root) || 'the project'}/ so the course stays self-contained`));
    } else if (found.reason === 'folder') {
      out.push(error(deck.file, line, column, `"${src}" is a folder, not a file`, 'missing-image'));
    } else {
      out.push(error(deck.file, line, column, `${what} "${src}" not found (looked for ${relativePath(found.file)})`, 'missing-image'));
    }
  }
  return out;
}

/** Where `needle` is in the deck: its slides' lines, else anywhere in its file (handout text, notes). */
function locateInDeck(deck: Deck, needle: string): { line: number; column: number } {
  const hit = locateIn(deckLines(deck), needle, { line: 0, column: 0 });
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

/** A link to a local file outside the project (`../../secret.txt`, a symlink out): never copied, so an error. */
export function linksOutside(deck: Deck, links: readonly string[], root: string): Diagnostic[] {
  const lines = deckLines(deck);
  return links.filter(isLocalUrl).flatMap((href) => {
    const rel = urlPath(href);
    const found = rel ? resolveInside(root, deck.dir, rel) : undefined;
    if (!found || found.ok || found.reason !== 'outside') return [];
    const { line, column } = locateIn(lines, href);
    return [error(deck.file, line, column, `link "${href}" points outside the project folder (or links out of it): the file is not copied with the deck, so copy it into the project`, 'broken-link')];
  });
}

/** Local files the slides link to (a reading, a worksheet): copied beside the deck like its images. */
export function localFiles(deck: Deck, links: readonly string[], root: string): string[] {
  return links
    .filter(isLocalUrl)
    .map(urlPath)
    .filter((rel): rel is string => rel !== undefined && rel !== '' && resolveInside(root, deck.dir, rel).ok);
}
