// reveal.js decks with raw HTML that does not pair up: each slide keeps its own HTML, as reveal.js's markdown
// plugin does, so Chromium shows every slide of the model and the PDF has a page for each.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
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

  it('an unclosed <style> or <textarea> ends with its slide: the page lays out at once and every slide prints', async () => {
    // Seen in a real deck's notes (tests/corpus/marpstyle-plato/SOURCE.md): "a deck <style>, h:450px" swallowed
    // the rest of the page, reveal.js's scripts included, and the print waited 90 s for a layout that never came.
    const root = tempProject('dialects/raw-html');
    fs.writeFileSync(path.join(root, 'decks', 'stray-tags.md'), '# Raw text\n\n## One\n\n- a deck <style>, h:450px\n\nNote: n\n\n---\n\n## Two\n\n<textarea>draft\n\nNote: n\n\n---\n\n## Three\n\nStill here.\n\nNote: n\n');
    const started = performance.now();
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.failed).toEqual([]);
    expect(performance.now() - started).toBeLessThan(30_000);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    const pdf = path.join(root, 'dist', deck.pdf!);
    expect(Number(pdfInfo(pdf).Pages)).toBe(deck.slides);
    expect(pageText(pdf, deck.slides)).toContain('Still here.');
    const reading = fs.readFileSync(path.join(root, 'dist', path.dirname(deck.html), 'read.html'), 'utf8');
    expect(reading.indexOf('Still here.')).toBeGreaterThan(reading.lastIndexOf('</textarea>'));
  }, 120_000);
});
