// Matches a slide's (or a whole body's) fenced-div openers with their closers, as Pandoc does: a closer ends the
// innermost open div, an opener never closed is text, fenced code is never looked into. One pass, bounded depth.
import { FenceTracker } from './fences.js';
import { classifyLine, MAX_ATTRIBUTE_CHARS, parseDivAttributes, type DivAttributes } from './div-fence.js';

export type LineRole =
  | { kind: 'text' }
  | { kind: 'code' }
  /** `close`: index of its closer; `through`: last line of the opener (attributes may run over lines). */
  | { kind: 'open'; attributes: DivAttributes; close: number; through: number }
  | { kind: 'attributes' }
  | { kind: 'close' }
  | { kind: 'pause' };

export interface DivProblem {
  /** 0-based line index in the scanned lines. */
  index: number;
  column: number;
  message: string;
}

/** Divs nest this deep at most (Quarto's deepest real ones are 4); deeper openers stay text. */
export const MAX_DIV_DEPTH = 16;
/** Lines an opener's `{…}` may run over. */
const MAX_ATTRIBUTE_LINES = 5;

export function scanDivs(lines: readonly string[]): { roles: LineRole[]; problems: DivProblem[] } {
  const roles: LineRole[] = lines.map(() => ({ kind: 'text' }));
  const problems: DivProblem[] = [];
  const fences = new FenceTracker();
  const stack: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (FenceTracker.isCode(fences.feed(text))) {
      roles[i] = { kind: 'code' };
      continue;
    }
    const line = classifyLine(text);
    if (line.kind === 'pause') roles[i] = { kind: 'pause' };
    else if (line.kind === 'close') {
      const open = stack.pop();
      if (open === undefined) problems.push({ index: i, column: 1, message: 'closing ":::" with no fenced div open: shown as text (remove it, or open the div with "::: {.class}")' });
      else {
        (roles[open] as { close: number }).close = i;
        roles[i] = { kind: 'close' };
      }
    } else if (line.kind === 'open' || line.kind === 'open-continued') {
      let through = i;
      let attributes = line.kind === 'open' ? line.attributes : undefined;
      if (line.kind === 'open-continued') {
        // `{…` runs on to the line holding `}`, a few lines at most.
        let joined = text.slice(text.indexOf('{') + 1);
        for (let j = i + 1; j < Math.min(lines.length, i + MAX_ATTRIBUTE_LINES) && joined.length <= MAX_ATTRIBUTE_CHARS; j++) {
          const end = lines[j]!.indexOf('}');
          joined += '\n' + (end < 0 ? lines[j]! : lines[j]!.slice(0, end));
          if (end >= 0) {
            if (lines[j]!.slice(end + 1).replace(/:/g, '').trim()) break;
            through = j;
            attributes = parseDivAttributes(joined);
            break;
          }
        }
      }
      if (!attributes) {
        problems.push({ index: i, column: line.column, message: 'fenced div attributes are not closed or not valid: the line is shown as text (write them as {.class #id key="value"} on the ":::" line)' });
        continue;
      }
      if (stack.length >= MAX_DIV_DEPTH) {
        problems.push({ index: i, column: 1, message: `fenced divs nest more than ${MAX_DIV_DEPTH} deep here: this one is shown as text` });
        continue;
      }
      roles[i] = { kind: 'open', attributes, close: -1, through };
      for (let j = i + 1; j <= through; j++) roles[j] = { kind: 'attributes' };
      stack.push(i);
      i = through;
    }
  }
  // Pandoc reads an opener it never sees closed as a paragraph: so does Lectern, and says where.
  for (const open of stack) {
    const role = roles[open] as { through: number };
    for (let j = open; j <= role.through; j++) roles[j] = { kind: 'text' };
    problems.push({ index: open, column: 1, message: `fenced div "${lines[open]!.trim().slice(0, 40)}" is never closed: shown as text (add a line ":::" where it ends)` });
  }
  problems.sort((a, b) => a.index - b.index);
  return { roles, problems };
}

/** For each line, whether it lies inside a fenced div that is closed (headings there do not start slides). */
export function insideDivs(lines: readonly string[]): boolean[] {
  const { roles } = scanDivs(lines);
  const inside: boolean[] = [];
  let depth = 0;
  roles.forEach((role) => {
    if (role.kind === 'close') depth--;
    inside.push(depth > 0);
    if (role.kind === 'open') depth++;
  });
  return inside;
}
