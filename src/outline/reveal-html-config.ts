// A reveal.js deck's separators live in the HTML page that loads it:
//   <section data-markdown="slides.md" data-separator="^\n---\n" data-separator-vertical="…" data-separator-notes="…">
// A lecturer copying such a course in keeps that page: beside the Markdown, or (most courses) in a folder above
// it, where the page's `data-markdown="slides/intro.md"` reaches down. Lectern looks from the deck's folder up
// to `root` (the decks folder), nearest page first; the deck's images then resolve against that page's folder,
// as the browser resolves them.
import fs from 'node:fs';
import path from 'node:path';
import type { RevealMdSettings } from './reveal-md-config.js';
import { decodeEntities } from './entities.js';

/** Pages are read only when small and few: this is a look beside the deck, not a crawl. */
const MAX_PAGES = 20;
const MAX_BYTES = 256 * 1024;
const RE_SECTION = /<section\b[^>]*\bdata-markdown\s*=\s*("[^"]*"|'[^']*')[^>]*>/gi;
const ATTRIBUTES = { separator: 'data-separator', verticalSeparator: 'data-separator-vertical', notesSeparator: 'data-separator-notes' } as const;

export function revealPageSettings(deckFile: string, root = path.dirname(deckFile)): { settings: RevealMdSettings; file?: string } {
  const top = path.resolve(root);
  // A file no page loads (the course switched it off) but whose neighbours a page above loads was written for it.
  let sibling: { settings: RevealMdSettings; file: string } | undefined;
  for (let dir = path.dirname(path.resolve(deckFile)); ; dir = path.dirname(dir)) {
    const found = pageIn(dir, deckFile);
    if (found?.exact) return { settings: found.settings, file: found.file };
    // Only from a page in another folder: a page reaching down into a folder of Markdown makes it that page's material.
    if (dir !== path.dirname(path.resolve(deckFile))) sibling ??= found && { settings: found.settings, file: found.file };
    if (dir === top || !dir.startsWith(top + path.sep)) break;
  }
  return sibling ?? { settings: {} };
}

function pageIn(dir: string, deckFile: string): { settings: RevealMdSettings; file: string; exact: boolean } | undefined {
  let pages: string[];
  try {
    pages = fs.readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort().slice(0, MAX_PAGES);
  } catch {
    return undefined;
  }
  let sibling: { settings: RevealMdSettings; file: string; exact: boolean } | undefined;
  for (const page of pages) {
    const file = path.join(dir, page);
    let html: string;
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || stat.size > MAX_BYTES) continue;
      html = withoutComments(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const m of html.matchAll(RE_SECTION)) {
      const target = path.resolve(dir, decodeEntities(m[1]!.slice(1, -1)).replace(/^\.\//, ''));
      const exact = target === path.resolve(deckFile);
      if (!exact && (sibling || path.dirname(target) !== path.dirname(path.resolve(deckFile)))) continue;
      const settings: RevealMdSettings = {};
      for (const [key, name] of Object.entries(ATTRIBUTES) as [keyof RevealMdSettings, string][]) {
        const value = attribute(m[0], name);
        if (value !== undefined) settings[key] = value;
      }
      if (exact) return { settings, file, exact };
      sibling = { settings, file, exact };
    }
  }
  return sibling;
}

/** A section inside <!-- … --> is one the course switched off. indexOf, not a regex: linear on unclosed comments. */
export function withoutComments(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open !== -1; open = html.indexOf('<!--', at)) {
    out += html.slice(at, open);
    const close = html.indexOf('-->', open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
  return out + html.slice(at);
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`, 'i').exec(tag);
  return m ? decodeEntities(m[1]!.slice(1, -1)) : undefined;
}

