// Slidev's own parser (@slidev/parser, the package @slidev/cli builds with) as the reference for slide count and
// notes: its load() follows `src:` imports and drops `hide:`/`disabled:` slides as the CLI does. The text of a
// slide is its Markdown rendered by marked, since neither `slidev build` nor `slidev export` runs offline here
// (icon sets and code snippets it fetches, and export needs playwright-chromium): an approximation, said so.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import type { CorpusEntry } from './entries.js';
import type { Reference } from './reference-file.js';
import { refToolsDir, toolVersion } from './ref-tools.js';

interface SlidevSlide {
  content: string;
  note?: string;
  frontmatter: Record<string, unknown>;
}

const RE_SLOT = /^::[\w-]+::\s*$/gm;

function textOf(markdown: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${marked.parse(markdown.replace(RE_SLOT, ''), { async: false })}</body></html>`);
  document.querySelectorAll('style, script').forEach((n) => n.remove());
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function slidevReference(entry: CorpusEntry): Promise<Reference> {
  const parserFile = path.join(refToolsDir, 'node_modules', '@slidev', 'parser', 'dist', 'fs.mjs');
  if (!fs.existsSync(parserFile)) throw new Error('@slidev/parser is not installed with the reference tools');
  const { load } = (await import(pathToFileURL(parserFile).href)) as { load(o: { userRoot: string; roots: string[] }, file: string): Promise<{ slides: SlidevSlide[] }> };
  const file = path.join(entry.dir, entry.decks[0]!);
  const root = path.dirname(file);
  const { slides } = await load({ userRoot: root, roots: [root] }, file);
  return {
    tool: 'slidev',
    slides: slides.length,
    notes: slides.filter((s) => (s.note ?? '').trim() !== '').length,
    texts: slides.map((s) => textOf(s.content)),
    countedWith: `@slidev/parser ${toolVersion('slidev-parser')} (count, notes); slide text: its Markdown rendered by marked`,
    remarks: ['slidev build/export cannot run offline here: text is an approximation of the rendered slide'],
  };
}
