// Parsed deck + one class's audience and variables → the Deck model that rendering and export share.
import { error, type Diagnostic } from '../diagnostics.js';
import { isVisible } from '../outline/attributes.js';
import { filterLines } from '../outline/audience.js';
import type { ParsedDeck, ParsedSlide } from '../outline/parse-deck.js';
import { dialectNamed } from '../outline/dialects/index.js';
import type { SourceLine } from '../outline/source.js';
import { substituteLines, substituteText, type Variables } from '../outline/variables.js';
import { renderFencedDivs } from '../outline/fenced-divs.js';
import { stringsFor } from '../i18n.js';
import { splitLongLists } from './continuation.js';
import { boundMeta } from './meta-limits.js';

import type { Deck, Slide } from './types.js';

export type { Deck, Slide } from './types.js';

export interface DeckContext {
  audience?: readonly string[];
  variables: Variables;
  /** Theme's budget of list lines per slide before a continuation slide starts. */
  maxListLines: number;
}

export function buildDeck(parsed: ParsedDeck, context: DeckContext): { deck: Deck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fm = parsed.frontMatter;
  const dialect = dialectNamed(parsed.dialect);
  const firstHeading = parsed.slides.find((s) => s.heading)?.heading?.text;
  const title = substituteText(fm.title ?? firstHeading ?? parsed.slug, context.variables, parsed.file, 1, diagnostics, !dialect.outlined);
  const bounded = boundMeta(parsed, { ...fm, title, lang: fm.lang ?? 'en' });
  const meta = bounded.meta;
  diagnostics.push(...bounded.diagnostics);
  const strings = stringsFor(meta.lang);
  const ids = new Set<string>();
  // The next suffix to try per wanted id: 8,000 slides of one title took 5.7 s when each counted up from 2.
  const nextSuffix = new Map<string, number>();
  const uniqueId = (wanted: string) => {
    let id = wanted || 'slide';
    if (ids.has(id)) {
      let n = nextSuffix.get(wanted) ?? 2;
      while (ids.has((id = `${wanted}-${n}`))) n++;
      nextSuffix.set(wanted, n + 1);
    }
    ids.add(id);
    return id;
  };

  const toSlides = (source: ParsedSlide): Slide[] => {
    const a = source.attributes;
    if (!isVisible(a.only, a.except, context.audience)) return [];
    const filtered = filterLines(source.lines, context.audience, parsed.file);
    const substituted = substituteLines(filtered.lines, context.variables, parsed.file, !dialect.outlined);
    diagnostics.push(...filtered.diagnostics, ...substituted.diagnostics);
    const split = dialect.notes(substituted.lines, fm);
    // Fenced divs (`::: columns`, `::: notes`, callouts, `. . .`) work in every dialect.
    const divs = renderFencedDivs(split.body);
    const { handout = '' } = split;
    const bodyLines = divs.body;
    const notes = [split.notes, divs.notes].filter(Boolean).join('\n\n');
    const headingText = source.heading ? substituteText(source.heading.text, context.variables, parsed.file, source.heading.line, diagnostics, !dialect.outlined) : undefined;
    const kind: Slide['kind'] = source.kind === 'title' ? 'title' : source.kind === 'section' ? 'section' : 'content';
    const slideTitle = kind === 'title' ? title : plainText(headingText ?? '') || `Slide`;
    const slide: Slide = {
      id: '',
      kind,
      layout: a.layout ?? (kind === 'content' ? 'default' : 'center'),
      title: slideTitle,
      heading: dialect.outlined && kind !== 'title' ? headingText : undefined,
      headingLevel: source.heading?.level ?? 2,
      body: bodyLines.map((l) => l.text).join('\n').trim(),
      bodyLines,
      handout,
      notes,
      attributes: a,
      line: source.heading?.line ?? source.line,
      children: [],
    };
    if (a.incremental === undefined && fm.incremental !== undefined && kind === 'content') {
      slide.attributes = { ...a, incremental: fm.incremental === true ? Infinity : fm.incremental === false ? 0 : fm.incremental };
    }
    // reveal.js and Marp decks keep their tool's slide count: overflow is for "lectern check", never a split.
    // A {fit} slide stays one slide too: it shrinks instead of continuing; so does one laid out in fenced divs.
    const parts = kind === 'content' && dialect.outlined && !a.classes.includes('fit') && !divs.found ? splitLongLists(slide, context.maxListLines, strings.cont) : [slide];
    for (const part of parts) part.id = uniqueId(part.continued && part.continued.part > 1 ? `${baseId(slide)}-${part.continued.part}` : baseId(slide));
    const children = source.children.flatMap(toSlides);
    parts[parts.length - 1]!.children = children;
    return parts;
  };

  const slides = parsed.slides.flatMap(toSlides);
  const hasSourceSlide = allSlides(slides).some((s) => s.layout === 'source');
  if (fm.source && !hasSourceSlide && dialect.outlined) {
    slides.push({
      id: uniqueId('source'), kind: 'content', layout: 'source', title: strings.source!, heading: strings.source!, headingLevel: 2,
      body: '', bodyLines: [], handout: '', notes: '', attributes: { only: [], except: [], classes: [], section: {} }, line: 1, generated: true, children: [],
    });
  }
  if (fm.source === undefined && hasSourceSlide) {
    const s = allSlides(slides).find((x) => x.layout === 'source')!;
    diagnostics.push(error(parsed.file, s.line, 1, 'a slide with layout=source needs "source:" in the front matter (title, author, publisher, url, published)'));
  }
  return { deck: { slug: parsed.slug, file: parsed.file, dir: parsed.dir, meta, dialect: parsed.dialect, slides }, diagnostics };
}

function baseId(slide: Slide): string {
  if (slide.attributes.id) return slide.attributes.id;
  if (slide.kind === 'title') return 'title';
  return slugify(slide.title);
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Markdown inline text → plain text, good enough for titles. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();
}

/** Slides in presentation order, vertical children after their parent. */
export function allSlides(slides: readonly Slide[]): Slide[] {
  return slides.flatMap((s) => [s, ...allSlides(s.children)]);
}

/** Line and column of the first source line containing `needle`, for diagnostics about rendered output. */
export function locateIn(lines: readonly SourceLine[], needle: string, fallback = { line: 1, column: 1 }): { line: number; column: number } {
  const hit = lines.find((l) => l.text.includes(needle));
  return hit ? { line: hit.line, column: hit.text.indexOf(needle) + 1 } : fallback;
}

/** Every body line of a deck, in presentation order. */
export function deckLines(deck: Deck): SourceLine[] {
  return allSlides(deck.slides).flatMap((s) => s.bodyLines);
}

/** What Reveal.getTotalSlides() reports: every section that is shown as a slide. */
export function countSlides(deck: Deck): number {
  return allSlides(deck.slides).length;
}
