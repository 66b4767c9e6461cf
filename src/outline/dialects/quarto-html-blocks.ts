// Pandoc reads Markdown between HTML block tags (its markdown_in_html_blocks), where CommonMark keeps everything up
// to the next blank line raw: `<center>` + `**bold**` + `![](x.png)` shows as literal stars and brackets. A Quarto
// deck's container tag alone on its line is set apart by blank lines, so its content is read as Markdown.
import { FenceTracker } from '../fences.js';
import type { SourceLine } from '../source.js';

// Containers only: a <pre>, <script>, <style> or <table> keeps its content as it is, as in Pandoc.
const CONTAINERS = 'center|div|section|aside|article|header|footer|figure|blockquote|details|main|nav';
const RE_OPEN = new RegExp(`^ {0,3}<(?:${CONTAINERS})(?:\\s[^<>]*)?>[ \\t]*$`, 'i');
const RE_CLOSE = new RegExp(`^ {0,3}</(?:${CONTAINERS})\\s*>[ \\t]*$`, 'i');

export function markdownInHtmlBlocks(lines: readonly SourceLine[]): SourceLine[] {
  const fences = new FenceTracker();
  const out: SourceLine[] = [];
  const blankAt = (line: number): SourceLine => ({ text: '', line });
  lines.forEach((l, i) => {
    if (FenceTracker.isCode(fences.feed(l.text))) return void out.push(l);
    const next = lines[i + 1];
    if (RE_CLOSE.test(l.text) && out.length && out[out.length - 1]!.text.trim()) out.push(blankAt(l.line));
    out.push(l);
    if (RE_OPEN.test(l.text) && next?.text.trim()) out.push(blankAt(l.line));
  });
  return out;
}
