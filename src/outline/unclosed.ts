// An unclosed `<!--` hides the rest of the deck and an unclosed code fence swallows it: both are errors at the
// line that opens them. Comments inside fenced code are text, not comments.
import { error, type Diagnostic } from '../diagnostics.js';
import { FenceTracker } from './fences.js';
import { marpLineKinds } from './dialects/marp.js';

/** `bodyLine` is the file line of the body's first line. */
export function unclosedBlocks(body: string, bodyLine: number, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fences = new FenceTracker();
  let comment: { line: number; column: number } | undefined;
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    // Inside a comment a fence opens nothing: markdown-it ends an HTML comment block at its "-->" whatever it holds.
    const state = comment ? 'outside' : fences.feed(text);
    if (FenceTracker.isCode(state)) return;
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
  // A fence line inside an HTML block is text there (markdown-it and marked end the block at a blank line only).
  if (fence && !comment && marpLineKinds(lines)[fence.index] === 'code') out.push(error(file, bodyLine + fence.index, 1, `code fence "${fence.marker}" is never closed: it swallows the rest of the deck (add a line "${fence.marker}" after the code)`));
  return out;
}
