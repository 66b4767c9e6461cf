// Lectern's own outline: "#" sections, "##" slides, "###" vertical sub-slides, `{…}` heading attributes.
import type { Diagnostic } from '../../diagnostics.js';
import { emptyAttributes, parseAttributes } from '../attributes.js';
import { FenceTracker } from '../fences.js';
import type { HeadingSource, SlideSource, SourceLine } from '../source.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { splitBlocks } from '../blocks.js';
import { layoutImages } from './image-layout.js';
import { insideDivs } from '../div-scan.js';

const RE_HEADING = /^(#{1,3})[ \t]+(.*?)(?:[ \t]+\{([^{}]*)\})?[ \t#]*$/;

export function splitAtHeadings(body: string, bodyLine: number): SlideSource[] {
  const title: SlideSource = { kind: 'title', lines: [], line: bodyLine, children: [] };
  const slides: SlideSource[] = [title];
  let current = title;
  let stackTop: SlideSource = title;
  const fences = new FenceTracker();
  const lines = body.split('\n');
  // A heading inside a fenced div (a callout's title) is part of its slide, as in Quarto.
  const inDiv = body.includes(':::') ? insideDivs(lines) : [];
  lines.forEach((text, i) => {
    const line = bodyLine + i;
    const match = FenceTracker.isCode(fences.feed(text)) || inDiv[i] ? null : RE_HEADING.exec(text);
    if (!match) {
      current.lines.push({ text, line });
      return;
    }
    const level = match[1]!.length as 1 | 2 | 3;
    // `## {only=advanced}`: attributes alone, on a heading with no text (the regex wants a space before "{").
    const alone = match[3] === undefined ? /^\{([^{}]*)\}$/.exec(match[2]!.trim()) : null;
    if (alone) match[2] = '', match[3] = alone[1];
    const heading: HeadingSource = { level, text: match[2]!.trim(), line };
    if (match[3] !== undefined) {
      heading.attributes = match[3];
      heading.attributesColumn = text.lastIndexOf('{' + match[3]) + 2;
    }
    const slide: SlideSource = { kind: level === 1 ? 'section' : 'slide', heading, lines: [], line, children: [] };
    if (level === 3 && stackTop !== title) {
      stackTop.children.push(slide);
    } else {
      slides.push(slide);
      stackTop = slide;
    }
    current = slide;
  });
  return slides;
}

/** Heading text → a heading source, for dialects that keep headings in the body but need slide titles. */
export function headingOf(lines: readonly SourceLine[]): HeadingSource | undefined {
  const fences = new FenceTracker();
  for (const l of lines) {
    if (FenceTracker.isCode(fences.feed(l.text))) continue;
    const m = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(l.text);
    if (m) return { level: Math.min(3, m[1]!.length) as 1 | 2 | 3, text: m[2]!.trim(), line: l.line };
  }
  return undefined;
}

export const outlineDialect: Dialect = {
  name: 'outline',
  outlined: true,
  detect: () => true,
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const withAttributes = (s: SlideSource): DialectSlide => {
      let attributes = emptyAttributes();
      const h = s.heading;
      if (h?.attributes !== undefined) {
        const parsed = parseAttributes(h.attributes, deck.file, h.line, h.attributesColumn ?? 1);
        attributes = parsed.attributes;
        diagnostics.push(...parsed.diagnostics);
      }
      return { ...s, attributes, children: s.children.map(withAttributes) };
    };
    const slides = splitAtHeadings(deck.body, deck.bodyLine).map(withAttributes);
    // A Markdown file that opens with "# Title" and has no front matter title: that heading is the title slide.
    const [title, first] = slides;
    let frontMatter = deck.frontMatter;
    if (frontMatter.title === undefined && title?.kind === 'title' && first?.kind === 'section' && !title.lines.some((l) => l.text.trim())) {
      frontMatter = { ...frontMatter, title: first.heading!.text };
      title.lines = first.lines;
      slides.splice(1, 1, ...first.children);
    }
    // Marp's image keywords, at the start of an image's alt text (`![bg right:40%](map.jpg)`, `![w:400](x.png)`).
    const withImages = (s: DialectSlide): DialectSlide => {
      const shown = new Set(splitBlocks(s.lines).bodyLines);
      return { ...s, lines: layoutImages(s.lines, s.attributes, 'leading', (l) => shown.has(l)), children: s.children.map(withImages) };
    };
    return { slides: slides.map(withImages), frontMatter, diagnostics };
  },
  notes(lines) {
    // Outlines also have the students' `Handout:` block; fenced lines never start one.
    const { bodyLines, notes, handout } = splitBlocks(lines);
    return { body: bodyLines, notes, handout };
  },
};
