// Slides with their own background colour: light text on dark ones (as reveal.js themes do), checked for contrast.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, tempProject } from './helpers.js';
import { execFileSync } from 'node:child_process';

describe('slide backgrounds', () => {
  it('a dark slide gets light text and a light one dark text, in every theme', async () => {
    const root = tempProject('dialects/backgrounds');
    fs.writeFileSync(path.join(root, 'decks', 'dark-slides.md'), fs.readFileSync(path.join(root, 'decks', 'dark-slides.md'), 'utf8').replace('title: Dark slides', 'title: Dark slides\ntheme: dark'));
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.diagnostics.filter((d) => d.rule === 'contrast')).toEqual([]);
    const pdf = path.join(root, 'dist', result.manifest!.classes[0]!.decks[0]!.pdf!);
    // Page 1 is dark with light text, page 2 white with dark text: the page holds pixels far from its background
    // (the heading and text, centred top to bottom as reveal.js lays a slide out).
    const night = contrastOnPage(pdf, 1);
    const day = contrastOnPage(pdf, 2);
    expect(night.background).toBeLessThan(60);
    expect(night.farthest).toBeGreaterThan(night.background + 120);
    expect(day.background).toBeGreaterThan(200);
    expect(day.farthest).toBeLessThan(day.background - 120);
  }, 120_000);

  it('reports text that does not read on a slide\'s own background', async () => {
    const root = tempProject('dialects/backgrounds');
    const file = path.join(root, 'decks', 'dark-slides.md');
    fs.writeFileSync(file, '---\nmarp: true\n---\n<!-- _backgroundColor: "#777777" -->\n<!-- _color: "#888888" -->\n# Grey on grey\n\n---\n\n# Fine\n');
    const result = await buildProject(root);
    const contrast = result.diagnostics.filter((d) => d.rule === 'contrast');
    expect(contrast.map((d) => [d.line, d.message.split(':')[0]])).toEqual([[6, 'slide "Grey on grey"']]);
    expect(result.ok).toBe(false);
  });
});

/** The page's most common grey (its background) and the grey farthest from it (its text). */
function contrastOnPage(pdf: string, page: number): { background: number; farthest: number } {
  const pgm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', '-gray', pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const counts = new Array<number>(256).fill(0);
  for (const p of pixels) counts[p]!++;
  const background = counts.indexOf(Math.max(...counts));
  let farthest = background;
  for (let i = 0; i < width * height; i++) if (Math.abs(pixels[i]! - background) > Math.abs(farthest - background)) farthest = pixels[i]!;
  return { background, farthest };
}
