// What a deck's laid-out print view changes before it goes to paper: things a screen needs and paper does not.
import type { Page } from 'puppeteer-core';

/**
 * - reveal.js hides every slide but the current one from assistive technology (aria-hidden), and Chromium leaves
 *   what is hidden out of a tagged PDF: a screen reader would read the first slide and nothing after it. In print
 *   every slide is shown. (KaTeX's own aria-hidden, on its visual copy of a formula, stays.)
 * - A web page embedded in a slide cannot print: export runs offline, and the frame would show the browser's error
 *   page (the full browser's dinosaur). Paper gets a box with the page's address instead, of the frame's size kept
 *   to the slide: video embeds are often wider than the slide, which clips them.
 * The code runs in the page as written (no helper functions: a transpiler's would not exist there).
 */
export function prepareForPaper(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const slide of document.querySelectorAll('.reveal .slides section[aria-hidden]')) slide.removeAttribute('aria-hidden');
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('.reveal .slides iframe')) {
      let url: URL;
      try {
        url = new URL(frame.getAttribute('src') || frame.getAttribute('data-src') || '', document.baseURI);
      } catch {
        continue;
      }
      if (!/^(https?|wss?|ftp):$/.test(url.protocol)) continue;
      const rect = frame.getBoundingClientRect();
      const section = frame.closest('section');
      const footer = section?.querySelector('.slide-footer');
      // Down to the slide's footer (or its bottom edge), leaving room for what follows the frame (a caption).
      const bottom = footer ? footer.getBoundingClientRect().top : (section ?? frame).getBoundingClientRect().bottom;
      let after = 0;
      for (let next = frame.nextElementSibling; next; next = next.nextElementSibling) after += next.getBoundingClientRect().height;
      const width = Math.min(frame.offsetWidth, frame.parentElement?.clientWidth ?? Infinity);
      const height = Math.min(frame.offsetHeight * (frame.offsetWidth ? width / frame.offsetWidth : 1), Math.max(80, bottom - rect.top - after - 16));
      const box = document.createElement('div');
      box.className = 'lectern-offline-embed';
      box.style.cssText = `box-sizing:border-box;width:${width}px;height:${height}px;display:inline-flex;align-items:center;justify-content:center;padding:1em;border:2px dashed currentColor;opacity:.75;font-size:.6em;overflow-wrap:anywhere;text-align:center`;
      box.textContent = `↗ ${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
      frame.replaceWith(box);
    }
  });
}
