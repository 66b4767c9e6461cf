// Slidev's built-in layouts → the closest Lectern layout, classes and HTML: centred layouts, two columns at
// `::right::`, a half-slide image beside the text, backgrounds from `background:`/`image:`.
import type { SlideAttributes } from '../attributes.js';
import type { SourceLine } from '../source.js';
import type { MarpBackground } from './marp-images.js';

/** Layouts that centre their content in Slidev's default theme. */
const CENTRED = ['cover', 'intro', 'center', 'section', 'statement', 'fact', 'quote', 'end', 'intro-image', 'image'];
/** Slidev's built-in layouts (packages/client/layouts): any other is the course's or its theme's own Vue file. */
export const SLIDEV_LAYOUTS = [
  'default', 'cover', 'intro', 'center', 'section', 'statement', 'fact', 'quote', 'end', 'full', 'none', 'error',
  'two-cols', 'two-cols-header', 'image', 'image-left', 'image-right', 'iframe', 'iframe-left', 'iframe-right', 'intro-image',
];
const RE_SLOT = /^::([\w-]+)::\s*$/;

export interface LaidOut {
  lines: SourceLine[];
  /** The image of an image-left/right layout, drawn as a split background. */
  background?: MarpBackground;
  /** The layout is none of Slidev's own (a Vue file of the course or its theme): the slide uses the default. */
  unknownLayout?: string;
}

const html = (text: string, line: number): SourceLine[] => [{ text: '', line }, { text, line }, { text: '', line }];
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A CSS url()/colour value or a path → the background attribute reveal.js reads. */
function background(value: string, attributes: SlideAttributes): void {
  const v = value.trim().replace(/^url\((['"]?)(.*)\1\)$/, '$2');
  if (/^(#|rgb|hsl|oklch)/i.test(v)) attributes.section['data-background-color'] = v;
  else if (v) {
    attributes.section['data-background-image'] = v;
    attributes.section['data-background-size'] = 'cover';
  }
}

/** `fm` is the slide's front matter; `resolve` maps Slidev's `/public` paths to the deck's files. */
export function slidevLayout(lines: SourceLine[], fm: Record<string, unknown>, attributes: SlideAttributes, resolve: (p: string) => string): LaidOut {
  const layout = typeof fm.layout === 'string' ? fm.layout : 'default';
  const at = lines[0]?.line ?? 1;
  const cls = fm.class;
  attributes.classes.push(`slidev-layout-${layout.replace(/[^\w-]/g, '')}`, ...(typeof cls === 'string' ? cls.split(/\s+/) : Array.isArray(cls) ? cls.map(String) : []).filter(Boolean));
  if (CENTRED.includes(layout)) attributes.layout = 'center';
  const image = typeof fm.image === 'string' ? resolve(fm.image) : undefined;
  if (typeof fm.background === 'string') background(resolve(fm.background), attributes);
  else if (image && (layout === 'image' || layout === 'intro-image' || layout === 'cover')) background(image, attributes);
  // Themes name the same split with a prefix (apple-basic's intro-image-right): drawn as image-left/right, the
  // layout Marp's `![bg right](x)` makes, with the image on its half of the slide, full height.
  const side = /(^|-)image-(left|right)$/.exec(layout)?.[2] as 'left' | 'right' | undefined;
  if (side) {
    const size = typeof fm.backgroundSize === 'string' && /^(contain|cover|auto|\d{1,3}%)$/.test(fm.backgroundSize) ? fm.backgroundSize : 'cover';
    return { lines, ...(image && { background: { src: image, size, side, width: '50%' } }) };
  }
  if (layout === 'two-cols' || layout === 'two-cols-header') return { lines: columns(lines, layout === 'two-cols-header') };
  // An iframe cannot be printed: the page it shows becomes a link.
  if (layout.startsWith('iframe') && typeof fm.url === 'string') lines = [...lines, ...html(`<p class="slidev-iframe"><a href="${escapeAttr(fm.url)}">${escapeAttr(fm.url)}</a></p>`, at)];
  return { lines: lines.filter((l) => !RE_SLOT.test(l.text)), ...(SLIDEV_LAYOUTS.includes(layout) ? {} : { unknownLayout: layout }) };
}

/** `::right::` (and `::left::`, `::default::`) slots → two columns; with a header, text before `::left::` spans both. */
function columns(lines: SourceLine[], header: boolean): SourceLine[] {
  const slots: Record<string, SourceLine[]> = { default: [] };
  let current = 'default';
  for (const l of lines) {
    const m = RE_SLOT.exec(l.text);
    if (m) slots[(current = m[1]!)] ??= [];
    else slots[current]!.push(l);
  }
  const at = lines[0]?.line ?? 1;
  const col = (body: SourceLine[]) => [...html('<div class="slidev-col">', at), ...body, ...html('</div>', at)];
  const left = header ? (slots.left ?? []) : [...slots.default!, ...(slots.left ?? [])];
  return [...(header ? slots.default! : []), { text: '<div class="slidev-cols">', line: at }, ...col(left), ...col(slots.right ?? []), { text: '</div>', line: at }];
}
