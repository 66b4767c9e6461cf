// Every corpus deck the harness builds, from both sets: tests/corpus/<name>/ (ours, with corpus.json) and the
// shared course trees in ../shared/corpus/<family>/<name>/ (read in place, never copied into the project; their
// SOURCE.md names the deck files). References live in the project: tests/corpus/<name>/reference.json and
// tests/corpus-shared/<family>/<name>/reference.json.
import fs from 'node:fs';
import path from 'node:path';
import { withoutComments } from '../../src/outline/reveal-html-config.js';
import { corpusDir, listCorpus, type StandIn } from './corpus-decks.js';

export type Family = 'reveal-md' | 'reveal-page' | 'mkslides' | 'marp' | 'slidev' | 'quarto';
export const FAMILIES: readonly Family[] = ['reveal-md', 'reveal-page', 'mkslides', 'marp', 'slidev', 'quarto'];

export const projectDir = path.resolve(corpusDir, '..', '..');
export const sharedCorpusDir = path.resolve(projectDir, '..', 'shared', 'corpus');
export const sharedReferenceDir = path.join(projectDir, 'tests', 'corpus-shared');

export interface CorpusEntry {
  set: 'tests' | 'shared';
  family: Family;
  /** `<name>` (tests) or `<family>/<name>` (shared): what the harness prints and filters on. */
  id: string;
  /** The folder a lecturer copies in as decks/<name>/. */
  dir: string;
  name: string;
  /** The deck's Markdown file(s), relative to `dir`, in the order the tool shows them. */
  decks: string[];
  /** reveal.js pages: the HTML page that loads the Markdown, relative to `dir`. */
  page?: string;
  /** tests/corpus reveal decks: the separators their page set (corpus.json). */
  separators?: { separator?: string; verticalSeparator?: string; notesSeparator?: string };
  standIns: StandIn[];
  /** Files of the corpus's own bookkeeping, left out of the lecturer's copy. */
  metadata: string[];
  referenceFile: string;
}

/** The backquoted paths of SOURCE.md's "Deck path(s):" line. */
function deckPaths(source: string): string[] {
  const line = source.split('\n').find((l) => /^- Deck path\(s\):/.test(l)) ?? '';
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

function findPage(dir: string, decks: readonly string[]): string | undefined {
  const pages: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (/\.html?$/i.test(e.name)) pages.push(child);
    }
  };
  walk('');
  // The page that names the first deck file (relative to itself).
  return pages.find((p) => {
    const html = fs.readFileSync(path.join(dir, p), 'utf8');
    return html.includes(path.posix.relative(path.posix.dirname(p), decks[0]!)) || html.includes(path.basename(decks[0]!));
  });
}

function pageParts(dir: string, page: string): string[] {
  const html = withoutComments(fs.readFileSync(path.join(dir, page), 'utf8'));
  return [...html.matchAll(/<section\b[^>]*\bdata-markdown\s*=\s*("[^"]*"|'[^']*')/gi)].map((m) => path.join(path.dirname(page), m[1]!.slice(1, -1)));
}

export function sharedEntries(): CorpusEntry[] {
  if (!fs.existsSync(sharedCorpusDir)) return [];
  const entries: CorpusEntry[] = [];
  for (const family of FAMILIES) {
    const familyDir = path.join(sharedCorpusDir, family);
    if (!fs.existsSync(familyDir)) continue;
    for (const name of fs.readdirSync(familyDir).sort()) {
      const dir = path.join(familyDir, name);
      const sourceFile = path.join(dir, 'SOURCE.md');
      if (!fs.existsSync(sourceFile)) continue;
      const decks = deckPaths(fs.readFileSync(sourceFile, 'utf8'));
      if (!decks.length) continue;
      const page = family === 'reveal-page' ? findPage(dir, decks) : undefined;
      // A page's deck is the Markdown its sections load, in their order (SOURCE.md also lists files it comments out).
      if (page) decks.splice(0, decks.length, ...pageParts(dir, page));
      entries.push({
        set: 'shared',
        family,
        id: `${family}/${name}`,
        dir,
        name,
        decks,
        ...(page && { page }),
        standIns: [],
        metadata: ['SOURCE.md'],
        referenceFile: path.join(sharedReferenceDir, family, name, 'reference.json'),
      });
    }
  }
  return entries;
}

export function testEntries(): CorpusEntry[] {
  return listCorpus().map((deck) => {
    const c = deck.config;
    const family: Family = c.tool === 'reveal' ? 'reveal-page' : c.tool;
    return {
      set: 'tests',
      family,
      id: deck.name,
      dir: deck.dir,
      name: deck.name,
      decks: [c.deck],
      ...(c.tool === 'reveal' && { separators: { separator: c.separator, verticalSeparator: c.verticalSeparator, notesSeparator: c.notesSeparator } }),
      standIns: c.standIns ?? [],
      metadata: ['SOURCE.md', 'corpus.json', 'reference.json'],
      referenceFile: path.join(deck.dir, 'reference.json'),
    };
  });
}

/** Both sets; `filters` keep the entries whose id or family contains one of them. */
export function corpusEntries(filters: readonly string[] = []): CorpusEntry[] {
  const all = [...testEntries(), ...sharedEntries()];
  return filters.length ? all.filter((e) => filters.some((f) => e.id.includes(f) || e.family === f)) : all;
}
