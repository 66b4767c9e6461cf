// mkslides keeps a course's settings in mkslides.yml (usually at the repository root): `slides.separator`,
// `separator_vertical`, `separator_notes` and `theme` (its template writes them onto the page's one
// <section data-markdown>). A course copied in keeps the file, so Lectern reads it: the nearest one between the
// deck's folder and the project root applies, and a deck's own front matter `slides:` wins over it.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isInside } from '../paths/inside.js';
import type { RevealMdSettings } from './reveal-md-config.js';

/** A config file is a few kilobytes; a bound keeps a stray huge file from being read whole. */
const MAX_BYTES = 64 * 1024;
const KEYS = { separator: 'separator', separator_vertical: 'verticalSeparator', separator_notes: 'notesSeparator', theme: 'theme' } as const;

export function mkslidesSettings(deckDir: string, root: string): { settings: RevealMdSettings; file?: string } {
  for (let dir = path.resolve(deckDir); isInside(path.resolve(root), dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'mkslides.yml');
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return { settings: read(file), file };
    if (dir === path.dirname(dir)) break;
  }
  return { settings: {} };
}

function read(file: string): RevealMdSettings {
  let data: unknown;
  try {
    if (fs.statSync(file).size > MAX_BYTES) return {};
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch {
    // mkslides itself would stop on it; Lectern builds the deck with reveal.js's defaults instead.
    return {};
  }
  const slides = data && typeof data === 'object' ? (data as { slides?: unknown }).slides : undefined;
  // mkslides' own default theme is reveal.js's black (its config.py).
  const settings: RevealMdSettings = { theme: 'black' };
  if (!slides || typeof slides !== 'object') return settings;
  for (const [key, name] of Object.entries(KEYS) as [keyof typeof KEYS, keyof RevealMdSettings][]) {
    const value = (slides as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) settings[name] = value;
  }
  return settings;
}
