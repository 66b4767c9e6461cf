// The text of each slide of a reveal.js page as a reader sees it (notes, Lectern's footer and print-only links
// left out), and how alike two slides' texts are: the measure the Quarto references are compared by.
import { parseHTML } from 'linkedom';

export interface PageSlides {
  /** Per shown slide (reveal.js removes data-visibility="hidden" ones), in order: its words, space-separated. */
  text: string[];
  /** The same without code blocks (<pre>): what the slide says, whether or not a tool shows the code. */
  prose: string[];
  /** Indices of the slides with speaker notes. */
  notes: number[];
}

const STRIP = 'aside.notes, .slide-footer, .print-links, script, style, .title-course';

export function pageSlides(html: string): PageSlides {
  const { document } = parseHTML(html);
  // A slide's footnotes are a <section class="footnotes"> inside it (Pandoc, markdown-it-footnote): part of it.
  const slide = 'section:not(.footnotes)';
  const leaves = [...document.querySelectorAll(`.slides ${slide}`)].filter((s: any) => !s.querySelector(slide) && s.getAttribute('data-visibility') !== 'hidden');
  const text: string[] = [];
  const prose: string[] = [];
  const notes: number[] = [];
  leaves.forEach((section: any, i: number) => {
    const aside = section.querySelector('aside.notes');
    if (aside && aside.textContent.trim()) notes.push(i);
    const copy = section.cloneNode(true);
    for (const el of copy.querySelectorAll(STRIP)) el.remove();
    // A formula counts as its TeX source: KaTeX keeps it in an <annotation>, Pandoc (--mathjax) writes it out.
    for (const el of copy.querySelectorAll('.katex')) el.replaceWith(copy.ownerDocument.createTextNode(` ${el.querySelector('annotation')?.textContent ?? ''} `));
    // Block boundaries separate words (textContent would glue "</li><li>" neighbours together).
    for (const el of copy.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, pre, div, br')) el.append(' ');
    text.push(words(copy.textContent ?? '').join(' '));
    for (const el of copy.querySelectorAll('pre')) el.remove();
    prose.push(words(copy.textContent ?? '').join(' '));
  });
  return { text, prose, notes };
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A word as a short hash (FNV-1a, base 36): a deck published without a licence is compared by its words' hashes,
 * so its text is not copied into this repository.
 */
export function hashWord(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export const hashWords = (text: string) => words(text).map(hashWord).join(' ');

/** Dice's coefficient over the two texts' words (as multisets): 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) (common++, counts.set(w, n - 1));
  }
  return (2 * common) / (wa.length + wb.length);
}
