// reveal-md reads its separators from a reveal-md.json beside the decks (often the course repository's root):
// a course copied in keeps them. The nearest one between the deck's folder and the project root applies.
import fs from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { isInside } from '../paths/inside.js';

export interface RevealMdSettings {
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
  /** reveal-md.json's theme: a reveal.js theme name (reveal-md's default is black) or a CSS file of the course. */
  theme?: string;
}

const KEYS = ['separator', 'verticalSeparator', 'notesSeparator', 'theme'] as const;
/** A config file is a few hundred bytes; a bound keeps a stray huge file from being read whole. */
const MAX_BYTES = 64 * 1024;

export function revealMdSettings(deckDir: string, root: string): { settings: RevealMdSettings; file?: string; diagnostics: Diagnostic[] } {
  for (let dir = path.resolve(deckDir); isInside(path.resolve(root), dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'reveal-md.json');
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return read(file);
    if (dir === path.dirname(dir)) break;
  }
  return { settings: {}, diagnostics: [] };
}

function read(file: string): { settings: RevealMdSettings; file: string; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    if (fs.statSync(file).size > MAX_BYTES) throw new Error('too large');
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { settings: {}, file, diagnostics: [error(file, 1, 1, 'reveal-md.json is not valid JSON (Lectern reads its separator, verticalSeparator and notesSeparator): fix or remove it')] };
  }
  // reveal-md draws a deck with reveal.js's black theme unless told otherwise (lib/defaults.json).
  const settings: RevealMdSettings = { theme: 'black' };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const key of KEYS) {
      const value = (data as Record<string, unknown>)[key];
      if (typeof value === 'string') settings[key] = value;
    }
  }
  return { settings, file, diagnostics: [] };
}
