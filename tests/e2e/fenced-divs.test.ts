// Fenced-div layouts in Lectern's own format (`::: columns` with `::: {.column width="40%"}`, callouts, notes):
// measured in Chromium's print view in every theme, and read back from the slide PDF and every handout layout.
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
title: Columns
---

## Two columns

::: columns
::: {.column width="40%"}
- Leftside alpha
- Leftside beta
:::

::: {.column width="60%"}
Rightside gamma text in the wider column.
:::
:::

::: notes
Speakernote about columns.
:::

## An image beside text

:::: {.columns}
::: {.column width="50%"}
![A portrait picture](tall.png)
:::
::: {.column width="50%"}
- Imageside one
- Imageside two
- Imageside three
:::
::::

Note: the image keeps to its column.

## A callout

::: {.callout-warning}
## Mind the gap
Calloutbody text.
:::

Note: callout.
`;

const CLASSES: Record<string, string> = {
  light: 'theme: light\nhandout:\n  layout: 3-up',
  dark: 'theme: dark\nhandout:\n  layout: 6-up',
  contrast: 'theme: contrast\nhandout:\n  layout: lecturer-notes',
  'light-notes': 'theme: light\nhandout:\n  layout: notes',
};

let root: string;
let session: BrowserSession;

beforeAll(async () => {
  root = tempDir('lectern-fenced-divs-');
  const deck = path.join(root, 'decks', 'cols');
  fs.mkdirSync(deck, { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'));
  fs.writeFileSync(path.join(deck, 'index.md'), DECK);
  fs.writeFileSync(path.join(deck, 'tall.png'), png(600, 1400, [0xe8, 0xb0, 0x70]));
  for (const [id, look] of Object.entries(CLASSES)) fs.writeFileSync(path.join(root, 'classes', `${id}.yaml`), `name: Columns ${id}\n${look}\ndecks: [cols]\n`);
  const result = await buildProject(root, ['html', 'pdf', 'handout']);
  expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  session = browserSession(processHost());
  session.confine(os.tmpdir());
}, 180_000);
afterAll(() => session?.close());

const handoutOf = (id: string) => fs.readdirSync(path.join(root, 'dist', id, 'cols')).find((f) => f.endsWith('.pdf') && f !== 'cols.pdf')!;

describe('fenced-div columns', () => {
  for (const id of ['light', 'dark', 'contrast']) {
    it(`sit side by side inside the slide, at their widths (${id})`, async () => {
      const html = path.join(root, 'dist', id, 'cols', 'index.html');
      const { boxes, escapees } = await session.withPage(async (page) => {
        const { escapees } = await elementsOutsideSlides(page, html);
        const boxes = await page.evaluate(() =>
          ['two-columns', 'an-image-beside-text'].map((slide) => {
            const section = document.querySelector(`section#${slide}`)!;
            const [left, right] = [...section.querySelectorAll('.columns > .column')].map((c) => c.getBoundingClientRect());
            const row = section.querySelector('.columns')!.getBoundingClientRect();
            const s = section.getBoundingClientRect();
            return { left: { x: left!.left, right: left!.right, top: left!.top, w: left!.width }, right: { x: right!.left, right: right!.right, top: right!.top, w: right!.width }, row: row.width, slide: { left: s.left, right: s.right } };
          }),
        );
        return { boxes, escapees };
      });
      expect(escapees).toEqual([]);
      for (const b of boxes) {
        expect(b.left.right).toBeLessThanOrEqual(b.right.x);
        expect(Math.abs(b.left.top - b.right.top)).toBeLessThan(2);
        expect(b.left.x).toBeGreaterThanOrEqual(b.slide.left);
        expect(b.right.right).toBeLessThanOrEqual(b.slide.right);
      }
      // 40% and 60% of the row, less their share of the gap.
      expect(boxes[0]!.left.w / boxes[0]!.row).toBeGreaterThan(0.36);
      expect(boxes[0]!.left.w / boxes[0]!.row).toBeLessThan(0.41);
      expect(boxes[0]!.right.w / boxes[0]!.row).toBeGreaterThan(0.55);
    });

    it(`print side by side in the slide PDF (${id})`, () => {
      const pdf = path.join(root, 'dist', id, 'cols', 'cols.pdf');
      expect(Number(pdfInfo(pdf).Pages)).toBe(4);
      // -layout keeps lines: the two columns' first lines share one line of text.
      expect(pageText(pdf, 2)).toMatch(/Leftside alpha\s+Rightside gamma/);
      expect(pageText(pdf, 3)).toMatch(/Imageside one/);
      expect(pageText(pdf, 4)).toMatch(/Mind the gap[\s\S]*Calloutbody text/);
      expect(pageText(pdf, 2)).not.toMatch(/Speakernote|:::/);
    });
  }

  for (const id of Object.keys(CLASSES)) {
    it(`print side by side in the handout (${id})`, () => {
      const pdf = path.join(root, 'dist', id, 'cols', handoutOf(id));
      const text = Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, i) => pageText(pdf, i + 1)).join('\n');
      expect(text).toMatch(/Leftside alpha\s+Rightside gamma/);
      expect(text).not.toContain(':::');
      if (id === 'contrast') expect(text).toContain('Speakernote about columns.');
    });
  }
});
