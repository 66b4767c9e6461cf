// `--format png`: one PNG per slide (`<deck>/slides/001.png` …) at the slide size times `scale`, taken from the same
// print view the slide PDF is printed from (every fragment shown), for LMS pages and slide sorters.
import type { Page } from 'puppeteer-core';
import type { DeckJob } from '../render/render-job.js';
import type { Output } from '../write/output.js';
import { openPrintView } from './slides-pdf.js';
import { timed } from '../profile.js';
import { DEFAULT_VIEWPORT } from './browser.js';

export interface SlidePngs {
  /** Folder relative to dist/: `<class>/<deck>/slides`. */
  dir: string;
  count: number;
}

export const slideFile = (n: number) => `${String(n).padStart(3, '0')}.png`;

export async function writeSlidePngs(page: Page, job: DeckJob, output: Output, scale: number): Promise<SlidePngs> {
  const { width, height } = job.look;
  // The viewport is the slide: reveal.js's print view lays each slide out as one page of exactly this size.
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  try {
    return await shoot(page, job, output);
  } finally {
    // The page goes on to print other decks at the viewport it was opened with.
    await page.setViewport(DEFAULT_VIEWPORT);
  }
}

async function shoot(page: Page, job: DeckJob, output: Output): Promise<SlidePngs> {
  await timed('png: load print view', () => openPrintView(page, output.path(`${job.dir}/index.html`), { margin: '0' }, job.slides));
  const { width, height } = job.look;
  // Where each slide's page starts in the document: a clip of exactly the slide size there (an element's own
  // screenshot rounds its box, and came out a pixel short).
  const tops = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > .pdf-page')].map((p) => p.getBoundingClientRect().top + window.scrollY));
  const dir = `${job.dir}/slides`;
  let n = 0;
  for (const y of tops) {
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: Math.round(y), width, height }, captureBeyondViewport: true });
    output.write(`${dir}/${slideFile(++n)}`, png);
  }
  return { dir, count: n };
}
