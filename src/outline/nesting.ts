// Where a deck nests deepest, for the error when the Markdown lexer's stack runs out (`>>>>…` twenty thousand
// deep, a list indented thousands of levels, thousands of unclosed `<div>`s): the lecturer gets the line to flatten.
import type { SlideSource, SourceLine } from './source.js';

export interface DeepestLine {
  line: number;
  depth: number;
  what: 'quotes' | 'list levels' | 'HTML elements';
}

const RE_QUOTES = /^[ \t]*((?:>[ \t]?)+)/;
const RE_INDENT = /^[ \t]*/;
const RE_OPEN_TAG = /<[a-z]/gi;

/** The line of `slides` that nests deepest: by quote markers, by indentation (two spaces a level) or by tags opened. */
export function deepestLine(slides: readonly SlideSource[]): DeepestLine | undefined {
  let best: DeepestLine | undefined;
  const consider = (line: SourceLine) => {
    const quotes = (RE_QUOTES.exec(line.text)?.[1] ?? '').replace(/[ \t]/g, '').length;
    const levels = Math.floor((RE_INDENT.exec(line.text)?.[0] ?? '').replace(/\t/g, '    ').length / 2);
    const tags = line.text.match(RE_OPEN_TAG)?.length ?? 0;
    const [depth, what] = ([[quotes, 'quotes'], [levels, 'list levels'], [tags, 'HTML elements']] as const).reduce((a, b) => (b[0] > a[0] ? b : a));
    if (!best || depth > best.depth) best = { line: line.line, depth, what };
  };
  const walk = (list: readonly SlideSource[]) => {
    for (const s of list) {
      s.lines.forEach(consider);
      walk(s.children);
    }
  };
  walk(slides);
  return best;
}
