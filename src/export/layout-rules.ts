// Checks in a real browser layout at the slide size: overflow, text too small to read when projected, broken images.
import type { Page } from 'puppeteer-core';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { allSlides, type Deck } from '../model/deck.js';
import { openPrintView } from './slides-pdf.js';
import { networkFindings } from '../check/html-rules.js';
import { blockedReads } from './blocked-reads.js';
import type { PageRequests } from './request-filter.js';
import { MEASURE_OVERFLOW, OVERFLOW_SLACK_PX, type SlideOverflow } from './overflow-measure.js';

/** Smallest readable text at 720 px slide height, from the back of a lecture hall. */
export const MIN_FONT_PX_AT_720 = 18;

interface Finding {
  id: string;
  rule: 'overflow' | 'min-font-size' | 'missing-image';
  message: string;
  /** The image that does not load, as the page resolved it. */
  url?: string;
  /** Its src as the deck wrote it (Diagnostic.subject). */
  subject?: string;
}

/** `requests`: the page's filter (opened with recordNetwork), for the network and outside-file findings. */
export async function layoutChecks(page: Page, requests: PageRequests, htmlFile: string, deck: Deck, slideHeight: number): Promise<Diagnostic[]> {
  await openPrintView(page, htmlFile, { margin: '0', pdfSeparateFragments: 'false' });
  const minPx = (MIN_FONT_PX_AT_720 * slideHeight) / 720;
  const overflows = (await page.evaluate(MEASURE_OVERFLOW)) as SlideOverflow[];
  const findings: Finding[] = overflows.map(({ id, down, across }) => ({
    id,
    rule: 'overflow',
    message: down > OVERFLOW_SLACK_PX ? `content runs ${Math.round(down)} px below the slide: split it, or cut a point` : `content runs ${Math.round(across)} px past the right edge (a long code line or a wide table)`,
  }));
  findings.push(...await page.evaluate((minPx: number) => {
    const out: Finding[] = [];
    for (const section of document.querySelectorAll<HTMLElement>('.pdf-page section[id]')) {
      const id = section.id;
      const small = new Map<number, string>();
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent!.trim() || el.closest('.slide-footer, aside.notes, .katex, sub, sup')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minPx - 0.5 && !small.has(Math.round(size))) small.set(Math.round(size), node.textContent!.trim().slice(0, 30));
      }
      for (const [size, sample] of small) out.push({ id, rule: 'min-font-size', message: `text at ${size} px ("${sample}") is too small to read when projected (minimum ${Math.round(minPx)} px)` });
      for (const img of section.querySelectorAll<HTMLImageElement>('.slide-body img')) {
        if (img.complete && img.naturalWidth === 0) out.push({ id, rule: 'missing-image', message: `image "${img.getAttribute('src')}" does not load`, url: img.src, subject: img.getAttribute('src') ?? undefined });
      }
    }
    return out;
  }, minPx));
  const slides = new Map(allSlides(deck.slides).map((s) => [s.id, s]));
  const blocked = requests.takeBlocked();
  const network = networkFindings(deck, blocked.filter((b) => b.kind === 'network').map((b) => b.url));
  // An image the filter refused "does not load" because of that: the refusal is the one finding.
  const refused = new Set(blocked.map((b) => b.url));
  const loaded = findings.filter((f) => !(f.rule === 'missing-image' && f.url !== undefined && refused.has(f.url)));
  return [...network, ...blockedReads(deck, blocked), ...loaded.map((f) => {
    const slide = slides.get(f.id);
    const make = f.rule === 'min-font-size' ? warning : error;
    return { ...make(deck.file, slide?.line ?? 1, 1, `slide "${slide?.title ?? f.id}": ${f.message}`, f.rule), ...(f.subject ? { subject: f.subject } : {}) };
  })];
}
