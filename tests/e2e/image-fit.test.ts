// Images in Lectern's own format fit their slide: alone, beside text, portrait, captioned; in every theme and size,
// measured box by box in Chromium's print view (the layout the slide PDF is printed from).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { buildProject, tempDir } from '../helpers.js';
import { png } from '../png.js';
import { elementsOutsideSlides } from '../slide-boxes.js';
import { pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';

const DECK = `---
title: Images of every shape
---

# Images

## A wide image alone

![A wide image](wide.png)

Note: 1600 by 900.

## A portrait image alone

![A portrait image](tall.png)

Note: 600 by 1400.

## An image and four bullets

![A wide image](wide.png)

- First point about the image
- Second point about the image
- Third point about the image
- Fourth point about the image

Note: shares the space.

## A captioned square

![A square](square.png "The caption stays visible")

Note: caption.

## Text above a tall image

Two lines of text before the image, which takes what is left of the slide below them.

![A very tall image](tower.png)

Note: tower.

## A sized panorama

![A panorama](panorama.png){width=90%}

Note: sized.

## A sized portrait

![A portrait image](tall.png){width=80%}

Note: as wide as asked, unless the slide is too short for it.

## The image layout, captioned {layout=image}

![A portrait image](tall.png "A caption under the image layout")

Note: image layout.
`;

const CLASSES = { light: 'theme: light', dark: 'theme: dark', contrast: 'theme: contrast', 'light-4-3': 'theme: light\nsize: "4:3"', 'contrast-4-3': 'theme: contrast\nsize: "4:3"' };

let root: string;
let session: BrowserSession;

beforeAll(async () => {
  root = tempDir('lectern-image-fit-');
  const deck = path.join(root, 'decks', 'shapes');
  fs.mkdirSync(deck, { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'));
  fs.writeFileSync(path.join(deck, 'index.md'), DECK);
  fs.writeFileSync(path.join(deck, 'wide.png'), png(1600, 900, [0x9c, 0xc8, 0xe8]));
  fs.writeFileSync(path.join(deck, 'tall.png'), png(600, 1400, [0xe8, 0xb0, 0x70]));
  fs.writeFileSync(path.join(deck, 'square.png'), png(800, 800, [0x90, 0xd0, 0x90]));
  fs.writeFileSync(path.join(deck, 'tower.png'), png(200, 2400, [0xd0, 0x90, 0xd0]));
  fs.writeFileSync(path.join(deck, 'panorama.png'), png(3000, 500, [0xc0, 0xc0, 0x90]));
  for (const [id, look] of Object.entries(CLASSES)) fs.writeFileSync(path.join(root, 'classes', `${id}.yaml`), `name: Images ${id}\n${look}\ndecks: [shapes]\n`);
  const result = await buildProject(root, ['html', 'pdf']);
  expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
}, 120_000);
afterAll(() => session?.close());

describe('images in the outline format', () => {
  for (const id of Object.keys(CLASSES)) {
    it(`stay inside their slide and above its footer (${id})`, async () => {
      const html = path.join(root, 'dist', id, 'shapes', 'index.html');
      const { slides, escapees } = await session.withPage((page) => elementsOutsideSlides(page, html));
      expect(slides).toBeGreaterThanOrEqual(10);
      expect(escapees).toEqual([]);
      // Nothing spilled onto pages of its own in the slide PDF either.
      expect(Number(pdfInfo(path.join(root, 'dist', id, 'shapes', 'shapes.pdf')).Pages)).toBe(slides);
    });
  }

  it('fill the space below the heading when alone, keeping their aspect ratio', async () => {
    const html = path.join(root, 'dist', 'light', 'shapes', 'index.html');
    const boxes = await session.withPage(async (page) => {
      await elementsOutsideSlides(page, html);
      return page.evaluate(() =>
        ['a-wide-image-alone', 'a-portrait-image-alone'].map((id) => {
          const img = document.querySelector<HTMLImageElement>(`section#${id} img`)!;
          const body = document.querySelector(`section#${id} .slide-body`)!.getBoundingClientRect();
          const r = img.getBoundingClientRect();
          return { ratio: r.width / r.height, natural: img.naturalWidth / img.naturalHeight, heightShare: r.height / body.height, widthShare: r.width / body.width };
        }),
      );
    });
    for (const b of boxes) {
      expect(b.ratio).toBeCloseTo(b.natural, 1);
      // Either as tall as the body lets it be, or as wide.
      expect(Math.max(b.heightShare, b.widthShare)).toBeGreaterThan(0.85);
      expect(Math.max(b.heightShare, b.widthShare)).toBeLessThanOrEqual(1.001);
    }
  });
});
