// A deck's images and linked files, found in its rendered page, checked against the project folder (the boundary
// of what a build may read).
import { error, relativePath, type Diagnostic } from '../diagnostics.js';
import { deckLines, locateIn, type Deck } from '../model/deck.js';
import { locateInDeck } from '../render/used-files.js';
import { resolveInside } from '../paths/inside.js';
import { isFileUrl, isLocalUrl, urlPath } from '../paths/asset-target.js';

export function checkImages(deck: Deck, images: readonly string[], root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = deckLines(deck);
  // Each file once: one image on 4,000 slides was 4,000 searches of every line (and 4,000 equal findings).
  for (const src of new Set(images)) {
    const { line, column } = locateInDeck(deck, src, lines);
    // Anything inside the project folder may be used (a sibling ../img/ is common); the project is the boundary.
    const found = resolveInside(root, deck.dir, src);
    if (found.ok) continue;
    const what = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i.test(src) ? 'image' : 'file';
    if (found.reason === 'outside') {
      // The project folder is a security boundary, not a lint rule: no deck or class setting turns this off.
      out.push(error(deck.file, line, column, `${what} "${src}" is outside the project folder (or links out of it): copy it into the project folder so the course stays self-contained`));
    } else if (found.reason === 'folder') {
      out.push(error(deck.file, line, column, `"${src}" is a folder, not a file`, 'missing-image'));
    } else {
      out.push({ ...error(deck.file, line, column, `${what} "${src}" not found (looked for ${relativePath(found.file, root)})`, 'missing-image'), subject: src });
    }
  }
  return out;
}

/** A link to a local file outside the project (`../../secret.txt`, a symlink out): never copied, so an error. */
export function linksOutside(deck: Deck, links: readonly string[], root: string): Diagnostic[] {
  const lines = deckLines(deck);
  const fileUrls = links.filter(isFileUrl).map((href) => {
    const { line, column } = locateIn(lines, href);
    return error(deck.file, line, column, `link "${href}" refers to a file outside the project (a file: URL names a file on this computer, which students opening the deck do not have): copy the file into the project and link it relative to the deck`);
  });
  return [...fileUrls, ...links.filter(isLocalUrl).flatMap((href) => {
    const rel = urlPath(href);
    const found = rel ? resolveInside(root, deck.dir, rel) : undefined;
    if (!found || found.ok || found.reason !== 'outside') return [];
    const { line, column } = locateIn(lines, href);
    return [error(deck.file, line, column, `link "${href}" points outside the project folder (or links out of it): the file is not copied with the deck, so copy it into the project`, 'broken-link')];
  })];
}
