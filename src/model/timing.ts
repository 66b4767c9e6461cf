// How long a deck takes to present: per slide, spoken notes at a speaking rate, a floor for what is shown,
// and a pause per fragment step; a slide's own `time=` replaces the estimate. Pure: the deck model in, seconds out.
import type { Token, Tokens } from 'marked';
import { lexBody } from './lex.js';
import { allSlides, type Deck, type Slide } from './deck.js';
import { parseDuration } from '../config/duration.js';

export const DEFAULT_SPEAKING_RATE = 130;

/** Seconds the audience needs for what a slide shows, however little is said about it. */
export const FLOOR = {
  title: 20,
  section: 10,
  content: 15,
  perBullet: 4,
  perImage: 15,
  perTableRow: 4,
  perCodeBlock: 20,
  perDisplayMath: 10,
} as const;

/** Each fragment step is a click and a pause the notes do not account for. */
export const SECONDS_PER_FRAGMENT = 3;

export interface SlideTiming {
  id: string;
  /** Planned seconds for the slide: the override, or max(speaking, floor) + fragments. */
  seconds: number;
  words: number;
  speaking: number;
  floor: number;
  fragments: number;
  /** Set when the slide fixes its own time (`time=3m`, `data-time`). */
  override?: number;
}

export interface DeckTiming {
  seconds: number;
  slides: SlideTiming[];
}

const RE_SLIDE_TIME = /<!--\s*\.slide:[^>]*?\bdata-time=["']?([^"'\s>]+)/;
// `<!-- .element: class="fragment" -->` and inline HTML with the class; the word in prose is not a step.
const RE_FRAGMENT = /class=["'][^"']*\bfragment\b/g;

/** Words a lecturer says: the notes' text without Markdown punctuation, link targets or HTML. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>|[\]~-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words / wordsPerMinute) * 60);
}

interface Shown {
  bullets: number;
  images: number;
  tableRows: number;
  codeBlocks: number;
  displayMath: number;
}

/** What a slide body shows, counted from its Markdown tokens. */
export function countShown(body: string): Shown {
  const shown: Shown = { bullets: 0, images: 0, tableRows: 0, codeBlocks: 0, displayMath: 0 };
  const visit = (tokens: readonly Token[]) => {
    for (const t of tokens) {
      if (t.type === 'list') {
        for (const item of (t as Tokens.List).items) {
          shown.bullets++;
          visit(item.tokens);
        }
      } else if (t.type === 'table') shown.tableRows += (t as Tokens.Table).rows.length;
      else if (t.type === 'code') shown.codeBlocks++;
      else if (t.type === 'image') shown.images++;
      else if ('tokens' in t && Array.isArray(t.tokens)) visit(t.tokens);
    }
  };
  visit(lexBody(body));
  shown.displayMath = Math.floor((body.match(/\$\$/g) ?? []).length / 2);
  return shown;
}

export function floorSeconds(slide: Pick<Slide, 'kind' | 'body'>): number {
  if (slide.kind !== 'content') return FLOOR[slide.kind];
  const s = countShown(slide.body);
  return FLOOR.content + s.bullets * FLOOR.perBullet + s.images * FLOOR.perImage + s.tableRows * FLOOR.perTableRow + s.codeBlocks * FLOOR.perCodeBlock + s.displayMath * FLOOR.perDisplayMath;
}

/** Fragment steps: list items revealed one by one (`incremental=N`), plus explicit `.fragment` elements. */
export function countFragments(slide: Pick<Slide, 'body' | 'attributes'>): number {
  const depth = slide.attributes.incremental ?? 0;
  let steps = 0;
  const visit = (tokens: readonly Token[], level: number) => {
    for (const t of tokens) {
      if (t.type !== 'list') continue;
      for (const item of (t as Tokens.List).items) {
        if (level <= depth) steps++;
        visit(item.tokens, level + 1);
      }
    }
  };
  if (depth > 0) visit(lexBody(slide.body), 1);
  return steps + (slide.body.match(RE_FRAGMENT) ?? []).length;
}

/** The slide's own time: `time=3m` in its heading, `data-time=3m` as a section attribute or `<!-- .slide: -->` comment. */
export function overrideSeconds(slide: Pick<Slide, 'body' | 'attributes'>): number | undefined {
  const written = slide.attributes.time ?? slide.attributes.section['data-time'] ?? RE_SLIDE_TIME.exec(slide.body)?.[1];
  return written === undefined ? undefined : parseDuration(written);
}

export function estimateSlide(slide: Slide, wordsPerMinute = DEFAULT_SPEAKING_RATE): SlideTiming {
  const words = countWords(slide.notes);
  const speaking = speakingSeconds(words, wordsPerMinute);
  const floor = floorSeconds(slide);
  const fragments = countFragments(slide);
  const override = overrideSeconds(slide);
  const seconds = override ?? Math.max(speaking, floor) + fragments * SECONDS_PER_FRAGMENT;
  return { id: slide.id, seconds, words, speaking, floor, fragments, ...(override !== undefined ? { override } : {}) };
}

export function estimateDeck(deck: Deck, wordsPerMinute = DEFAULT_SPEAKING_RATE): DeckTiming {
  const slides = allSlides(deck.slides).map((s) => estimateSlide(s, wordsPerMinute));
  return { seconds: slides.reduce((n, s) => n + s.seconds, 0), slides };
}
