// Real PDFs from the fixture project: pages, sizes, text per slide, fonts, outline, metadata, links, handouts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/write/manifest.js';
import { buildProject, tempProject } from '../helpers.js';
import { fonts, greyAt, links, outline, pageText, pdfInfo } from '../pdf-tools.js';

let root: string;
let manifest: Manifest;
const deck = (cls: string, slug: string) => manifest.classes.find((c) => c.id === cls)!.decks.find((d) => d.slug === slug)!;
const file = (rel: string) => path.join(root, 'dist', rel);

beforeAll(async () => {
  root = tempProject();
  const result = await buildProject(root, ['html', 'pdf', 'handout'], { export: { concurrency: 2 } });
  expect(result.failed).toEqual([]);
  expect(result.ok).toBe(true);
  manifest = result.manifest!;
}, 180_000);

describe('slide PDF', () => {
  it('has one page per slide, at the slide size', () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        const info = pdfInfo(file(d.pdf!));
        expect(Number(info.Pages), `${c.id}/${d.slug}`).toBe(d.slides);
        expect(d.pages!.pdf).toBe(d.slides);
        expect(info['Page size']).toBe('960 x 540 pts');
      }
    }
  });

  it('has each slide title as real text on its own page, Cyrillic included', () => {
    const d = deck('seminar', 'syntax-tour');
    const pdf = file(d.pdf!);
    const titles = ['Syntax tour', 'Part one', 'Nested bullets', 'Numbered list and table', 'A vertical detail', 'Code and math'];
    titles.forEach((t, i) => expect(pageText(pdf, i + 1)).toContain(t));
    expect(pageText(pdf, 3)).toContain('Хрущёв');
    expect(pageText(pdf, 6)).toContain('const answer = 42');
  });

  it('embeds every font', () => {
    const list = fonts(file(deck('intro', 'syntax-tour').pdf!));
    expect(list.length).toBeGreaterThan(2);
    expect(list.filter((f) => !f.embedded)).toEqual([]);
    expect(list.some((f) => /SourceSans3/.test(f.name))).toBe(true);
  });

  it('has metadata and a tagged structure', () => {
    const info = pdfInfo(file(deck('intro', 'syntax-tour').pdf!));
    expect(info.Title).toBe('Syntax tour');
    expect(info.Author).toBe('Test Author');
    expect(info.Subject).toBe('TST 101 Introduction to Testing');
    expect(info.Creator).toBe('Lectern');
    expect(info.Tagged).toBe('yes');
  });

  it('tags every slide for screen readers, not only the first (reveal.js hides the others from them)', () => {
    const pdf = file(deck('seminar', 'syntax-tour').pdf!);
    const tagged = execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const titles = ['Syntax tour', 'Part one', 'Nested bullets', 'Numbered list and table', 'A vertical detail', 'Code and math'];
    for (const t of titles) expect(tagged, t).toContain(`"${t}"`);
    expect(tagged).toContain('Хрущёв');
  });

  it('is finished on its bytes (not through pdf-lib), as is its handout, into files qpdf finds no fault in', () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        for (const pdf of [d.pdf!, d.handout!]) {
          expect(pdfInfo(file(pdf)).Producer, pdf).toBe('Lectern (Chromium)');
          expect(execFileSync('qpdf', ['--check', file(pdf)], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
        }
      }
    }
  });

  it('has bookmarks from slide titles, slides nested under their section', async () => {
    const items = await outline(file(deck('seminar', 'syntax-tour').pdf!));
    expect(items[0]).toEqual({ title: 'Syntax tour', depth: 0 });
    expect(items[1]).toEqual({ title: 'Part one', depth: 0 });
    expect(items).toContainEqual({ title: 'Nested bullets', depth: 1 });
    expect(items).toContainEqual({ title: 'A vertical detail', depth: 2 });
    expect(items.filter((i) => i.title.includes('(cont.)'))).toEqual([]);
  });

  it('keeps web links clickable and links between slides internal', async () => {
    const d = deck('seminar', 'syntax-tour');
    const pdf = file(d.pdf!);
    const index = Array.from({ length: d.slides }, (_, i) => i).find((i) => pageText(pdf, i + 1).includes('Links and quotes'))!;
    const found = await links(pdf, index);
    expect(found.some((l) => l.uri === 'https://example.org/')).toBe(true);
    expect(found.some((l) => l.internal)).toBe(true);
  });
});

