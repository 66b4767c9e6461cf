// An unclosed `<!--` hides the rest of the deck and an unclosed code fence swallows it: both are errors at the
// line that opens them. Comments inside fenced code are text, not comments.
import { error, type Diagnostic } from '../diagnostics.js';
import { FenceTracker } from './fences.js';

/** `bodyLine` is the file line of the body's first line. */
export function unclosedBlocks(body: string, bodyLine: number, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fences = new FenceTracker();
  let comment: { line: number; column: number } | undefined;
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    const state = fences.feed(text);
    if (FenceTracker.isCode(state) && !comment) return;
    // Walk the line's comment openers and closers in order; inline code spans hold text, not comments.
    const scan = text.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    let at = 0;
    while (at < scan.length) {
      if (comment) {
        const end = scan.indexOf('-->', at);
        if (end < 0) break;
        comment = undefined;
        at = end + 3;
      } else {
        const start = scan.indexOf('<!--', at);
        if (start < 0) break;
        comment = { line: bodyLine + i, column: start + 1 };
        at = start + 4;
      }
    }
  });
  if (comment) out.push(error(file, comment.line, comment.column, 'HTML comment "<!--" is never closed: it hides the rest of the deck (add "-->" where the comment ends)'));
  const fence = fences.unclosed;
  if (fence && !comment) out.push(error(file, bodyLine + fence.index, 1, `code fence "${fence.marker}" is never closed: it swallows the rest of the deck (add a line "${fence.marker}" after the code)`));
  return out;
}
