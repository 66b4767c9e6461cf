// Lectern's own deadlines on what it waits for in a print page, well inside Puppeteer's protocol timeout, and
// what went wrong said in the lecturer's words (a deck that navigated away, a page without reveal.js, a print
// that never ends) instead of "Runtime.callFunctionOn timed out" after 90 s.
import type { Page } from 'puppeteer-core';

/** Puppeteer's own limit on one DevTools call (browser.ts connects with it); every deadline here is shorter. */
export const PROTOCOL_TIMEOUT_MS = 90_000;

/** A page that cannot be printed, for a reason the deck's author can act on: reported as it is, without "failed:". */
export class PageTrouble extends Error {}

const NAVIGATED = 'the deck navigated away from itself while printing (remove the script that changes location)';

/** How long a step may take: `base` plus `perSlide` for each slide, kept below Puppeteer's protocol timeout. */
export function stepLimit(baseMs: number, perSlideMs: number, slides: number): number {
  return Math.min(baseMs + perSlideMs * slides, PROTOCOL_TIMEOUT_MS - 5_000);
}

/** What page.pdf may take: Chromium prints about 100 pages a second; a stuck print (an SVG holding a web page) ends here. */
export const pdfLimit = (pages: number) => stepLimit(20_000, 60, pages);

/**
 * Runs `step` on a page opened at `url`, failing at once with a PageTrouble when the page leaves that address or
 * crashes, and after `limitMs` with `late` (what probably held it up). Puppeteer's pending call is abandoned: the
 * caller closes the page.
 */
export async function withinDeadline<T>(page: Page, url: string | undefined, limitMs: number, late: string, step: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let stop = () => {};
  const trouble = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTrouble(`${late} (gave up after ${Math.round(limitMs / 1000)} s)`)), limitMs);
    const onNavigated = (frame: { url(): string }) => {
      if (url !== undefined && frame === page.mainFrame() && !sameDocument(frame.url(), url)) reject(new PageTrouble(NAVIGATED));
    };
    const onCrash = () => reject(new PageTrouble('the browser page printing the deck crashed (a slide may hold more than a browser can draw)'));
    page.on('framenavigated', onNavigated);
    page.on('error', onCrash);
    stop = () => {
      page.off('framenavigated', onNavigated);
      page.off('error', onCrash);
    };
  });
  try {
    if (url !== undefined && !sameDocument(page.url(), url)) throw new PageTrouble(NAVIGATED);
    const result = await Promise.race([step(), trouble]);
    if (url !== undefined && !sameDocument(page.url(), url)) throw new PageTrouble(NAVIGATED);
    return result;
  } catch (e) {
    // A step cut short by a navigation fails with Puppeteer's words ("Execution context was destroyed"): say why.
    if (!(e instanceof PageTrouble) && url !== undefined && !sameDocument(page.url(), url)) throw new PageTrouble(NAVIGATED);
    throw e;
  } finally {
    clearTimeout(timer);
    stop();
    trouble.catch(() => {});
  }
}

/** The same page, whatever its #hash (reveal.js moves it between slides). */
function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
