// A deck model (one class's: audience and variables applied) → an editable .pptx: a real PowerPoint slide per slide,
// headings in title placeholders, notes in the notes pane, section dividers as section header slides and sections.
import type Pptx from 'pptxgenjs';
import { allSlides, type Deck, type Slide } from '../model/deck.js';
import type { Look } from '../config/look.js';
import type { ClassInfo } from '../config/classes.js';
import { slideBlocks, type Block, type Run } from '../render/slide-blocks.js';
import { codeStyle } from '../render/code-colours.js';
import { placeBody, type BodyStyle, type Picture } from './pptx-body.js';
import { paragraphRuns } from './pptx-text.js';
import { finishPackage } from './pptx-finish.js';
import { formatDate, stringsFor, translate } from '../i18n.js';
import type { PptxLibrary } from './pptx-library.js';

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
}

const PX = 1 / 96;

/** `a` moved `share` of the way to `b` (#rrggbb): the theme's tints for code, rules and table stripes. */
function mix(a: string, b: string, share: number): string {
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.replace(/^#/, '').padEnd(6, '0').slice(i - 1, i + 1), 16) || 0);
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * share).toString(16).padStart(2, '0')).join('')}`;
}
const hex = (c: string) => c.replace(/^#/, '').slice(0, 6).toUpperCase();

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
  defineMasters(pptx, { W, H, pad, heading, colours, accent, footer, title: deck.meta.title, lang: deck.meta.lang, body });

  const dropped: Dropped[] = [];
  const picture = (b: Block) => pictures.get(pictureKey(b) ?? '');
  const slides = allSlides(deck.slides);
  const first = slides.findIndex((s) => s.kind === 'section');
  let section = first > 0 ? deck.meta.title : undefined;
  const sections = slides.filter((s) => s.kind === 'section');
  const strings = stringsFor(deck.meta.lang);
  if (section) pptx.addSection({ title: section });
  for (const s of slides) {
    const own = blocks.get(s) ?? [];
    for (const b of own) if (b.kind === 'dropped') dropped.push({ slide: s, what: b.what });
    if (s.kind === 'section') pptx.addSection({ title: (section = s.title) });
    const master = s.kind === 'section' ? 'LECTERN_SECTION' : s.kind === 'title' ? 'LECTERN_TITLE' : 'LECTERN_CONTENT';
    const slide = pptx.addSlide({ masterName: master, ...(section ? { sectionTitle: section } : {}) });
    if (s.notes.trim()) slide.addNotes(notesText(s.notes));
    if (s.kind === 'title') titleSlide(slide, input, own, { W, H, pad, style, picture });
    else if (s.kind === 'section') {
      const onAccent = colours.accentText ?? '#ffffff';
      if (sections.length > 1) slide.addText(paragraphRuns([{ text: translate(strings, 'part', { n: sections.indexOf(s) + 1, total: sections.length }).toUpperCase() }], { ...style, size: 14, colour: onAccent }), { x: pad.x, y: H * 0.3 - 0.45, w: W - 2 * pad.x, h: 0.4, margin: 0 });
      slide.addText(headingRuns(s, own, { ...style, size: 57, colour: onAccent, font: heading }), { placeholder: 'title' });
      placeBody(slide, own, { x: pad.x, y: H * 0.62, w: W - 2 * pad.x, h: H * 0.25 }, { ...style, colour: colours.accentText ?? '#ffffff' }, picture);
    } else {
      const title = headingRuns(s, own, { ...style, size: 39, font: heading });
      const rest = s.heading === undefined ? withoutFirstHeading(own) : own;
      if (title.length) slide.addText(title, { placeholder: 'title' });
      const top = title.length ? pad.y + 1.1 : pad.y;
      placeBody(slide, s.layout === 'source' ? [...sourceBlocks(deck), ...rest] : rest, { x: pad.x, y: top, w: W - 2 * pad.x, h: H - top - pad.y - 0.35 }, style, picture, s.heading !== undefined);
    }
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return { bytes: await finishPackage(bytes, { text: colours.text, background: colours.background, accent }, library), dropped };
}

interface Frame {
  W: number;
  H: number;
  pad: { x: number; y: number };
  heading: string;
  body: string;
  colours: Look['theme']['colors'];
  accent: string;
  footer: string;
  title: string;
  lang: string;
}

/** Three masters sharing the footer (course, lecture, slide number), as every slide of the page has it. */
function defineMasters(pptx: Pptx.default, f: Frame): void {
  const muted = hex(f.colours.text);
  const foot = (colour: string): NonNullable<Pptx.default.SlideMasterProps['objects']> => [
    { text: { text: f.footer, options: { x: f.pad.x, y: f.H - 0.45, w: f.W / 2 - f.pad.x, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, lang: f.lang } } },
    { text: { text: f.title, options: { x: f.W / 2, y: f.H - 0.45, w: f.W / 2 - f.pad.x - 0.8, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, align: 'right', lang: f.lang } } },
  ];
  const number = (colour: string) => ({ x: f.W - f.pad.x - 0.6, y: f.H - 0.45, w: 0.6, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, align: 'right' as const });
  const title = (y: number, h: number, size: number, colour: string, valign: 'top' | 'bottom') => ({
    placeholder: { options: { name: 'title', type: 'title' as const, x: f.pad.x, y, w: f.W - 2 * f.pad.x, h, fontFace: f.heading, fontSize: size, bold: true, color: colour, align: 'left' as const, valign, margin: 0 }, text: '' },
  });
  pptx.defineSlideMaster({
    title: 'LECTERN_CONTENT',
    background: { color: hex(f.colours.background) },
    objects: [title(f.pad.y, 0.9, 39, hex(f.colours.text), 'bottom'), { line: { x: f.pad.x, y: f.pad.y + 0.95, w: f.W - 2 * f.pad.x, h: 0, line: { color: hex(f.accent), width: 3 } } }, ...foot(muted)],
    slideNumber: number(muted),
  });
  pptx.defineSlideMaster({ title: 'LECTERN_TITLE', background: { color: hex(f.colours.background) }, objects: [title(f.H * 0.3, 1.4, 49.5, hex(f.colours.text), 'bottom'), ...foot(muted)], slideNumber: number(muted) });
  const onAccent = hex(f.colours.accentText ?? '#ffffff');
  pptx.defineSlideMaster({ title: 'LECTERN_SECTION', background: { color: hex(f.accent) }, objects: [title(f.H * 0.3, f.H * 0.3, 57, onAccent, 'top'), ...foot(onAccent)], slideNumber: number(onAccent) });
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
