// A Quarto deck's body → slides as Pandoc's revealjs writer cuts them: a heading at the slide level starts a
// slide, one above it a section (level 1 sections stack their slides vertically), a rule `---` an untitled slide;
// headings inside fenced divs or code never do. Heading attributes become the slide's.
import { emptyAttributes, type SlideAttributes } from '../attributes.js';
import { parseDivAttributes } from '../div-fence.js';
import { insideDivs } from '../div-scan.js';
import { FenceTracker } from '../fences.js';
import type { SourceLine } from '../source.js';
import type { DialectSlide } from './dialect.js';

const RE_ATX = /^(#{1,6})(?:[ \t]+(.*))?$/;
const RE_SETEXT = /^(=+|-+)[ \t]*$/;
const RE_RULE = /^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Lines that cannot be a setext heading's text: list items, quotes, tables, HTML, fences. */
const RE_NOT_PARAGRAPH = /^[ \t]*([-*+>|<]|\d+[.)]|`{3}|~{3}|:{3}|#)/;

export interface Heading {
  level: number;
  text: string;
  attributes: SlideAttributes;
  /** The slide is hidden (visibility="hidden"): reveal.js removes it, so Lectern leaves it out. */
  hidden: boolean;
}

/** `Title {#id .smaller background-image="x.png"}` → text and slide attributes (Pandoc's syntax). */
export function headingAttributes(raw: string, level: number): Heading {
  const attributes = emptyAttributes();
  const open = raw.lastIndexOf('{');
  const parsed = raw.endsWith('}') && open >= 0 ? parseDivAttributes(raw.slice(open + 1, -1)) : undefined;
  if (!parsed) return { level, text: raw.replace(/[ \t]+#+$/, '').trim(), attributes, hidden: false };
  let hidden = false;
  attributes.classes.push(...parsed.classes);
  if (parsed.classes.includes('center')) attributes.layout = 'center';
  if (parsed.id) attributes.id = parsed.id;
  for (const [key, value] of parsed.pairs) {
    if (!/^[\w-]+$/.test(key)) continue;
    if (key === 'visibility' && value === 'hidden') hidden = true;
    attributes.section[key.startsWith('data-') ? key : `data-${key}`] = value;
  }
  return { level, text: raw.slice(0, open).replace(/[ \t]+#+$/, '').trim(), attributes, hidden };
}

type Slide = DialectSlide & { hidden?: boolean };

export function splitQuarto(lines: readonly SourceLine[], slideLevel: number): DialectSlide[] {
  const texts = lines.map((l) => l.text);
  const inDiv = texts.some((t) => t.includes(':::')) ? insideDivs(texts) : [];
  const fences = new FenceTracker();
  const code = texts.map((t) => FenceTracker.isCode(fences.feed(t)));
  const slides: Slide[] = [];
  let current: Slide | undefined;
  let stack: Slide | undefined;
  const start = (heading: Heading | undefined, at: SourceLine, sectionLevel: boolean) => {
    const slide: Slide = { kind: 'slide', lines: [], line: at.line, children: [], attributes: heading?.attributes ?? emptyAttributes(), hidden: heading?.hidden };
    if (heading?.text) slide.heading = { level: Math.min(3, heading.level) as 1 | 2 | 3, text: heading.text, line: at.line };
    if (heading?.text) slide.lines.push({ text: `${'#'.repeat(heading.level)} ${heading.text}`, line: at.line });
    if (sectionLevel && !slide.attributes.layout) slide.attributes.layout = 'center';
    // Level 1 sections hold the slides after them, as Pandoc nests them into vertical stacks.
    if (sectionLevel && heading!.level === 1) (slides.push(slide), (stack = slide));
    else if (stack && slideLevel > 1) stack.children.push(slide);
    else slides.push(slide);
    current = slide;
  };
  const blank = (i: number) => i < 0 || !texts[i]!.trim();
  /** The heading line i starts (skip: a setext underline follows), or whether it is a rule. */
  const blockAt = (i: number): { heading?: Heading; skip: number; rule: boolean } => {
    const text = texts[i]!;
    if (code[i] || inDiv[i]) return { skip: 0, rule: false };
    const atx = RE_ATX.exec(text);
    if (atx) return { heading: headingAttributes((atx[2] ?? '').trim(), atx[1]!.length), skip: 0, rule: false };
    const setext = text.trim() && blank(i - 1) && !RE_NOT_PARAGRAPH.test(text) && i + 1 < lines.length && !code[i + 1] ? RE_SETEXT.exec(texts[i + 1]!) : null;
    if (setext) return { heading: headingAttributes(text.trim(), setext[1]![0] === '=' ? 1 : 2), skip: 1, rule: false };
    return { skip: 0, rule: blank(i - 1) && RE_RULE.test(text) };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { heading, skip, rule } = blockAt(i);
    if (rule) {
      // Pandoc drops a rule right before a slide-level heading (prepSlides): that heading alone starts the slide.
      let next = i + 1;
      while (next < lines.length && blank(next)) next++;
      if (!(next < lines.length && blockAt(next).heading?.level === slideLevel)) start(undefined, line, false);
      continue;
    }
    if (heading && heading.level <= slideLevel) {
      start(heading, line, heading.level < slideLevel);
      i += skip;
      continue;
    }
    if (!current) {
      if (!line.text.trim()) continue;
      start(undefined, line, false);
    }
    // A heading inside the slide keeps its text; its attributes are not shown.
    current!.lines.push(heading ? { ...line, text: skip ? heading.text : `${'#'.repeat(heading.level)} ${heading.text}` } : line);
    if (skip) (current!.lines.push(lines[i + 1]!), (i += skip));
  }
  const visible = (list: Slide[]): DialectSlide[] => list.filter((s) => !s.hidden).map(({ hidden: _, ...s }) => ({ ...s, children: visible(s.children as Slide[]) }));
  return visible(slides);
}
