// Drops the bullet subtrees and blocks a class's audience should not see; keeps file lines for the rest.
import { error, type Diagnostic } from '../diagnostics.js';
import { isVisible } from './attributes.js';
import type { SourceLine } from './source.js';
import { FenceTracker } from './fences.js';

const RE_ITEM_MARKER = /^(\s*)(?:[-*+]|\d+[.)])\s.*?\s\{(only|except)=([\w,-]+)\}\s*$/;
const RE_MARKER_TEXT = /\s\{(?:only|except)=[\w,-]+\}(?=\s*$)/;
const RE_BLOCK_OPEN = /^\s*<!--\s*(only|except):\s*([\w,\s-]+?)\s*-->\s*$/;
const RE_BLOCK_CLOSE = /^\s*<!--\s*\/(only|except)\s*-->\s*$/;

export function filterLines(lines: readonly SourceLine[], audience: readonly string[] | undefined, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const kept: SourceLine[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks: { kind: string; hide: boolean; line: number }[] = [];
  let hiddenItemIndent = -1;
  const fences = new FenceTracker();
  for (const l of lines) {
    // Markers inside code are code: a deck about Lectern may show them.
    const code = FenceTracker.isCode(fences.feed(l.text));
    const open = code ? null : RE_BLOCK_OPEN.exec(l.text);
    if (open) {
      const tags = open[2]!.split(/[,\s]+/).filter(Boolean);
      const visible = open[1] === 'only' ? isVisible(tags, [], audience) : isVisible([], tags, audience);
      blocks.push({ kind: open[1]!, hide: !visible, line: l.line });
      continue;
    }
    if (!code && RE_BLOCK_CLOSE.test(l.text)) {
      if (!blocks.pop()) diagnostics.push(error(file, l.line, 1, 'closing audience marker without an opening <!-- only: … --> or <!-- except: … -->'));
      continue;
    }
    if (blocks.some((b) => b.hide)) continue;

    const indent = l.text.search(/\S/);
    if (hiddenItemIndent >= 0) {
      // A hidden item's subtree: its more-indented lines and the blank lines between them.
      if (indent < 0 || indent > hiddenItemIndent) continue;
      hiddenItemIndent = -1;
    }
    const item = code ? null : RE_ITEM_MARKER.exec(l.text);
    if (item) {
      const tags = item[3]!.split(',');
      const visible = item[2] === 'only' ? isVisible(tags, [], audience) : isVisible([], tags, audience);
      if (!visible) {
        hiddenItemIndent = item[1]!.length;
        continue;
      }
      kept.push({ text: l.text.replace(RE_MARKER_TEXT, ''), line: l.line });
      continue;
    }
    kept.push(l);
  }
  for (const b of blocks) diagnostics.push(error(file, b.line, 1, `<!-- ${b.kind}: … --> is never closed (add <!-- /${b.kind} --> after the block)`));
  return { lines: kept, diagnostics };
}
