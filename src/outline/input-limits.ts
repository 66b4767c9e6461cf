// How much one deck may hold before Lectern refuses it, with the limit and the flag that raises it named: past
// these, building takes longer than a lecturer would wait (see npm run bench:input), so it is refused at once.
import { error, type Diagnostic } from '../diagnostics.js';
import type { ParsedSlide } from './parse-deck.js';

export interface InputLimits {
  /** Bytes of one deck file (--max-deck-size). */
  deckBytes: number;
  /** Slides of one deck, vertical ones included (--max-slides). */
  slides: number;
}

/** Characters of one formula: KaTeX writes about 160 bytes of HTML for each, and a page of megabytes follows. */
export const MAX_FORMULA_CHARS = 10_000;

/** Input past a limit found while rendering, where no position is at hand: reported against the deck's file. */
export class InputTooLarge extends Error {}

export const DEFAULT_LIMITS: InputLimits = { deckBytes: 2 * 1024 * 1024, slides: 10_000 };

const RE_SIZE = /^\s*(\d+(?:\.\d+)?)\s*(kb|k|mb|m|b)?\s*$/i;

/** "4MB", "500 kB", "3000000": bytes, or undefined when it is none of these. */
export function parseSize(text: string): number | undefined {
  const m = RE_SIZE.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const bytes = Number(m[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1);
  return bytes >= 1 ? Math.round(bytes) : undefined;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} kB`;
}

export function deckSizeProblem(file: string, bytes: number, limits: InputLimits): Diagnostic | undefined {
  if (bytes <= limits.deckBytes) return undefined;
  return error(file, 1, 1, `the deck is ${formatSize(bytes)}; Lectern reads decks up to ${formatSize(limits.deckBytes)} (split it into several decks, or raise the limit with --max-deck-size)`);
}

export function slideCountProblem(file: string, slides: readonly ParsedSlide[], limits: InputLimits): Diagnostic | undefined {
  let count = 0;
  const add = (list: readonly ParsedSlide[]) => {
    for (const s of list) {
      count++;
      add(s.children);
    }
  };
  add(slides);
  if (count <= limits.slides) return undefined;
  return error(file, 1, 1, `the deck has ${count.toLocaleString('en')} slides; Lectern builds decks of up to ${limits.slides.toLocaleString('en')} (split it into several decks, or raise the limit with --max-slides)`);
}
