// A slide's source lines → what shows on the slide, the students' `Handout:` text and the lecturer's `Note:` text.
import { FenceTracker } from './fences.js';
import type { SourceLine } from './source.js';

const RE_NOTES = /^\s*notes?:\s?/i;
const RE_HANDOUT = /^\s*handout:\s?/i;

export interface SlideBlocks {
  bodyLines: SourceLine[];
  /** Markdown for students: handouts and the reading view, never the slide. */
  handout: string;
  /** Markdown for the lecturer: speaker view, `--pdf-notes` and lecturer handouts. */
  notes: string;
}

/**
 * Each `Handout:` or `Note:`/`Notes:` line starts its block, which runs to the next such line or the end of the
 * slide. Lines inside code fences never start a block (a fence may show a Note: line as an example).
 */
export function splitBlocks(lines: readonly SourceLine[]): SlideBlocks {
  const body: SourceLine[] = [];
  const handout: string[] = [];
  const notes: string[] = [];
  let target = body as unknown[];
  const fences = new FenceTracker();
  for (const line of lines) {
    const code = FenceTracker.isCode(fences.feed(line.text));
    if (!code && RE_HANDOUT.test(line.text)) {
      target = handout;
      handout.push(line.text.replace(RE_HANDOUT, ''));
    } else if (!code && RE_NOTES.test(line.text)) {
      target = notes;
      notes.push(line.text.replace(RE_NOTES, ''));
    } else if (target === body) body.push(line);
    else target.push(line.text);
  }
  return { bodyLines: body, handout: handout.join('\n').trim(), notes: notes.join('\n').trim() };
}
