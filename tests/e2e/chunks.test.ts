// A deck printed in chunks in parallel pages and joined reads the same as one printed whole.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../src/export/chunks.js';
import { chunkPage } from '../../src/export/chunk-pages.js';
import { buildProject, tempProject } from '../helpers.js';
import { outline, pagePixels, pageText, pdfInfo } from '../pdf-tools.js';
import { PRODUCER } from '../../src/export/pdf-finish.js';

describe('chunked export', () => {
  it('splits top-level slides into ranges that cover each slide once, the last to the end', () => {
    const ranges = chunkRanges(1500, 2000);
    expect(ranges.length).toBeGreaterThanOrEqual(10);
    expect(ranges[0]![0]).toBe(0);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    expect(ranges.at(-1)![1]).toBeGreaterThan(1500);
    expect(chunkRanges(3, 3).length).toBeGreaterThanOrEqual(2);
  });

  it('a chunk page keeps its slides whole and only the empty tags of the others (ids and numbering stay)', () => {
    const page = '<html><body><div class="slides">\n<section id="a"><h2>A</h2></section>\n<section class="stack"><section id="b1"><p>B1</p></section><section id="b2"><p>B2</p></section></section>\n<section id="c"><p>C <b>bold</b></p></section>\n</div><script>x</script></body></html>';
    const middle = chunkPage(page, [1, 2])!;
    expect(middle).toContain('<section data-lectern-skip id="a"></section>');
    expect(middle).toContain('<section class="stack"><section id="b1"><p>B1</p></section><section id="b2"><p>B2</p></section></section>');
    expect(middle).toContain('<section data-lectern-skip id="c"></section>');
    expect(middle).not.toMatch(/>A<|C <b>/);
    expect(middle.endsWith('</div><script>x</script></body></html>')).toBe(true);
    const first = chunkPage(page, [0, 1])!;
    expect(first).toContain('<section data-lectern-skip class="stack"><section data-lectern-skip id="b1"></section><section data-lectern-skip id="b2"></section></section>');
    // Tags that do not pair up (a script holding "<section", a theme's own layout): no chunk page, the page empties them itself.
    expect(chunkPage(page.replace('<script>x</script>', '<script>"<section>"</script>'), [0, 1])).toBeUndefined();
    expect(chunkPage('<main><section>x</section></main>', [0, 1])).toBeUndefined();
  });

  it('gives the same pages, text and bookmarks as an unchunked print, slide PDF and dark-theme handout', async () => {
    const root = tempProject();
    const options = { classes: ['seminar'], decks: ['syntax-tour'], cache: false as const };
    const whole = await buildProject(root, ['html', 'pdf', 'handout'], { ...options, outDir: path.join(root, 'whole') });
    const chunked = await buildProject(root, ['html', 'pdf', 'handout'], { ...options, outDir: path.join(root, 'chunked'), export: { chunkAbove: 0, concurrency: 2 } });
    expect(whole.ok && chunked.ok).toBe(true);
    const deck = whole.manifest!.classes.find((c) => c.id === 'seminar')!.decks.find((d) => d.slug === 'syntax-tour')!;
    expect(chunked.manifest!.classes.find((c) => c.id === 'seminar')!.decks.find((d) => d.slug === 'syntax-tour')!.pages).toEqual(deck.pages);
    for (const file of [deck.pdf!, deck.handout!]) {
      const a = path.join(root, 'whole', file);
      const b = path.join(root, 'chunked', file);
      const pages = Number(pdfInfo(a).Pages);
      expect(pages).toBeGreaterThan(3);
      expect(Number(pdfInfo(b).Pages)).toBe(pages);
      for (let p = 1; p <= pages; p++) expect(pageText(b, p), `${file} page ${p}`).toBe(pageText(a, p));
      const pixels = pagePixels(a);
      pagePixels(b).forEach((page, i) => expect(page.equals(pixels[i]!), `${file} page ${i + 1} pixels`).toBe(true));
    }
    // Joined and filled on their bytes (pdf-join.ts; embed-pages.ts takes the chunks as its sources), into files
    // qpdf finds no fault in; the slide PDF keeps its tags, which pdf-lib's join dropped.
    for (const file of [deck.pdf!, deck.handout!]) {
      const joined = path.join(root, 'chunked', file);
      expect(pdfInfo(joined).Producer).toBe(PRODUCER);
      expect(execFileSync('qpdf', ['--check', joined], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    }
    const slides = path.join(root, 'chunked', deck.pdf!);
    expect(pdfInfo(slides).Tagged).toBe('yes');
    // A screen reader reads the same text in the same order: the chunks' trees sit side by side under one Document.
    const tagged = (file: string) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('"') && l !== '""');
    const read = tagged(path.join(root, 'whole', deck.pdf!));
    expect(read.length).toBeGreaterThan(20);
    expect(tagged(slides)).toEqual(read);
    expect(await outline(path.join(root, 'chunked', deck.pdf!))).toEqual(await outline(path.join(root, 'whole', deck.pdf!)));
  });
});
