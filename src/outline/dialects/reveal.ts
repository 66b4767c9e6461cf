// reveal.js's markdown plugin and reveal-md: slides between separator lines, split exactly as `slidify` does;
// notes after reveal.js's notes separator; headings, `.slide`/`.element` comments and raw HTML stay in the body.
import { error, positionAt, type Diagnostic } from '../../diagnostics.js';
import { emptyAttributes } from '../attributes.js';
import { blankFences } from '../fences.js';
import type { SlideSource, SourceLine } from '../source.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { headingOf } from './outline.js';
import { foreignTheme } from './foreign-theme.js';
import { layoutImages } from './image-layout.js';

// The default of reveal.js's markdown plugin and of every reveal-md release since 1.1.1 (lib/defaults.json, its
// commit "Improve separator regexes", 2018): a line holding only `---` (`----` vertical, reveal-md only), with no
// blank lines required around it. The regex eats the newlines on both sides, as slidify's does.
export const DEFAULT_SEPARATOR = '\\r?\\n---\\r?\\n';
export const DEFAULT_VERTICAL_SEPARATOR = '\\r?\\n----\\r?\\n';
/** reveal.js's default, as it reaches the RegExp: its source writes '^\s*notes?:' in a string, which drops the "\". */
export const DEFAULT_NOTES_SEPARATOR = '^s*notes?:';
const RE_RULE = /^-{3,4}$/;
/** A line that cannot be a paragraph's text, so a `---` under it is no setext heading: blank, ATX heading, list item, HTML. */
const RE_NOT_PARAGRAPH = /^([ \t]*|#{1,6}([ \t].*)?|[ \t]*([-*+]|\d+[.)])[ \t].*|[ \t]*<.*)$/;

export interface SeparatorOptions {
  separator?: string;
  verticalSeparator?: string;
}

/**
 * A deck says it is reveal.js's when a `---`/`----` line outside code splits it there: one with a line after it,
 * under a line that is not paragraph text (a setext underline `Title\n---` is a heading in Lectern's own decks).
 */
export function usesSeparators(body: string, options: SeparatorOptions): boolean {
  if (options.separator || options.verticalSeparator) return true;
  const lines = blankFences(body).split('\n');
  return lines.some((line, i) => i > 0 && i < lines.length - 1 && RE_RULE.test(line) && RE_NOT_PARAGRAPH.test(lines[i - 1]!));
}

/** A deck's own pattern, compiled once; a pattern that does not compile is the deck's error, never a crash. */
function compile(pattern: string, flags: string, file: string, key: string, diagnostics: Diagnostic[]): RegExp | undefined {
  try {
    return new RegExp(pattern, flags);
  } catch {
    diagnostics.push(error(file, 1, 1, `${key} "${pattern}" is not a valid regular expression (reveal.js reads it with new RegExp)`));
    return undefined;
  }
}

/** Mirrors reveal.js's markdown plugin `slidify`: regexes over the whole text, fences not excepted. */
export function splitAtSeparators(body: string, bodyLine: number, options: SeparatorOptions, file = 'deck', diagnostics: Diagnostic[] = []): SlideSource[] {
  const separator = options.separator ?? DEFAULT_SEPARATOR;
  const vertical = options.verticalSeparator ?? (options.separator ? undefined : DEFAULT_VERTICAL_SEPARATOR);
  const any = compile(separator + (vertical ? '|' + vertical : ''), 'mg', file, 'separator', diagnostics);
  const horizontal = compile(separator, '', file, 'separator', diagnostics);
  if (!any || !horizontal) return [];
  const stacks: { start: number; end: number }[][] = [];
  let last = 0;
  let wasHorizontal = true;
  let match: RegExpExecArray | null;
  while ((match = any.exec(body))) {
    if (match[0].length === 0) {
      any.lastIndex++;
      continue;
    }
    const isHorizontal = horizontal.test(match[0]);
    if (!isHorizontal && wasHorizontal) stacks.push([]);
    const piece = { start: last, end: match.index };
    if (isHorizontal && wasHorizontal) stacks.push([piece]);
    else stacks[stacks.length - 1]!.push(piece);
    last = any.lastIndex;
    wasHorizontal = isHorizontal;
  }
  if (wasHorizontal) stacks.push([{ start: last, end: body.length }]);
  else stacks[stacks.length - 1]!.push({ start: last, end: body.length });

  const toSlide = (piece: { start: number; end: number }): SlideSource => {
    const line = bodyLine + positionAt(body, piece.start).line - 1;
    const lines = body
      .slice(piece.start, piece.end)
      .split('\n')
      .map((text, i) => ({ text, line: line + i }));
    // Only used for titles (outline, bookmarks): the heading stays in the body, as reveal.js renders it.
    return { kind: 'slide', heading: headingOf(lines), lines, line, children: [] };
  };
  return stacks.map((stack) => {
    const [first, ...rest] = stack.map(toSlide);
    first!.children = rest;
    return first!;
  });
}

/**
 * reveal.js splits a slide's text at its notes separator and takes notes only when there is exactly one:
 * an empty "Note:" gives empty notes, and a slide with two markers keeps all its text on the slide.
 */
export function revealNotes(lines: readonly SourceLine[], pattern: string): { body: SourceLine[]; notes: string } {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'mgi');
  } catch {
    return { body: [...lines], notes: '' };
  }
  const text = lines.map((l) => l.text).join('\n');
  const matches = [...text.matchAll(re)].filter((m) => m[0].length > 0);
  if (matches.length !== 1) return { body: [...lines], notes: '' };
  const m = matches[0]!;
  const at = positionAt(text, m.index!);
  const before = lines.slice(0, at.line - 1);
  const prefix = lines[at.line - 1]!.text.slice(0, at.column - 1);
  if (prefix.trim()) before.push({ text: prefix, line: lines[at.line - 1]!.line });
  return { body: before, notes: text.slice(m.index! + m[0].length).trim() };
}

