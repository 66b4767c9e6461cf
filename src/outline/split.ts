// Markdown body → slide sources with their file lines: at headings, or at explicit separators as reveal.js splits.
import { positionAt } from '../diagnostics.js';
import { blankFences, FenceTracker } from './fences.js';

export interface SourceLine {
  text: string;
  /** 1-based file line. */
  line: number;
}

export interface HeadingSource {
  level: 1 | 2 | 3;
  text: string;
  line: number;
  /** Raw text inside `{…}` at the end of the heading line, if any. */
  attributes?: string;
  attributesColumn?: number;
}

export interface SlideSource {
  kind: 'title' | 'section' | 'slide';
  heading?: HeadingSource;
  /** Body lines (heading excluded), notes included. */
  lines: SourceLine[];
  line: number;
  /** Vertical sub-slides below this one. */
  children: SlideSource[];
}

export interface SplitOptions {
  separator?: string;
  verticalSeparator?: string;
}

export interface SplitResult {
  mode: 'headings' | 'separators';
  slides: SlideSource[];
}

// reveal-md's defaults, which it hands to reveal.js's markdown plugin: `---` and `----` between blank lines.
export const DEFAULT_SEPARATOR = '^(\\r\\n?|\\n)---(\\r\\n?|\\n)$';
export const DEFAULT_VERTICAL_SEPARATOR = '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$';
const RE_EXPLICIT_SEPARATOR = /(^|\n)[ \t]*\n-{3,4}[ \t]*\n[ \t]*\n/;
const RE_HEADING = /^(#{1,3})[ \t]+(.*?)(?:[ \t]+\{([^{}]*)\})?[ \t#]*$/;

export function usesSeparators(body: string, options: SplitOptions): boolean {
  if (options.separator || options.verticalSeparator) return true;
  return RE_EXPLICIT_SEPARATOR.test(blankFences(body));
}

export function splitSlides(body: string, bodyLine: number, options: SplitOptions = {}): SplitResult {
  return usesSeparators(body, options)
    ? { mode: 'separators', slides: splitAtSeparators(body, bodyLine, options) }
    : { mode: 'headings', slides: splitAtHeadings(body, bodyLine) };
}

function splitAtHeadings(body: string, bodyLine: number): SlideSource[] {
  const title: SlideSource = { kind: 'title', lines: [], line: bodyLine, children: [] };
  const slides: SlideSource[] = [title];
  let current = title;
  let stackTop: SlideSource = title;
  const fences = new FenceTracker();
  body.split('\n').forEach((text, i) => {
    const line = bodyLine + i;
    const match = FenceTracker.isCode(fences.feed(text)) ? null : RE_HEADING.exec(text);
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

/** Mirrors reveal.js's markdown plugin `slidify`: regexes over the whole text, fences not excepted. */
function splitAtSeparators(body: string, bodyLine: number, options: SplitOptions): SlideSource[] {
  const separator = options.separator ?? DEFAULT_SEPARATOR;
  const vertical = options.verticalSeparator ?? (options.separator ? undefined : DEFAULT_VERTICAL_SEPARATOR);
  const any = new RegExp(separator + (vertical ? '|' + vertical : ''), 'mg');
  const horizontal = new RegExp(separator);
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
    const headingLine = lines.find((l) => /^#{1,6}[ \t]/.test(l.text));
    const heading = headingLine && RE_HEADING.exec(headingLine.text);
    return {
      kind: 'slide',
      // Only used for titles (outline, bookmarks): the heading stays in the body, as reveal.js renders it.
      heading: heading ? { level: Math.min(3, heading[1]!.length) as 1 | 2 | 3, text: heading[2]!.trim(), line: headingLine!.line } : undefined,
      lines,
      line,
      children: [],
    };
  };
  return stacks.map((stack) => {
    const [first, ...rest] = stack.map(toSlide);
    first!.children = rest;
    return first!;
  });
}
