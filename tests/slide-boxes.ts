// In a page's print view (every slide laid out at once): the elements whose box leaves their slide, or whose box
// in the slide's body reaches into its footer.
import type { Page } from 'puppeteer-core';
import { openPrintView } from '../src/export/slides-pdf.js';

export interface Escapee {
  slide: string;
  element: string;
  /** How far past the slide's edge (or into the footer), in CSS px. */
  by: number;
}

export async function elementsOutsideSlides(page: Page, htmlFile: string): Promise<{ slides: number; escapees: Escapee[] }> {
  await openPrintView(page, htmlFile, { margin: '0', pdfSeparateFragments: 'false' });
  return page.evaluate(() => {
    const out: { slide: string; element: string; by: number }[] = [];
    const sections = [...document.querySelectorAll<HTMLElement>('.pdf-page section[id]')];
    for (const section of sections) {
      const s = section.getBoundingClientRect();
      const footer = section.querySelector('.slide-footer')?.getBoundingClientRect();
      for (const el of section.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('aside.notes') || !el.getClientRects().length) continue;
        const r = el.getBoundingClientRect();
        if (!r.width && !r.height) continue;
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}${el.getAttribute('src') ? `[src=${el.getAttribute('src')}]` : ''}`;
        const past = Math.max(s.left - r.left, s.top - r.top, r.right - s.right, r.bottom - s.bottom);
        if (past > 1) out.push({ slide: section.id, element: name, by: Math.round(past) });
        // Background images (Marp's ![bg], in any dialect) are drawn under the whole slide, footer included.
        else if (footer && el.closest('.slide-body') && !el.closest('.marp-bgs') && r.bottom - footer.top > 1) out.push({ slide: section.id, element: `${name} (into the footer)`, by: Math.round(r.bottom - footer.top) });
      }
    }
    return { slides: sections.length, escapees: out };
  });
}
