// reveal.js decks with raw HTML that does not pair up: each slide keeps its own HTML, as reveal.js's markdown
// plugin does, so Chromium shows every slide of the model and the PDF has a page for each.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildProject, tempProject } from '../helpers.js';
import { pageText, pdfInfo } from '../pdf-tools.js';

describe('raw HTML in reveal.js decks', () => {
  it('stray and unclosed tags stay inside their slide: every slide reaches the PDF', async () => {
    const root = tempProject('dialects/raw-html');
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.failed).toEqual([]);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    expect(deck.slides).toBe(5);
    const pdf = path.join(root, 'dist', deck.pdf!);
    expect(Number(pdfInfo(pdf).Pages)).toBe(5);
    expect(pageText(pdf, 5)).toContain('Still here.');
  }, 120_000);
});
