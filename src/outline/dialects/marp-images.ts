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

const RE_IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const FILTERS = ['blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert', 'opacity', 'saturate', 'sepia'];
const RE_LENGTH = /^\d*\.?\d+(px|%|em|rem|cm|mm|in|pt|vw|vh)?$|^auto$/;

function length(v: string): string {
  return /^\d*\.?\d+$/.test(v) ? `${v}px` : v;
}

/** One line → the line with sized images as HTML and backgrounds taken out. */
export function marpImages(text: string, backgrounds: MarpBackground[]): string {
  return text.replace(RE_IMAGE, (whole, alt: string, src: string) => {
    const words = alt.split(/\s+/).filter(Boolean);
    const rest: string[] = [];
    const style: string[] = [];
    const filters: string[] = [];
    const bg: Partial<MarpBackground> & { on?: boolean } = {};
    for (const w of words) {
      const [key, value] = w.split(/:(.*)/s) as [string, string | undefined];
      if (w === 'bg') bg.on = true;
      else if (['contain', 'cover', 'fit', 'auto'].includes(w)) bg.size = w === 'fit' ? 'contain' : w;
      else if (/^\d*\.?\d+%$/.test(w)) bg.size = w;
      else if ((key === 'left' || key === 'right') && (value === undefined || RE_LENGTH.test(value))) {
        bg.side = key;
        bg.width = value ?? '50%';
      } else if ((key === 'w' || key === 'width') && value && RE_LENGTH.test(value)) style.push(`width:${length(value)}`);
      else if ((key === 'h' || key === 'height') && value && RE_LENGTH.test(value)) style.push(`height:${length(value)}`);
      else if (key === 'opacity' && value === undefined) bg.opacity = '.2';
      else if (key === 'opacity' && /^\d*\.?\d+%?$/.test(value ?? '')) bg.opacity = value;
      else if (FILTERS.includes(key) && (value === undefined || /^[\w.%#(),-]+$/.test(value))) filters.push(`${key}(${value ?? defaultFilter(key)})`);
      else rest.push(w);
    }
    const altText = rest.join(' ');
    if (bg.on) {
      backgrounds.push({ src, size: bg.size ?? 'cover', opacity: bg.opacity, filter: filters.join(' ') || undefined, side: bg.side, width: bg.width });
      return '';
    }
    if (!style.length && !filters.length && words.length === rest.length) return whole;
    if (filters.length) style.push(`filter:${filters.join(' ')}`);
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(altText)}" style="${escapeHtml(style.join(';'))}">`;
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
