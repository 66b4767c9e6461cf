// Reads a loaded reveal.js page as its audience sees it: every slide (Reveal.getSlides(), vertical ones in order),
// the words on it (text nodes joined by spaces, without speaker notes, scripts or styles) and whether reveal.js
// finds speaker notes for it (Reveal.getSlideNotes, as its speaker view does: text, or an image).
import type { Page } from 'puppeteer-core';

export interface SlideTexts {
  slides: number;
  /** Slides whose notes are not empty. */
  notes: number;
  /** One entry per slide: its visible text. */
  texts: string[];
}

// A plain script string, not a function: tsx would wrap a named helper in a __name() call the page does not have.
const READ = (leaveOut: string) => `(() => {
  const reveal = window.Reveal;
  const box = document.createElement('div');
  const textOf = (el) => {
    const clone = el.cloneNode(true);
    clone.querySelectorAll('aside.notes, script, style, template, noscript, .katex-mathml, annotation, .print-links${leaveOut}').forEach((n) => n.remove());
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue);
    return parts.join(' ').replace(/\\s+/g, ' ').trim();
  };
  const slides = reveal.getSlides();
  let notes = 0;
  for (const slide of slides) {
    box.innerHTML = reveal.getSlideNotes(slide) || '';
    if ((box.textContent || '').trim() !== '' || box.querySelector('img')) notes++;
  }
  return { slides: reveal.getTotalSlides(), notes, texts: slides.map(textOf) };
})()`;

/** On a page where Reveal is ready; `leaveOut`: selectors of what the reference's tool draws outside slides. */
export async function readSlideTexts(page: Page, leaveOut: readonly string[] = []): Promise<SlideTexts> {
  return (await page.evaluate(READ(leaveOut.map((s) => `, ${s}`).join('')))) as SlideTexts;
}
