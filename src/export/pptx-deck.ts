// A deck model (one class's: audience and variables applied) → an editable .pptx: a real PowerPoint slide per slide,
// headings in title placeholders, notes in the notes pane, section dividers as section header slides and sections.
import type Pptx from 'pptxgenjs';
import { allSlides, type Deck, type Slide } from '../model/deck.js';
import type { Look } from '../config/look.js';
import type { ClassInfo } from '../config/classes.js';
import { flatBlocks, slideBlocks, type Block, type Run } from '../render/slide-blocks.js';
import { codeStyle } from '../render/code-colours.js';
import { placeBody, type BodyStyle, type Picture } from './pptx-body.js';
import { paragraphRuns } from './pptx-text.js';
import { finishPackage } from './pptx-finish.js';
import { formatDate, stringsFor, translate } from '../i18n.js';
import type { PptxLibrary } from './pptx-library.js';
import { defineMasters, textBox, type Beside } from './pptx-masters.js';

export interface PptxDeck {
  deck: Deck;
  look: Look;
  info: ClassInfo;
  date: string | null;
  /** Font package name → the family name PowerPoint shows. */
  family(font: string): string;
}

/** What could not be carried: one per element, at its slide. */
export interface Dropped {
  slide: Slide;
  what: string;
  /** The element's first line, to find it in the deck. */
  source: string;
}

const PX = 1 / 96;

