// The pictures a .pptx shows, drawn by Chromium: every image (SVG included, which PowerPoint's older readers and
// LibreOffice's importer may not draw) and every display formula (KaTeX's HTML) → a PNG at twice its size.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type katexApi from 'katex';
import type { Block } from '../render/slide-blocks.js';
import { katexDist } from '../render/katex-files.js';
import { escapeHtml } from '../escape-html.js';
import type { Output } from '../write/output.js';
import type { Picture } from './pptx-body.js';
import { pictureKey } from './pptx-deck.js';
import { keepOffline } from './offline.js';
import { DEFAULT_VIEWPORT } from './browser.js';

const require = createRequire(import.meta.url);
/** A picture wider or taller than this (CSS pixels) is drawn at this size: larger is no sharper on a slide. */
const MAX_SIDE = 1600;

/**
 * `blocks`: every block of the deck; `url`: an image's address as the staged deck page writes it. Images that do not
 * load are left out (the writer shows their alt text).
 */
export async function drawPictures(page: Page, output: Output, dir: string, blocks: readonly Block[], url: (src: string) => string): Promise<Map<string, Picture>> {
  const wanted = new Map<string, Block>();
  for (const b of blocks) {
    const key = pictureKey(b);
    if (key && !wanted.has(key)) wanted.set(key, b);
  }
  const pictures = new Map<string, Picture>();
  if (!wanted.size) return pictures;
  const katex = [...wanted.values()].some((b) => b.kind === 'math') ? (require(path.join(katexDist(), 'katex.js')) as typeof katexApi) : undefined;
  const items = [...wanted.values()].map((b, i) => {
    const inner = b.kind === 'image' ? `<img src="${escapeHtml(url(b.src))}" alt="">` : katex!.renderToString((b as { tex: string }).tex, { displayMode: true, output: 'html', throwOnError: false, strict: false });
    return `<div class="pic" id="p${i}">${inner}</div>`;
  });
  const file = `${dir}/_pictures.html`;
  output.write(file, `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="../../assets/katex/katex.min.css"><style>
body{margin:0;background:transparent;font-size:34px;color:#000}.pic{display:inline-block;padding:0 4px}.pic img{display:block;max-width:${MAX_SIDE}px;max-height:${MAX_SIDE}px}.katex-display{margin:0}
</style></head><body>${items.join('')}</body></html>`);
  try {
    await keepOffline(page);
    await page.setViewport({ width: MAX_SIDE + 40, height: 900, deviceScaleFactor: 2 });
    await page.goto(pathToFileURL(output.path(file)).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const keys = [...wanted.keys()];
    for (let i = 0; i < keys.length; i++) {
      const element = await page.$(`#p${i}`);
      const box = await element?.boundingBox();
      const broken = await page.$eval(`#p${i}`, (e) => {
        const img = e.querySelector('img');
        return Boolean(img && (!img.complete || img.naturalWidth === 0));
      });
      if (!element || !box || broken || box.width < 1 || box.height < 1) continue;
      const png = await element.screenshot({ type: 'png', omitBackground: true, encoding: 'base64' });
      pictures.set(keys[i]!, { data: `data:image/png;base64,${png}`, width: box.width, height: box.height });
    }
  } finally {
    // The page goes on to print other decks at the viewport it was opened with.
    await page.setViewport(DEFAULT_VIEWPORT);
    fs.rmSync(output.path(file), { force: true });
  }
  return pictures;
}
