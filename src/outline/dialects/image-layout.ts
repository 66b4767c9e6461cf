// Marp's image keywords on a slide of any dialect: sized images, and `bg` images drawn behind the slide or, with
// `left`/`right`, beside its text: the one layout Marp's split backgrounds and Slidev's image-left/right share.
import type { SlideAttributes } from '../attributes.js';
import type { SourceLine } from '../source.js';
import { scanDivs } from '../div-scan.js';
import { marpLineKinds } from './line-kinds.js';
import { backgroundHtml, marpImages, type KeywordPlace, type MarpBackground } from './marp-images.js';

const RE_LONE_IMG = /^ {0,3}<img [^>]*>[ \t]*$/;

/**
 * Keywords are read on Markdown text only (not in code, comments or raw HTML), and only on the lines `shown` on
 * the slide and outside `::: notes` divs: an image in the speaker notes stays in the notes.
 */
export function imageKeywords(lines: readonly SourceLine[], place: KeywordPlace, shown: (line: SourceLine) => boolean = () => true): { lines: SourceLine[]; backgrounds: MarpBackground[] } {
  const backgrounds: MarpBackground[] = [];
  const notes = inNotesDiv(lines);
  const kinds = marpLineKinds(lines.map((l) => l.text));
  const out: SourceLine[] = [];
  lines.forEach((l, i) => {
    const text = kinds[i] === 'text' && shown(l) && !notes.has(l) && l.text.includes('![') ? marpImages(l.text, backgrounds, place) : l.text;
    out.push(text === l.text ? l : { ...l, text });
    // A sized image alone on its line is now an HTML block, which would run on to the next blank line and swallow
    // the Markdown after it (`- a point`): a blank line ends it where the image's paragraph ended.
    if (text !== l.text && RE_LONE_IMG.test(text) && lines[i + 1]?.text.trim()) out.push({ text: '', line: l.line });
  });
  return { lines: out, backgrounds };
}

/** The lines inside a `::: notes` div (any dialect's notes since fenced divs; the model takes them off the slide). */
export function inNotesDiv(lines: readonly SourceLine[]): Set<SourceLine> {
  const texts = lines.map((l) => l.text);
  if (!texts.some((t) => t.includes(':::'))) return new Set();
  const notes = new Set<SourceLine>();
  let until = -1;
  scanDivs(texts).roles.forEach((role, i) => {
    if (role.kind === 'open' && i > until && role.attributes.classes.includes('notes')) until = role.close;
    if (i <= until) notes.add(lines[i]!);
  });
  return notes;
}

/** Backgrounds → the lines that draw them, to open the slide's body; a split one gives the slide its side and share. */
export function backgroundLines(backgrounds: readonly MarpBackground[], attributes: SlideAttributes, at: number): SourceLine[] {
  const bg = backgroundHtml(backgrounds);
  if (!bg.html) return [];
  if (bg.split) {
    attributes.classes.push(`marp-split-${bg.split.side}`);
    attributes.section.style = [attributes.section.style, `--marp-split:${bg.split.width}`].filter(Boolean).join(';');
  }
  return [{ text: bg.html, line: at }, { text: '', line: at }];
}

/** Both, for a dialect that draws nothing else around the slide's lines. */
export function layoutImages(lines: readonly SourceLine[], attributes: SlideAttributes, place: KeywordPlace, shown?: (line: SourceLine) => boolean): SourceLine[] {
  const read = imageKeywords(lines, place, shown);
  return [...backgroundLines(read.backgrounds, attributes, lines[0]?.line ?? 1), ...read.lines];
}