/** `a` moved `share` of the way to `b` (#rrggbb): the theme's tints for code, rules and table stripes. */
function mix(a: string, b: string, share: number): string {
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.replace(/^#/, '').padEnd(6, '0').slice(i - 1, i + 1), 16) || 0);
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** Each slide's blocks, worked out once for the pictures to render and the writer. */
export function deckBlocks(deck: Deck): Map<Slide, Block[]> {
  return new Map(allSlides(deck.slides).map((s) => [s, s.body ? slideBlocks(s.body) : []]));
}

/** The key of the picture an image or formula block shows (`pictures` in writePptx). */
export function pictureKey(b: Block): string | undefined {
  return b.kind === 'image' ? `image:${b.src}` : b.kind === 'math' ? `math:${b.tex}` : undefined;
}

export async function writePptx(input: PptxDeck, blocks: Map<Slide, Block[]>, pictures: ReadonlyMap<string, Picture>, library: PptxLibrary): Promise<{ bytes: Uint8Array; dropped: Dropped[] }> {
  const { deck, look, info } = input;
  const colours = look.theme.colors;
  const accent = look.accent ?? colours.accent;
  const W = look.width * PX;
  const H = look.height * PX;
  const pptx = new library.PptxGenJS();
  pptx.defineLayout({ name: 'LECTERN', width: W, height: H });
  pptx.layout = 'LECTERN';
  pptx.title = deck.meta.title;
  pptx.author = info.instructor ?? deck.meta.author ?? '';
  pptx.subject = [info.code, info.name].filter(Boolean).join(' ');
  pptx.company = info.institution ?? '';
  const heading = input.family(look.fonts.heading);
  const body = input.family(look.fonts.body);
  pptx.theme = { headFontFace: heading, bodyFontFace: body };
  const style: BodyStyle = {
    size: 25.5, colour: colours.text, accent, font: body, codeFont: input.family(look.fonts.code), codeFill: mix(colours.background, colours.text, 0.06), lang: deck.meta.lang,
    code: codeStyle(look.theme.highlight), rule: mix(colours.background, colours.text, 0.15), stripe: mix(colours.background, colours.text, 0.04),
  };
  const pad = { x: 72 * PX, y: 48 * PX };
  const footer = look.footer ?? [info.code, info.name].filter(Boolean).join(' · ');
  const contentMaster = defineMasters(pptx, { W, H, pad, heading, colours, accent, footer, title: deck.meta.title, lang: deck.meta.lang, body });

  const dropped: Dropped[] = [];
  const picture = (b: Block) => pictures.get(pictureKey(b) ?? '');
  const slides = allSlides(deck.slides);
  const first = slides.findIndex((s) => s.kind === 'section');
  let section = first > 0 ? deck.meta.title : undefined;
  const sections = slides.filter((s) => s.kind === 'section');
  const strings = stringsFor(deck.meta.lang);
  if (section) pptx.addSection({ title: section });
  for (const s of slides) {
    const all = blocks.get(s) ?? [];
    for (const b of flatBlocks(all)) if (b.kind === 'dropped') dropped.push({ slide: s, what: b.what, source: b.source });
    // Marp's background images: behind the slide, or beside the text (the first one gives the side and width).
    const backgrounds = all.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image' && b.background !== undefined);
    const own = all.filter((b) => !backgrounds.includes(b as Extract<Block, { kind: 'image' }>));
    const side = backgrounds.find((b) => b.background !== 'full');
    const beside: Beside | undefined = side && s.kind === 'content' ? { side: side.background as 'left' | 'right', share: Math.min(0.8, (side.widthPercent ?? 50) / 100) } : undefined;
    if (s.kind === 'section') pptx.addSection({ title: (section = s.title) });
    const master = s.kind === 'section' ? 'LECTERN_SECTION' : s.kind === 'title' ? 'LECTERN_TITLE' : contentMaster(beside);
    const slide = pptx.addSlide({ masterName: master, ...(section ? { sectionTitle: section } : {}) });
    placeBackgrounds(slide, backgrounds, beside, { W, H }, picture);
    if (s.notes.trim()) slide.addNotes(notesText(s.notes));
    if (s.kind === 'title') titleSlide(slide, input, own, { W, H, pad, style, picture });
    else if (s.kind === 'section') {
      const onAccent = colours.accentText ?? '#ffffff';
      if (sections.length > 1) slide.addText(paragraphRuns([{ text: translate(strings, 'part', { n: sections.indexOf(s) + 1, total: sections.length }).toUpperCase() }], { ...style, size: 14, colour: onAccent }), { x: pad.x, y: H * 0.3 - 0.45, w: W - 2 * pad.x, h: 0.4, margin: 0 });
      slide.addText(headingRuns(s, own, { ...style, size: 57, colour: onAccent, font: heading }), { placeholder: 'title' });
      placeBody(slide, own, { x: pad.x, y: H * 0.62, w: W - 2 * pad.x, h: H * 0.25 }, { ...style, colour: colours.accentText ?? '#ffffff' }, picture);
    } else {
      const across = beside ? textBox({ W, pad }, beside) : { x: pad.x, w: W - 2 * pad.x };
      const title = headingRuns(s, own, { ...style, size: titleSize(s, own, across.w), font: heading });
      const rest = s.heading === undefined ? withoutFirstHeading(own) : own;
      if (title.length) slide.addText(title, { placeholder: 'title' });
      const top = title.length ? pad.y + 1.1 : pad.y;
      placeBody(slide, s.layout === 'source' ? [...sourceBlocks(deck), ...rest] : rest, { ...across, y: top, h: H - top - pad.y - 0.35 }, style, picture, s.heading !== undefined);
    }
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return { bytes: await finishPackage(bytes, { text: colours.text, background: colours.background, accent }, library), dropped };
}

/** A background image fills the slide behind everything; one beside the text fills its side, cropped to cover it. */
function placeBackgrounds(slide: Pptx.default.Slide, images: readonly Extract<Block, { kind: 'image' }>[], beside: Beside | undefined, f: { W: number; H: number }, picture: (b: Block) => Picture | undefined): void {
  for (const b of images) {
    const p = picture(b);
    if (!p) continue;
    const w = beside && b.background !== 'full' ? f.W * beside.share : f.W;
    const x = beside?.side === 'right' && b.background !== 'full' ? f.W - w : 0;
    slide.addImage({ data: p.data, x, y: 0, w, h: f.H, altText: b.alt, sizing: { type: 'cover', w, h: f.H } });
  }
}

/** The title slide from the front matter and the class: course line, title, subtitle, byline, then its body. */
function titleSlide(slide: Pptx.default.Slide, input: PptxDeck, own: Block[], f: { W: number; H: number; pad: { x: number; y: number }; style: BodyStyle; picture: (b: Block) => Picture | undefined }): void {
  const { deck, info, date } = input;
  const { style, pad, W, H } = f;
  const course = [info.code, info.name, info.term].filter(Boolean).join(' · ');
  if (course) slide.addText(paragraphRuns([{ text: course }], { ...style, size: 18, colour: style.accent }), { x: pad.x, y: pad.y + 0.6, w: W - 2 * pad.x, h: 0.5, margin: 0 });
  slide.addText(paragraphRuns([{ text: deck.meta.title }], { ...style, size: 49.5 }), { placeholder: 'title' });
  const lines: Run[][] = [];
  if (deck.meta.subtitle) lines.push([{ text: String(deck.meta.subtitle) }]);
  const byline = [info.instructor ?? deck.meta.author, info.institution, date && formatDate(date, deck.meta.lang)].filter(Boolean).join(' · ');
  if (byline) lines.push([{ text: byline }]);
  if (lines.length) slide.addText(lines.flatMap((r, i) => paragraphRuns(r, { ...style, size: i === 0 && deck.meta.subtitle ? 25.5 : 18 }, { paraSpaceAfter: 6 })), { x: pad.x, y: H * 0.3 + 1.5, w: W - 2 * pad.x, h: 1.3, margin: 0, valign: 'top' });
  placeBody(slide, own, { x: pad.x, y: H * 0.3 + 2.9, w: W - 2 * pad.x, h: H - (H * 0.3 + 2.9) - pad.y - 0.35 }, style, f.picture);
}

/** The heading written above the body, or (reveal.js and Marp decks) the body's first heading. */
function headingRuns(s: Slide, own: Block[], style: BodyStyle): Pptx.default.TextProps[] {
  if (s.heading !== undefined) return paragraphRuns(slideBlocks(s.heading).flatMap((b) => ('runs' in b ? b.runs : [])), style);
  const first = own.find((b) => b.kind === 'heading');
  return first && first === own.find((b) => b.kind !== 'dropped') ? paragraphRuns(first.runs, style) : [];
}

/**
 * The heading's size: 39 pt, smaller (down to 24) when the title would not fit on one line of the box. Counted at
 * 0.62 em a character, a wide sans's bold: a reader without the theme's font substitutes a wider one (DejaVu Sans
 * in LibreOffice), and a two-line title grew up out of its placeholder.
 */
function titleSize(s: Slide, own: Block[], width: number): number {
  const first = own.find((b) => b.kind === 'heading');
  const chars = (s.heading !== undefined ? s.title : first && 'runs' in first ? first.runs.map((r) => r.text).join('') : '').length;
  return Math.max(24, Math.min(39, Math.floor((width * 72) / (Math.max(1, chars) * 0.62))));
}

function withoutFirstHeading(own: Block[]): Block[] {
  const first = own.find((b) => b.kind !== 'dropped');
  return first?.kind === 'heading' ? own.filter((b) => b !== first) : own;
}

/** The source slide's citation, as templates/partials/source-slide.hbs writes it. */
function sourceBlocks(deck: Deck): Block[] {
  const src = deck.meta.source;
  if (!src) return [];
  const strings = stringsFor(deck.meta.lang);
  const lines: Run[][] = [[{ text: src.title ?? '', bold: true, link: src.url }]];
  if (src.author) lines.push([{ text: translate(strings, 'by', { author: src.author }) }]);
  const publisher = [src.publisher, src.published].filter(Boolean).join(', ');
  if (publisher) lines.push([{ text: publisher }]);
  lines.push([{ text: translate(strings, 'summarized'), italic: true }]);
  return lines.map((runs) => ({ kind: 'paragraph', runs }));
}

/** Speaker notes as plain paragraphs: the notes pane shows text, not Markdown. */
function notesText(notes: string): string {
  return slideBlocks(notes)
    .flatMap((b) => (b.kind === 'list' ? b.items.map((i) => `${'  '.repeat(i.level)}• ${i.runs.map((r) => r.text).join('')}`) : 'runs' in b ? [b.runs.map((r) => r.text).join('')] : b.kind === 'dropped' ? [b.text] : []))
    .join('\n');
}
