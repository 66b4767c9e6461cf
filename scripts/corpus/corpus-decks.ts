// The real-deck corpus in tests/corpus/: each folder's corpus.json says which tool the deck was written for
// and, for reveal.js decks, the separators taken from the deck's own HTML page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'corpus');

export type CorpusTool = 'reveal' | 'reveal-md' | 'marp' | 'mkslides' | 'slidev' | 'quarto';

/**
 * A binary asset of the course that is not redistributed: its path in the course folder, and its pixel size when
 * known (SOURCE.md says where the size comes from; decks added from text-only reads assume 1280x720).
 */
export type StandIn = string | { path: string; width: number; height: number };

/** tests/corpus/<name>/corpus.json */
export interface CorpusConfig {
  tool: CorpusTool;
  /** The deck's Markdown file, relative to the corpus folder. */
  deck: string;
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
  /** Binary assets of the course that are not redistributed here: the test writes placeholders (see stand-ins.ts). */
  standIns?: StandIn[];
}

/** What the deck's own tool makes of it (tests/corpus/<name>/reference.json). */
export interface CorpusReference {
  tool: CorpusTool;
  slides: number;
  /** Slides whose speaker notes (reveal.js) or presenter comments (Marp) are not empty. */
  notes: number;
  countedWith: string;
}

export interface CorpusDeck {
  name: string;
  dir: string;
  config: CorpusConfig;
  /** The deck's text as the tool reads it. */
  text: string;
  reference?: CorpusReference;
}

export function listCorpus(): CorpusDeck[] {
  return fs
    .readdirSync(corpusDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(corpusDir, e.name, 'corpus.json')))
    .map((e) => readCorpusDeck(e.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function readCorpusDeck(name: string): CorpusDeck {
  const dir = path.join(corpusDir, name);
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as CorpusConfig;
  const text = fs.readFileSync(path.join(dir, config.deck), 'utf8');
  const referenceFile = path.join(dir, 'reference.json');
  const reference = fs.existsSync(referenceFile) ? (JSON.parse(fs.readFileSync(referenceFile, 'utf8')) as CorpusReference) : undefined;
  return { name, dir, config, text, reference };
}

/** Separators reveal.js's markdown plugin is given for this deck (undefined: the plugin's own default). */
export interface RevealInput {
  markdown: string;
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
}

// reveal-md's defaults (lib/defaults.json). reveal-md sets no notes separator of its own: slidify then uses the
// markdown plugin's default (^\s*notes?: in reveal.js 6), so "Note:" and "Notes:" both start notes.
const REVEAL_MD: Omit<RevealInput, 'markdown'> = {
  separator: '^(\\r\\n?|\\n)---(\\r\\n?|\\n)$',
  verticalSeparator: '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$',
};

type Separators = Pick<CorpusConfig, 'separator' | 'verticalSeparator' | 'notesSeparator'>;

/**
 * reveal-md reads YAML front matter (yaml-front-matter's loadFront) and hands the rest to reveal.js's slidify.
 * Options: front matter, then the course's reveal-md.json (recorded in corpus.json), then reveal-md's defaults.
 */
export function revealMdInput(text: string, project: Separators = {}): RevealInput {
  const source = text.replace(/^\uFEFF/, '');
  // The same pattern yaml-front-matter uses: a leading ---, the YAML, a closing --- line.
  const match = /^-{3}(?:\n|\r)([\w\W]+?)(?:\n|\r)-{3}/.exec(source);
  const yaml = match ? ((parseYaml(match[1]!) ?? {}) as Record<string, unknown>) : {};
  const pick = (key: keyof Separators) => (typeof yaml[key] === 'string' ? (yaml[key] as string) : (project[key] ?? REVEAL_MD[key]));
  return {
    markdown: match ? source.slice(match[0].length) : source,
    separator: pick('separator'),
    verticalSeparator: pick('verticalSeparator'),
    notesSeparator: pick('notesSeparator'),
  };
}

export function revealInput(deck: CorpusDeck): RevealInput {
  if (deck.config.tool === 'reveal-md') return revealMdInput(deck.text, deck.config);
  const { separator, verticalSeparator, notesSeparator } = deck.config;
  return { markdown: deck.text, separator, verticalSeparator, notesSeparator };
}
