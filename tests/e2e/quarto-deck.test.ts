// A small Quarto deck (tests/fixtures/quarto/basic) built as a lecturer would, with its PDF and a lecturer-notes
// handout: every slide printed once, the fenced-div columns side by side, `::: notes` in the handout only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { buildProject, tempDir } from '../helpers.js';
import { elementsOutsideSlides } from '../slide-boxes.js';
import { pageText, pdfInfo } from '../pdf-tools.js';
import { packageRoot } from '../../src/paths/package-root.js';
import { processHost } from '../../src/cli/host.js';

let root: string;
let session: BrowserSession;
const out = () => path.join(root, 'dist', 'c', 'stats-lecture');

beforeAll(async () => {
  root = tempDir('lectern-quarto-deck-');
  fs.mkdirSync(path.join(root, 'decks', 'stats'), { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'));
  fs.copyFileSync(path.join(packageRoot, 'tests', 'fixtures', 'quarto', 'basic', 'lecture.qmd'), path.join(root, 'decks', 'stats', 'lecture.qmd'));
  fs.writeFileSync(path.join(root, 'classes', 'c.yaml'), 'name: Statistics\ndecks: [stats-lecture]\nhandout:\n  layout: lecturer-notes\n');
  const result = await buildProject(root, ['html', 'pdf', 'handout']);
  expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  session = browserSession(processHost());
  session.confine(os.tmpdir());
}, 120_000);
afterAll(() => session?.close());

describe('a Quarto deck', () => {
  it('prints each slide once, nothing outside its slide, with the columns side by side', async () => {
    const { slides, escapees, columns } = await session.withPage(async (page) => {
      const boxes = await elementsOutsideSlides(page, path.join(out(), 'index.html'));
      const columns = await page.evaluate(() => [...document.querySelectorAll('section#two-columns .column')].map((c) => c.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
      return { ...boxes, columns };
    });
    // Title, the Models section and its four slides (the hidden one left out), seven in all.
    expect(slides).toBe(7);
    // The slide's `::: footer` stands where the footer is, by design; nothing else may reach it.
    expect(escapees.filter((e) => !(e.slide === 'a-linear-model' && /^(div\.footer|p) \(into the footer\)$/.test(e.element)))).toEqual([]);
    expect(escapees.length).toBeLessThanOrEqual(2);
    expect(columns).toHaveLength(2);
    expect(columns[0]!.right).toBeLessThanOrEqual(columns[1]!.left);
    expect(Math.abs(columns[0]!.top - columns[1]!.top)).toBeLessThan(2);
    const pdf = path.join(out(), 'stats-lecture.pdf');
    expect(Number(pdfInfo(pdf).Pages)).toBe(7);
    const text = Array.from({ length: 7 }, (_, i) => pageText(pdf, i + 1)).join('\f');
    expect(text).toMatch(/Left text\s+summary\(fit\)/);
    expect(text).toContain('Regression, week 3');
    expect(text).not.toMatch(/hidden|Not shown|#\||Draw the line first/);
    // The slide's own `::: footer` stands in for the class's footer text.
    expect(pageText(pdf, 3)).toContain('After Lovelace (1843)');
    expect(pageText(pdf, 3)).not.toContain('Statistics');
    expect(pageText(pdf, 4)).toContain('Statistics');
  });

  it('puts ::: notes in the lecturer-notes handout', () => {
    const handout = fs.readdirSync(out()).find((f) => f.endsWith('.pdf') && f !== 'stats-lecture.pdf')!;
    const pdf = path.join(out(), handout);
    const text = Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, i) => pageText(pdf, i + 1)).join('\n');
    expect(text).toContain('Draw the line first.');
  });
});
