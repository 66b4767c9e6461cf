// The image layouts Marp's keywords make (an image beside the text, a sized and captioned figure), in Lectern's
// outline and as Slidev's image-left: drawn in every theme in the slide PDF (pixels where the image must be and
// must not be) and printed in every handout layout (the slide's text, and the image itself, read back).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, tempDir } from '../helpers.js';
import { png } from '../png.js';
import { greyAt, pageText, pdfInfo } from '../pdf-tools.js';

const OUTLINE = `---
title: Image layouts
---

## Beside the text {#beside}

![bg right:40%](side.png)

- Besideword alpha
- Besideword beta

Note: split.

## A sized figure {#sized}

![w:400 A square](square.png "Sizedcaption under it")

Note: sized.
`;

const SLIDEV = `---
theme: default
title: Slidev split
layout: image-left
image: ./side.png
---

# Slidevsplit heading

Slidevsplit text on the right
`;

const CLASSES: Record<string, string> = {
  light: 'theme: light\nhandout:\n  layout: 3-up',
  dark: 'theme: dark\nhandout:\n  layout: 6-up',
  contrast: 'theme: contrast\nhandout:\n  layout: lecturer-notes',
  'light-notes': 'theme: light\nhandout:\n  layout: notes',
};

/** A red that prints as mid-grey (about 100), unlike any theme's background or text. */
const RED: [number, number, number] = [0xe0, 0x30, 0x30];

let root: string;
beforeAll(async () => {
  root = tempDir('lectern-image-layouts-');
  for (const [name, text] of [['split', OUTLINE], ['sv', SLIDEV]]) {
    fs.mkdirSync(path.join(root, 'decks', name!), { recursive: true });
    fs.writeFileSync(path.join(root, 'decks', name!, 'index.md'), text!);
    fs.writeFileSync(path.join(root, 'decks', name!, 'side.png'), png(300, 700, RED));
  }
  fs.writeFileSync(path.join(root, 'decks', 'split', 'square.png'), png(500, 500, [0x90, 0xd0, 0x90]));
  fs.mkdirSync(path.join(root, 'classes'));
  for (const [id, look] of Object.entries(CLASSES)) fs.writeFileSync(path.join(root, 'classes', `${id}.yaml`), `name: Layouts ${id}\n${look}\ndecks: [split, sv]\n`);
  const result = await buildProject(root, ['html', 'pdf', 'handout']);
  expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  expect(result.diagnostics.filter((d) => d.rule === 'overflow')).toEqual([]);
}, 180_000);

const out = (id: string, deck: string, file: string) => path.join(root, 'dist', id, deck, file);
const near = (grey: number, target: number) => Math.abs(grey - target) < 25;
const redGrey = Math.round(0.299 * RED[0] + 0.587 * RED[1] + 0.114 * RED[2]);
/** The images a PDF holds, as "width x height" (pdfimages lists each placed image). */
const images = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'));

describe('image layouts in PDFs', () => {
  for (const id of ['light', 'dark', 'contrast']) {
    it(`draw the image on its share of the slide, full height, and the text beside it (${id})`, () => {
      const pdf = out(id, 'split', 'split.pdf');
      // Title slide, then the split slide.
      expect(pageText(pdf, 2)).toMatch(/Besideword alpha[\s\S]*Besideword beta/);
      for (const fy of [0.02, 0.5, 0.98]) expect(near(greyAt(pdf, 2, 0.8, fy), redGrey), `${id} at 80%, ${fy}`).toBe(true);
      expect(near(greyAt(pdf, 2, 0.62, 0.5), redGrey), `${id} just right of the split`).toBe(true);
      // Left of the split: the theme's background, under the heading and beside the footer too.
      for (const fy of [0.02, 0.5, 0.98]) expect(near(greyAt(pdf, 2, 0.57, fy), redGrey), `${id} at 57%, ${fy}`).toBe(false);
      expect(pageText(pdf, 3)).toContain('Sizedcaption under it');
      // Slidev's image-left: the same layout, mirrored.
      const sv = out(id, 'sv', 'sv.pdf');
      expect(near(greyAt(sv, 1, 0.2, 0.5), redGrey)).toBe(true);
      expect(near(greyAt(sv, 1, 0.8, 0.5), redGrey)).toBe(false);
      expect(pageText(sv, 1)).toMatch(/Slidevsplit\s+heading[\s\S]*Slidevsplit text/);
    });
  }

  for (const id of Object.keys(CLASSES)) {
    it(`print in the handout, text and images (${id})`, () => {
      const dir = path.join(root, 'dist', id, 'split');
      const pdf = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.pdf') && f !== 'split.pdf')!);
      const text = Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, i) => pageText(pdf, i + 1)).join('\n');
      expect(text).toMatch(/Besideword alpha/);
      expect(text).toContain('Sizedcaption under it');
      // Chromium prints the covering image cropped to what shows: 300 pixels wide, less than its 700 high.
      expect(images(pdf)).toEqual(expect.arrayContaining(['500x500', expect.stringMatching(/^300x\d+$/)]));
    });
  }
});
