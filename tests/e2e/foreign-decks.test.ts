// Decks of other tools built unchanged through the whole pipeline: a Slidev deck (layouts, imports, hidden
// slides, clicks, components, notes) and a reveal-md deck with reveal.js's solarized theme and separators
// without blank lines; the PDF has a page for each of the tool's slides, with the text the tool shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, tempProject } from '../helpers.js';
import { pageText, pdfInfo } from '../pdf-tools.js';

describe('decks of other tools', () => {
  it('builds a Slidev deck and a solarized reveal-md deck with their tools\' slides, text and notes', async () => {
    const root = tempProject('dialects/slidev');
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.failed).toEqual([]);
    const decks = Object.fromEntries(result.manifest!.classes[0]!.decks.map((d) => [d.slug, d]));
    expect(Object.keys(decks).sort()).toEqual(['solar', 'talk-slides']);

    const talk = decks['talk-slides']!;
    const talkPdf = path.join(root, 'dist', talk.pdf!);
    // Title, two-cols, image-right, two imported slides, fact: the hidden slide left out, as Slidev does.
    expect(talk.slides).toBe(6);
    expect(Number(pdfInfo(talkPdf).Pages)).toBe(6);
    expect(pageText(talkPdf, 2)).toMatch(/Left column[\s\S]*Right column/);
    expect(pageText(talkPdf, 3)).toContain('Revealed later');
    expect(pageText(talkPdf, 4)).toContain('From another file.');
    expect(pageText(talkPdf, 6)).toContain('Scaled text stays.');
    for (let page = 1; page <= 6; page++) expect(pageText(talkPdf, page)).not.toMatch(/Hidden slide|::right::|Transform|Tweet/);
    const html = fs.readFileSync(path.join(root, 'dist', talk.html), 'utf8');
    expect(html).toMatch(/<aside class="notes">[\s\S]*Welcome everyone\./);
    expect(html).toContain('The last comment is the note.');
    expect(html).toMatch(/<div class="fragment">Revealed later<\/div>|<div class="fragment">\s*Revealed later/);
    const warnings = result.diagnostics.filter((d) => d.file.endsWith('slides.md')).map((d) => d.message);
    expect(warnings.filter((m) => /cannot be rendered/.test(m))).toHaveLength(2);
    expect(warnings.filter((m) => /Slidev theme "seriph"/.test(m))).toHaveLength(1);

    const solar = decks.solar!;
    const solarPdf = path.join(root, 'dist', solar.pdf!);
    expect(solar.slides).toBe(4);
    expect(Number(pdfInfo(solarPdf).Pages)).toBe(4);
    // solarized.css sets headings in capitals, as reveal.js draws them.
    expect(pageText(solarPdf, 3)).toContain('BELOW');
    expect(pageText(solarPdf, 3)).not.toContain('said aloud');
    expect(fs.readFileSync(path.join(root, 'dist', solar.html), 'utf8')).toContain('reveal/theme/solarized.css');
    expect(fs.existsSync(path.join(root, 'dist', 'assets', 'reveal', 'theme', 'solarized.css'))).toBe(true);
    expect(result.diagnostics.filter((d) => d.file.endsWith('solar.md') && d.rule === 'foreign-theme')).toEqual([]);
  }, 180_000);
});
