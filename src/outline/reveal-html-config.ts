// A reveal.js deck's separators live in the HTML page that loads it:
//   <section data-markdown="slides.md" data-separator="^\n---\n" data-separator-vertical="…" data-separator-notes="…">
// A lecturer copying such a course in keeps that page beside the Markdown, so Lectern reads them from there.
import fs from 'node:fs';
import path from 'node:path';
import type { RevealMdSettings } from './reveal-md-config.js';
import { decodeEntities } from './entities.js';

/** Pages are read only when small and few: this is a look beside the deck, not a crawl. */
const MAX_PAGES = 20;
const MAX_BYTES = 256 * 1024;
const RE_SECTION = /<section\b[^>]*\bdata-markdown\s*=\s*("[^"]*"|'[^']*')[^>]*>/gi;
const ATTRIBUTES = { separator: 'data-separator', verticalSeparator: 'data-separator-vertical', notesSeparator: 'data-separator-notes' } as const;

export function revealPageSettings(deckFile: string): { settings: RevealMdSettings; file?: string } {
  const dir = path.dirname(deckFile);
  let pages: string[];
  try {
    pages = fs.readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort().slice(0, MAX_PAGES);
  } catch {
    return { settings: {} };
  }
  for (const page of pages) {
    const file = path.join(dir, page);
    let html: string;
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || stat.size > MAX_BYTES) continue;
      html = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const m of html.matchAll(RE_SECTION)) {
      const target = decodeEntities(m[1]!.slice(1, -1)).replace(/^\.\//, '');
      if (path.resolve(dir, target) !== path.resolve(deckFile)) continue;
      const settings: RevealMdSettings = {};
      for (const [key, name] of Object.entries(ATTRIBUTES) as [keyof RevealMdSettings, string][]) {
        const value = attribute(m[0], name);
        if (value !== undefined) settings[key] = value;
      }
      return { settings, file };
    }
  }
  return { settings: {} };
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`, 'i').exec(tag);
  return m ? decodeEntities(m[1]!.slice(1, -1)) : undefined;
}

