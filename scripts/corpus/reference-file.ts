// What a deck's own tool makes of it, stored per deck (reference.json): written by `npm run corpus:reference`
// from the real tool's output, never typed in.
import fs from 'node:fs';
import path from 'node:path';

export interface Reference {
  /** The family (tests/corpus keeps its older tool names: reveal, reveal-md, marp). */
  tool: string;
  slides: number;
  /** Slides whose speaker notes are not empty. */
  notes: number;
  /** Tool, version and how its output was read. */
  countedWith: string;
  /** Per slide, the text the tool shows (absent in references made before texts were compared). */
  texts?: string[];
  /** What had to be supplied for the tool to run (stand-ins for files the corpus does not carry, etc.). */
  remarks?: string[];
}

export function readReference(file: string): Reference | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Reference) : undefined;
}

export function writeReference(file: string, reference: Reference): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(reference, null, 2) + '\n');
}

/**
 * Quarto decks' references are written by the Quarto work (Pandoc's revealjs writer) into
 * tests/quarto-corpus/<course>.json, one entry per deck; a course whose text may not be copied holds each word
 * hashed (FNV-1a, base 36), and Lectern's words are then hashed the same way before they are compared.
 */
export function readQuartoReference(projectDir: string, name: string, deck: string): (Reference & { hashed?: boolean }) | undefined {
  const file = path.join(projectDir, 'tests', 'quarto-corpus', `${name}.json`);
  if (!fs.existsSync(file)) return undefined;
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { deck: string; slides: number; notes: number; text: string[]; countedWith: string; hashed?: boolean }[];
  const found = entries.find((e) => e.deck === deck);
  return found && { tool: 'quarto', slides: found.slides, notes: found.notes, texts: found.text, countedWith: found.countedWith, ...(found.hashed && { hashed: true }) };
}

export function hashWord(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
