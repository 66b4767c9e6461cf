// One line of a Pandoc fenced div → what it is: an opener with its attributes (`::: columns`,
// `::: {.column width="40%"}`), a closer (`:::`), a pause (`. . .`), or text. Scanned by hand, never backtracking.

export interface DivAttributes {
  classes: string[];
  id?: string;
  /** key=value pairs in the order written (values unquoted). */
  pairs: [string, string][];
}

export type FenceLine =
  | { kind: 'open'; attributes: DivAttributes; column: number }
  /** `::: {.x` with no `}` on the line: Pandoc lets the attributes run on over the next lines. */
  | { kind: 'open-continued'; column: number }
  | { kind: 'close' }
  | { kind: 'pause' }
  | { kind: 'text' };

/** Characters of one opener's attributes (several lines joined): Quarto's longest real ones are ~200. */
export const MAX_ATTRIBUTE_CHARS = 2_000;

const RE_CLOSE = /^[ ]{0,3}:{3,}[ \t]*$/;
const RE_PAUSE = /^[ ]{0,3}\. \. \.[ \t]*$/;
const RE_WORD = /^[\w-]+$/;

/** Columns of leading spaces and colons: `   ::::` → 7; 0 when the line opens no fence. */
function fenceEnd(text: string): number {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  const start = i;
  while (text[i] === ':') i++;
  return i - start >= 3 ? i : 0;
}

export function classifyLine(text: string): FenceLine {
  if (RE_CLOSE.test(text)) return { kind: 'close' };
  if (RE_PAUSE.test(text)) return { kind: 'pause' };
  const end = fenceEnd(text);
  if (!end) return { kind: 'text' };
  // Trailing colons are decoration (`::: columns :::`).
  let rest = text.slice(end).trim();
  while (rest.endsWith(':')) rest = rest.slice(0, -1);
  rest = rest.trim();
  const column = text.indexOf(rest, end) + 1;
  if (RE_WORD.test(rest)) return { kind: 'open', attributes: { classes: [rest], pairs: [] }, column };
  if (rest.startsWith('{') && !rest.includes('}')) return { kind: 'open-continued', column };
  if (!rest.startsWith('{') || !rest.endsWith('}')) return { kind: 'text' };
  const attributes = parseDivAttributes(rest.slice(1, -1));
  return attributes ? { kind: 'open', attributes, column } : { kind: 'text' };
}

/**
 * `#id .class key=value key="quoted value"` → attributes; undefined when it is not an attribute list (an
 * unterminated quote, a stray brace). One pass over the characters.
 */
export function parseDivAttributes(text: string): DivAttributes | undefined {
  if (text.length > MAX_ATTRIBUTE_CHARS) return undefined;
  const out: DivAttributes = { classes: [], pairs: [] };
  let i = 0;
  const n = text.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const stops = (c: string | undefined) => c === undefined || isSpace(c) || c === '=' || c === '{' || c === '}' || c === '"' || c === "'";
  while (i < n) {
    while (isSpace(text[i])) i++;
    if (i >= n) break;
    const start = i;
    while (!stops(text[i])) i++;
    const word = text.slice(start, i);
    if (!word) return undefined;
    if (text[i] !== '=') {
      if (word[0] === '.' && word.length > 1) out.classes.push(word.slice(1));
      else if (word[0] === '#' && word.length > 1) out.id = word.slice(1);
      // Pandoc allows no bare word in braces but "-" (unnumbered): `## Joining with {dplyr}` is text.
      else if (word !== '-') return undefined;
      continue;
    }
    i++;
    const quote = text[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      let j = i + 1;
      let v = '';
      while (j < n && text[j] !== quote) {
        if (text[j] === '\\' && j + 1 < n) j++;
        v += text[j];
        j++;
      }
      if (j >= n) return undefined;
      value = v;
      i = j + 1;
    } else {
      const s = i;
      while (i < n && !isSpace(text[i]) && text[i] !== '}' && text[i] !== '{') i++;
      value = text.slice(s, i);
    }
    out.pairs.push([word, value]);
  }
  return out;
}

/** The value of a key=value pair, if written. */
export function pairValue(attributes: DivAttributes, key: string): string | undefined {
  return attributes.pairs.find(([k]) => k === key)?.[1];
}