// `<!-- .slide: data-visibility="hidden" -->`: reveal.js removes such a slide from the page when it starts.
const RE_HIDDEN = /<!--\s*\.slide:[^>]*?data-visibility=["']?hidden\b/;

/**
 * The slides reveal.js shows: a hidden one is left out, as reveal.js leaves it out of the page (and so of the PDF
 * and the slide count); the first slide of a vertical stack that is hidden gives its place to the next one.
 */
export function withoutHidden(slides: readonly SlideSource[]): SlideSource[] {
  return slides.flatMap((s) => {
    const children = withoutHidden(s.children);
    if (!s.lines.some((l) => RE_HIDDEN.test(l.text))) return [{ ...s, children }];
    const [first, ...rest] = children;
    return first ? [{ ...first, children: rest }] : [];
  });
}

export const revealDialect: Dialect = {
  name: 'reveal',
  outlined: false,
  detect: (deck: DeckText) => usesSeparators(deck.body, deck.frontMatter),
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const notesAt = deck.frontMatter.notesSeparator ?? DEFAULT_NOTES_SEPARATOR;
    // Marp's image keywords, at the start of an image's alt text, on the slide's own lines (not its notes).
    const withAttributes = (s: SlideSource): DialectSlide => {
      const attributes = emptyAttributes();
      const shown = new Set(revealNotes(s.lines, notesAt).body);
      return { ...s, lines: layoutImages(s.lines, attributes, 'leading', (l) => shown.has(l)), attributes, children: s.children.map(withAttributes) };
    };
    const split = splitAtSeparators(deck.body, deck.bodyLine, deck.frontMatter, deck.file, diagnostics);
    if (deck.frontMatter.notesSeparator !== undefined) compile(deck.frontMatter.notesSeparator, 'mgi', deck.file, 'notesSeparator', diagnostics);
    const theme = foreignTheme('reveal.js', deck.frontMatter, deck.file, diagnostics, deck.locate);
    return { slides: withoutHidden(split).map(withAttributes), frontMatter: theme.frontMatter, diagnostics, ...(theme.revealTheme && { revealTheme: theme.revealTheme }) };
  },
  notes: (lines, frontMatter) => revealNotes(lines, frontMatter.notesSeparator ?? DEFAULT_NOTES_SEPARATOR),
};
