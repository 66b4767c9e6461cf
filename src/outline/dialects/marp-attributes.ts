// Marp's local directives of one slide → the slide's section attributes, each value kept to what it may be:
// colours parsed (and written back as hex), sizes and positions plain CSS words, nothing that reaches a style raw.
import { normaliseColour } from '../../config/colour.js';
import { emptyAttributes, type SlideAttributes } from '../attributes.js';
import type { Directives } from './marp-directives.js';

// backgroundSize/Position/Repeat: keywords, lengths and percentages only (no url(), no statement break).
const RE_CSS_WORDS = /^[a-z0-9\s.%,-]{1,80}$/i;

// backgroundImage: a CSS gradient (colours, angles, keywords; rgb()/hsl() one level deep; no url(), quotes or
// statement break). Bounded length and disjoint alternatives keep it linear.
const RE_GRADIENT = /^(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^;{}<>"'\\()]|\([^;{}<>"'\\()]*\))*\)$/i;
const RE_COLOUR_TOKEN = /#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\([^()]*\)|\b[a-z]+\b/gi;

/** A gradient's first colour stop: the slide's tone, which sets its text colour as a background colour does. */
function firstColour(gradient: string): string | undefined {
  for (const [token] of gradient.slice(gradient.indexOf('(') + 1).matchAll(RE_COLOUR_TOKEN)) {
    const hex = normaliseColour(token);
    if (hex) return hex;
  }
  return undefined;
}

/** Directives of one slide → its section attributes; `refuse` hears of each value that is not what it must be. */
/** Marp's class directive: space-separated, or a YAML list of them. */
const classList = (value: unknown): string[] => [value ?? ''].flat().map(String).join(' ').split(/\s+/).filter(Boolean);

export function slideAttributes(d: Directives, scope: string, refuse: (key: string, value: unknown) => void): SlideAttributes {
  const a = emptyAttributes();
  a.classes.push(...classList(d.class), 'marp-slide');
  if (d.paginate === true) {
    a.classes.push('marp-paginate');
    a.section['data-state'] = 'marp-paginate';
  }
  // Directive values land in a style: colours are parsed (and written back as hex), the rest kept to CSS words.
  const colour = (key: string) => {
    if (d[key] === undefined) return undefined;
    const hex = typeof d[key] === 'string' ? normaliseColour(d[key]) : undefined;
    if (!hex) refuse(key, d[key]);
    return hex;
  };
  const words = (key: string) => {
    if (d[key] === undefined) return undefined;
    if (typeof d[key] === 'string' && RE_CSS_WORDS.test(d[key])) return d[key];
    refuse(key, d[key]);
    return undefined;
  };
  const background = colour('backgroundColor');
  if (classList(d.class).includes('invert') && d.backgroundColor === undefined) a.section['data-background-color'] = '#141922';
  if (background) a.section['data-background-color'] = background;
  const image = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(String(d.backgroundImage ?? ''));
  if (image) a.section['data-background-image'] = image[1]!;
  // Marp draws a gradient backgroundImage; reveal.js does with data-background-gradient. Its first colour stands
  // for the slide's tone (light text on a dark gradient, as on a dark background colour).
  const gradient = String(d.backgroundImage ?? '').trim();
  if (!image && d.backgroundImage !== undefined && gradient.length <= 300 && RE_GRADIENT.test(gradient)) {
    a.section['data-background-gradient'] = gradient;
    const tone = firstColour(gradient);
    if (tone && a.section['data-background-color'] === undefined) a.section['data-background-color'] = tone;
  }
  for (const [key, attribute] of [['backgroundSize', 'data-background-size'], ['backgroundPosition', 'data-background-position'], ['backgroundRepeat', 'data-background-repeat']] as const) {
    const value = words(key);
    if (value) a.section[attribute] = value;
  }
  const text = colour('color');
  if (text) a.section.style = `--text:${text};color:${text}`;
  a.section['data-marp-scope'] = scope;
  return a;
}