describe('handout PDF', () => {
  it('3-up on A4: three slides a page, slide text extractable, page x of y and the source', () => {
    const d = deck('intro', 'syntax-tour');
    const info = pdfInfo(file(d.handout!));
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(Number(info.Pages)).toBe(Math.ceil(d.slides / 3));
    const first = pageText(file(d.handout!), 1);
    expect(first).toContain('Syntax tour');
    expect(first).toContain('Nested bullets');
    expect(first).toMatch(/Page 1 of \d/);
    expect(first).toContain('Source: “A fixture document”, Jane Doe, Test Press, 2020');
  });

  it('notes layout on Letter: two slides a page, section dividers left out, no speaker notes (students\' copy)', () => {
    const d = deck('seminar', 'syntax-tour');
    const info = pdfInfo(file(d.handout!));
    expect(info['Page size']).toMatch(/^612 x 792 pts \(letter\)$/);
    // The fixture has one section divider ("Part one").
    expect(Number(info.Pages)).toBe(Math.ceil((d.slides - 1) / 2));
    expect(pageText(file(d.handout!), 1)).toContain('Nested bullets');
    expect(pageText(file(d.handout!), 1)).not.toContain('Notes for nested bullets');
  });

  it('prints a dark deck\'s slides dark in the slide PDF but on white in the handout', () => {
    const d = deck('seminar', 'syntax-tour');
    // An empty spot on the right of "Nested bullets": slide page 3; handout page 1, second slide (lower half, left).
    expect(greyAt(file(d.pdf!), 3, 0.9, 0.6)).toBeLessThan(60);
    expect(greyAt(file(d.handout!), 1, 0.55, 0.62)).toBeGreaterThan(230);
  });

  it('6-up: six slides a page', async () => {
    const r = tempProject();
    const result = await buildProject(r, ['html', 'handout'], { classes: ['intro'], look: { handout: { layout: '6-up' } } });
    const d = result.manifest!.classes[0]!.decks[0]!;
    expect(Number(pdfInfo(path.join(r, 'dist', d.handout!)).Pages)).toBe(Math.ceil(d.slides / 6));
    expect(d.pdf).toBeUndefined();
  });
});

describe('PDF variants', () => {
  it('--pdf-fragments gives a page per fragment step; --pdf-notes adds notes pages', async () => {
    const r = tempProject();
    const plain = await buildProject(r, ['html', 'pdf'], { classes: ['intro'], decks: ['syntax-tour'] });
    const slides = plain.manifest!.classes[0]!.decks[0]!.slides;
    const steps = await buildProject(r, ['html', 'pdf'], { classes: ['intro'], decks: ['syntax-tour'], export: { pdfFragments: true } });
    // "Incremental" has two top-level fragments: reveal.js prints its start state and one page per step.
    expect(steps.manifest!.classes[0]!.decks[0]!.pages!.pdf).toBe(slides + 2);
    const notes = await buildProject(r, ['html', 'pdf'], { classes: ['intro'], decks: ['syntax-tour'], export: { pdfNotes: true } });
    const d = notes.manifest!.classes[0]!.decks[0]!;
    expect(d.pages!.pdf).toBeGreaterThan(slides);
    const all = Array.from({ length: d.pages!.pdf! }, (_, i) => pageText(path.join(r, 'dist', d.pdf!), i + 1)).join('\n');
    expect(all).toContain('Notes for nested bullets');
    expect(fs.existsSync(path.join(r, 'dist', 'intro', 'syntax-tour', '_handout.html'))).toBe(false);
  });
});

describe('PDF structure', () => {
  it('passes qpdf --check for slide PDFs and handouts', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const d of manifest.classes[0]!.decks) {
      for (const rel of [d.pdf!, d.handout!]) expect(() => execFileSync('qpdf', ['--check', file(rel)], { stdio: 'pipe' })).not.toThrow();
    }
  });
});
