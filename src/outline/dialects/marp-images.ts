// Marp's image syntax: keywords in the alt text size an image (`w:200 h:100`) or make it a slide background
// (`bg`, `bg right:40%`, `bg contain`, `bg opacity:.2`). The rest of the alt text stays the alt text.
import { escapeHtml } from '../../escape-html.js';

export interface MarpBackground {
  src: string;
  /** CSS object-fit / background size. */
  size: string;
  opacity?: string;
  filter?: string;
  /** A split background: the image takes this side, the content the rest. */
  side?: 'left' | 'right';
  width?: string;
}

const RE_IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"([^"]*)")?\s*\)/g;
const FILTERS = ['blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert', 'opacity', 'saturate', 'sepia'];
const RE_LENGTH = /^\d*\.?\d+(px|%|em|rem|cm|mm|in|pt|vw|vh)?$|^auto$/;

function length(v: string): string {
  return /^\d*\.?\d+$/.test(v) ? `${v}px` : v;
}

/**
 * Where keywords may stand in the alt text: anywhere, as Marp reads them; or, in the other dialects, only in a
 * run at its start that opens with `bg` or a size (`w:400`), so a description ("the left bank, 60% flooded") keeps
 * its words.
 */
export type KeywordPlace = 'anywhere' | 'leading';

interface Keywords {
  bg: Partial<MarpBackground> & { on?: boolean };
  style: string[];
  filters: string[];
}

/** One alt-text word → what it sets, or false when it is not a keyword here (`bg` said whether one came before). */
function keyword(w: string, k: Keywords, place: KeywordPlace): boolean {
  const [key, value] = w.split(/:(.*)/s) as [string, string | undefined];
  const bgOnly = place === 'anywhere' || k.bg.on;
  if (w === 'bg') k.bg.on = true;
  else if ((key === 'w' || key === 'width') && value && RE_LENGTH.test(value)) k.style.push(`width:${length(value)}`);
  else if ((key === 'h' || key === 'height') && value && RE_LENGTH.test(value)) k.style.push(`height:${length(value)}`);
  else if (place === 'leading' && !k.bg.on && !k.style.length) return false;
  else if (bgOnly && ['contain', 'cover', 'fit', 'auto'].includes(w)) k.bg.size = w === 'fit' ? 'contain' : w;
  else if (bgOnly && /^\d*\.?\d+%$/.test(w)) k.bg.size = w;
  else if (bgOnly && (key === 'left' || key === 'right') && (value === undefined || RE_LENGTH.test(value))) {
    k.bg.side = key;
    k.bg.width = value ?? '50%';
  } else if (bgOnly && key === 'opacity' && value === undefined) k.bg.opacity = '.2';
  else if (bgOnly && key === 'opacity' && /^\d*\.?\d+%?$/.test(value ?? '')) k.bg.opacity = value;
  else if (FILTERS.includes(key) && (value === undefined || /^[\w.%#(),-]+$/.test(value))) k.filters.push(`${key}(${value ?? defaultFilter(key)})`);
  else return false;
  return true;
}

const RE_TICKS = /`+/g;

/** Where the line's code spans are (a run of backticks to the next run as long): images there are text. */
function codeSpans(text: string): [number, number][] {
  const runs = [...text.matchAll(RE_TICKS)];
  // The next run as long as each one, found in one pass from the right (linear in any number of runs).
  const next: (number | undefined)[] = [];
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    next[i] = seen.get(runs[i]![0].length);
    seen.set(runs[i]![0].length, i);
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const close = next[i];
    if (close === undefined) continue;
    spans.push([runs[i]!.index!, runs[close]!.index!]);
    i = close;
  }
  return spans;
}

/** One line → the line with sized images as HTML and backgrounds taken out. */
export function marpImages(text: string, backgrounds: MarpBackground[], place: KeywordPlace = 'anywhere'): string {
  const spans = text.includes('`') ? codeSpans(text) : [];
  let span = 0;
  return text.replace(RE_IMAGE, (whole, alt: string, src: string, title: string | undefined, at: number) => {
    // Matches come in order: the spans before this one are passed for good.
    while (span < spans.length && spans[span]![1] < at) span++;
    if (span < spans.length && at > spans[span]![0]) return whole;
    const words = alt.split(/\s+/).filter(Boolean);
    const k: Keywords = { bg: {}, style: [], filters: [] };
    const rest: string[] = [];
    for (const [i, w] of words.entries()) {
      if (keyword(w, k, place)) continue;
      // In a leading run, the first word that is no keyword ends it: the rest is the description.
      if (place === 'leading') {
        rest.push(...words.slice(i));
        break;
      }
      rest.push(w);
    }
    const { bg, style, filters } = k;
    if (bg.on) {
      backgrounds.push({ src, size: bg.size ?? 'cover', opacity: bg.opacity, filter: filters.join(' ') || undefined, side: bg.side, width: bg.width });
      return '';
    }
    if (!style.length && !filters.length && words.length === rest.length) return whole;
    if (filters.length) style.push(`filter:${filters.join(' ')}`);
    // The title stays: a sized image alone in its paragraph is a figure captioned by it (render/markdown.ts).
    const titled = title ? ` title="${escapeHtml(title)}"` : '';
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(rest.join(' '))}"${titled} style="${escapeHtml(style.join(';'))}">`;
  });
}

function defaultFilter(name: string): string {
  return { blur: '10px', brightness: '1.5', contrast: '2', 'drop-shadow': '0 5px 10px rgba(0,0,0,.4)', 'hue-rotate': '180deg' }[name] ?? '1';
}

/** The backgrounds of one slide → a block of HTML drawn behind its content (several share the width, as in Marp). */
export function backgroundHtml(backgrounds: readonly MarpBackground[]): { html: string; split?: { side: 'left' | 'right'; width: string } } {
  if (!backgrounds.length) return { html: '' };
  const split = backgrounds.find((b) => b.side);
  const images = backgrounds
    .map((b) => {
      const style = [`object-fit:${b.size === 'auto' ? 'none' : /%$/.test(b.size) ? 'scale-down' : b.size}`, b.opacity ? `opacity:${b.opacity}` : '', b.filter ? `filter:${b.filter}` : ''].filter(Boolean).join(';');
      return `<img class="marp-bg" src="${escapeHtml(b.src)}" alt="" style="${escapeHtml(style)}">`;
    })
    .join('');
  const place = split ? ` marp-bgs-${split.side}" style="width:${escapeHtml(split.width!)}` : '';
  return { html: `<div class="marp-bgs${place}" aria-hidden="true">${images}</div>`, split: split ? { side: split.side!, width: split.width! } : undefined };
}
