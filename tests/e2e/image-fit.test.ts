// Images in Lectern's own format fit their slide: alone, beside text, portrait, captioned, in a row, sized by Marp's
// keywords, as a background or beside the text (![bg right:40%]); in every theme and size,
// measured box by box in Chromium's print view (the layout the slide PDF is printed from).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { buildProject, tempDir } from '../helpers.js';
import { png } from '../png.js';
import { elementsOutsideSlides } from '../slide-boxes.js';
import { pageText, pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';

const DECK = `---
title: Images of every shape
---

![bg right:35%](tall.png)

A title slide beside a picture.

# Images

![bg opacity:.3](wide.png)

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

## A tiny image alone

![A tiny image](tiny.png "A tiny image keeps its size")

Note: 40 by 30.

## A huge image, captioned

![A huge image](huge.png "A caption under a 4000 by 3000 image")

Note: huge.

## A strip

![A strip](strip.png)

Note: 4000 by 120.

## Two images side by side

![A wide image](wide.png) ![A portrait image](tall.png)

Note: a row.

## Two images under text

Two images in a row under a line of text.

![A square](square.png) ![w:300 A portrait image](tall.png)

Note: a row with text.

## Sized past the slide

![w:3000 A panorama asked to be 3000 px wide](panorama.png)

Note: keyword width.

## Sized taller than the slide

![h:1200 A tower asked to be 1200 px high](tower.png "Its caption stays visible")

Note: keyword height.

## A sized image and bullets

![w:900 A wide image](wide.png)
- First point
- Second point
- Third point

Note: the list stays a list.

## Beside the text

![bg right:40%](tall.png)

- A point beside the picture
- Another point, longer, that wraps onto a second line in the narrower column
- A third point
- A fourth point

Note: split right.

## Beside the text, on the left

![bg left:35% contain](huge.png)

Text beside a contained image, with a figure of its own:

![A square](square.png)

Note: split left.

## A background

![bg](wide.png)

Text over a background.

Note: background.

## A portrait image in a column, under a heading long enough to wrap in four by three

:::: columns
::: {.column width="40%"}
- Columnword beside the image
:::

::: {.column width="60%"}
![A portrait image](tall.png "Columncaption under the image")
:::
::::

Note: a column.

## A tower and a wide image in columns

:::: columns
::: column
![A tower](tower.png)
:::
::: column
![A wide image](wide.png)
:::
::::

Note: two figures.
`;

const CLASSES = { light: 'theme: light', dark: 'theme: dark', contrast: 'theme: contrast', 'light-4-3': 'theme: light\nsize: "4:3"', 'dark-4-3': 'theme: dark\nsize: "4:3"', 'contrast-4-3': 'theme: contrast\nsize: "4:3"' };

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
  fs.writeFileSync(path.join(deck, 'tiny.png'), png(40, 30, [0x90, 0xc0, 0xc0]));
  fs.writeFileSync(path.join(deck, 'huge.png'), png(4000, 3000, [0xc0, 0xa0, 0xa0]));
  fs.writeFileSync(path.join(deck, 'strip.png'), png(4000, 120, [0xa0, 0xa0, 0xc0]));
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
      expect(slides).toBeGreaterThanOrEqual(23);
      expect(escapees).toEqual([]);
      // Nothing spilled onto pages of its own in the slide PDF either, and nothing left it: a column's text and
      // its figure's caption are printed (an image sized from its content once took the whole row off the page).
      const pdf = path.join(root, 'dist', id, 'shapes', 'shapes.pdf');
      expect(Number(pdfInfo(pdf).Pages)).toBe(slides);
      const text = Array.from({ length: slides }, (_, i) => pageText(pdf, i + 1)).join('\n');
      expect(text).toMatch(/Columnword\s+beside/);
      expect(text).toMatch(/Columncaption\s+under\s+the\s+image/);
      for (const caption of ['The caption stays visible', 'A tiny image keeps its size', 'A caption under a 4000 by 3000 image', 'Its caption stays visible', 'A caption under the image layout']) expect(text.replace(/\s+/g, ' '), id).toContain(caption);
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

  it('share the slide with text: an image and four bullets on one slide, a row keeping each aspect, a split at its share', async () => {
    for (const id of ['light', 'contrast-4-3']) {
      const html = path.join(root, 'dist', id, 'shapes', 'index.html');
      const seen = await session.withPage(async (page) => {
        await elementsOutsideSlides(page, html);
        return page.evaluate(() => {
          const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
          const row = [...document.querySelectorAll<HTMLImageElement>('section#two-images-side-by-side figure.row img')].map((img) => {
            const r = img.getBoundingClientRect();
            return Math.abs(r.width / r.height - img.naturalWidth / img.naturalHeight);
          });
          const slide = box('section#beside-the-text');
          const image = box('section#beside-the-text img.marp-bg');
          const text = box('section#beside-the-text .slide-body ul');
          const footer = box('section#beside-the-text .slide-footer');
          return {
            bullets: document.querySelectorAll('section#an-image-and-four-bullets li').length,
            cont: document.querySelectorAll('section[id^="an-image-and-four-bullets-"]').length,
            row,
            split: { width: image.width / slide.width, height: image.height / slide.height, right: slide.right - image.right, gap: image.left - Math.max(text.right, footer.right) },
            // A section slide with only a background keeps its heading in the middle of the slide.
            section: ((h) => (h.top + h.height / 2 - box('section#images').top) / box('section#images').height)(box('section#images h1')),
          };
        });
      });
      expect(seen.bullets, id).toBe(4);
      expect(seen.cont, id).toBe(0);
      expect(seen.row).toHaveLength(2);
      for (const off of seen.row) expect(off, id).toBeLessThan(0.02);
      expect(seen.split.width, id).toBeCloseTo(0.4, 2);
      expect(seen.split.height, id).toBeCloseTo(1, 2);
      expect(Math.abs(seen.split.right)).toBeLessThan(1);
      // The text and the footer end before the image starts.
      expect(seen.split.gap, id).toBeGreaterThan(0);
      expect(seen.section, id).toBeGreaterThan(0.4);
      expect(seen.section, id).toBeLessThan(0.6);
    }
  });
});
