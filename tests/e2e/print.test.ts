// Issue 9 read back from real output: handout ink and layouts, the deck's language, typography, slide chrome.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import type { HandoutLayout } from '../../src/config/look.js';
import type { Manifest } from '../../src/write/manifest.js';
import { buildProject, repoRoot, tempDir, tempProject } from '../helpers.js';
import { greyAt, inkCoverage, pageText, pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';
import { formatDate } from '../../src/i18n.js';

const NOTES = ['LECTURER-ONLY alpha', 'LECTURER-ONLY beta', 'LECTURER-ONLY gamma', 'LECTURER-ONLY delta', 'LECTURER-ONLY epsilon'];
const ALL_SLIDES = 9; // title, two sections, five content slides, the generated source slide

async function buildWith(layout: HandoutLayout, paper: 'A4' | 'Letter' = 'A4', formats: ('html' | 'pdf' | 'handout')[] = ['html', 'handout']) {
  const root = tempProject('print');
  const result = await buildProject(root, formats, { look: { handout: { layout, paper } } });
  expect(result.ok).toBe(true);
  const d = result.manifest!.classes[0]!.decks[0]!;
  return { root, d, handout: d.handout ? path.join(root, 'dist', d.handout) : '', pdf: d.pdf ? path.join(root, 'dist', d.pdf) : '', html: path.join(root, 'dist', d.html) };
}

const allText = (file: string) => Array.from({ length: Number(pdfInfo(file).Pages) }, (_, i) => pageText(file, i + 1)).join('\n');

describe('shipped handouts', () => {
  it('lay down at most 4% ink on every page (grey at 30 dpi, pixels darker than mid-grey) and print the whole date', async () => {
    const root = tempDir('lectern-shipped-');
    for (const dir of ['decks', 'classes', 'templates']) fs.cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
    const result = await buildProject(root, ['html', 'handout']);
    expect(result.ok).toBe(true);
    const manifest: Manifest = result.manifest!;
    let pages = 0;
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        const file = path.join(root, 'dist', d.handout!);
        const ink = inkCoverage(file);
        pages += ink.length;
        ink.forEach((share, i) => expect(share, `${d.handout} page ${i + 1}`).toBeLessThanOrEqual(0.04));
        // The header shortens the course name, or wraps the title, but never cuts the date.
        const header = pageText(file, 1).split('\n').slice(0, 3).join('\n');
        expect(header, d.handout).toContain(formatDate(d.date!, 'en'));
        // The survey's 3-up handouts print the students' Handout: text beside the slides.
        if (d.slug === 'khrushchev-foreign-policy') expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), d.handout).toContain('rule by a group after Stalin, with Malenkov heading the government');
      }
    }
    expect(pages).toBeGreaterThan(20);
  }, 240_000);
});

describe('handout layouts', () => {
  it('3-up: a section divider is a band, not a frame full of colour', async () => {
    const { handout } = await buildWith('3-up');
    // Page 1: title, "Première partie", "Les citations". The section sits in the middle third, slide box on the left.
    expect(pageText(handout, 1)).toContain('Première partie');
    for (const [fx, fy] of [[0.12, 0.4], [0.45, 0.4], [0.12, 0.58], [0.45, 0.58]] as const) expect(greyAt(handout, 1, fx, fy)).toBeGreaterThan(200);
  });

  it('6-up holds six slides a page; its pages stay light', async () => {
    const { handout } = await buildWith('6-up', 'Letter');
    expect(Number(pdfInfo(handout).Pages)).toBe(Math.ceil(ALL_SLIDES / 6));
    const first = pageText(handout, 1);
    for (const title of ['La détente', 'Première partie', 'Les «', 'Un schéma', 'Deuxième partie', 'Une liste']) expect(first).toContain(title);
    expect(pageText(handout, 2)).not.toContain('Une liste');
    for (const share of inkCoverage(handout)) expect(share).toBeLessThanOrEqual(0.04);
  });

  it('student notes: two slides a page with the Handout: text and no speaker notes', async () => {
    const { handout } = await buildWith('notes', 'Letter');
    // Section dividers are left out: title, five content slides and the source slide.
    expect(Number(pdfInfo(handout).Pages)).toBe(Math.ceil((ALL_SLIDES - 2) / 2));
    const text = allText(handout);
    expect(text).toContain('Lire le chapitre trois avant la séance.');
    expect(text).toContain('Trois questions pour la discussion.');
    for (const note of NOTES) expect(text).not.toContain(note);
  });

  it('lecturer notes: two slides a page with every speaker note', async () => {
    const { handout } = await buildWith('lecturer-notes');
    expect(Number(pdfInfo(handout).Pages)).toBe(Math.ceil((ALL_SLIDES - 2) / 2));
    const page1 = pageText(handout, 1);
    expect(page1).toContain('La détente');
    expect(page1).toMatch(/Les «\s?citations\s?»/u);
    const text = allText(handout);
    for (const note of NOTES) expect(text).toContain(note);
    expect(text).not.toContain('Lire le chapitre trois');
  });
});

describe('the deck\'s language and typography', () => {
  let built: Awaited<ReturnType<typeof buildWith>>;
  beforeAll(async () => {
    built = await buildWith('3-up', 'A4', ['html', 'pdf', 'handout']);
  }, 120_000);

  it('a French deck\'s handout counts pages in French and its title slide date is French', () => {
    expect(pageText(built.handout, 1)).toMatch(/Page 1 sur \d/);
    expect(pageText(built.handout, 1)).toMatch(/Source : «\s?Un document\s?», Jane Doe/u);
    expect(pageText(built.pdf, 1)).toContain('9 février 2027');
    const html = fs.readFileSync(built.html, 'utf8');
    expect(html).toContain('<time datetime="2027-02-09">9 février 2027</time>');
    expect(html).toContain('Partie 1 sur 2');
    const index = fs.readFileSync(path.join(built.root, 'dist', 'cours', 'index.html'), 'utf8');
    expect(index).toContain('<time datetime="2027-02-09">9 février 2027</time>');
    expect(index).toContain('>Polycopié<');
  });

  it('straight quotes become the language\'s quotes (French « … ») and number ranges take an en dash, in HTML and PDF text', () => {
    const html = fs.readFileSync(built.html, 'utf8');
    expect(html).toContain('Il dit «\u202fnous vous enterrerons\u202f» en 1956');
    expect(html).toContain('La période 1953–1963');
    expect(html).toContain('La détente, 1953–1963');
    expect(html).not.toMatch(/1953-1963/);
    const slides = allText(built.pdf);
    expect(slides).toMatch(/«\s?nous vous enterrerons\s?»/u);
    expect(slides).toContain('1953–1963');
  });

  it('prints web links\' targets under their slide in the slide PDF and the handout, the source URL on the source slide', () => {
    const slides = allText(built.pdf);
    expect(slides).toContain('↗ example.org/archives?id=7&x=1');
    expect(slides).toContain('↗ example.org/document-source');
    expect(allText(built.handout)).toContain('example.org/archives?id=7&x=1');
    // On screen the addresses stay hidden (the link itself is there).
    expect(fs.readFileSync(built.html, 'utf8')).toContain('class="print-links"');
  });

  it('typography: false keeps the text as typed', async () => {
    const root = tempProject('print');
    const file = path.join(root, 'decks', 'lecon', 'index.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('lang: fr', 'lang: fr\ntypography: false'));
    expect((await buildProject(root)).ok).toBe(true);
    const html = fs.readFileSync(path.join(root, 'dist', 'cours', 'lecon', 'index.html'), 'utf8');
    expect(html).toContain('Il dit "nous vous enterrerons" en 1956');
    expect(html).toContain('1953-1963');
  });
});

describe('slide chrome in a real browser', () => {
  let session: BrowserSession;
  let html: string;
  beforeAll(async () => {
    html = (await buildWith('3-up', 'A4', ['html'])).html;
    session = browserSession(processHost());
    // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
    session.confine(os.tmpdir());
  }, 120_000);
  afterAll(() => session?.close());

  const measure = (hash: string, size: { width: number; height: number }) =>
    session.withPage(async (page) => {
      await page.setViewport(size);
      await page.goto(`${pathToFileURL(html).href}#/${hash}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return page.evaluate((id) => {
        const section = document.getElementById(id)!;
        const box = (el: Element | null) => (el ? el.getBoundingClientRect().toJSON() as DOMRect : null);
        const body = section.querySelector<HTMLElement>('.slide-body');
        const logo = [...section.querySelectorAll<HTMLImageElement>('.footer-logo')].find((img) => getComputedStyle(img).display !== 'none' && img.getBoundingClientRect().width > 0);
        const th = section.querySelectorAll('th');
        return { logo: logo?.getAttribute('src') ?? null, headerAlign: [...th].map((h) => getComputedStyle(h).textAlign), fits: body ? body.scrollHeight <= body.clientHeight + 1 : null, fontSize: body ? parseFloat(getComputedStyle(body).fontSize) : null, slide: box(section), frame: box(section.querySelector('.slide-frame')), body: box(section.querySelector('.slide-body')), image: box(section.querySelector('.slide-body img')), footer: box(section.querySelector('.slide-footer')), number: box(section.querySelector('.footer-number')), numberText: section.querySelector('.footer-number')?.textContent };
      }, hash);
    });

  it('centres a single image on the slide (±2%)', async () => {
    const m = await measure('un-schema', { width: 1280, height: 720 });
    const centre = m.image!.left + m.image!.width / 2;
    const slideCentre = m.slide!.left + m.slide!.width / 2;
    expect(Math.abs(centre - slideCentre) / m.slide!.width).toBeLessThanOrEqual(0.02);
    expect(m.image!.bottom).toBeLessThanOrEqual(m.body!.bottom + 1);
  });

  it('shows the logo drawn for each background: the light one on light slides, the dark one on the blue section slide', async () => {
    expect((await measure('une-liste', { width: 1280, height: 720 })).logo).toBe('_logo.svg');
    expect((await measure('premiere-partie', { width: 1280, height: 720 })).logo).toBe('_logo-alt.svg');
  });

  it('{fit} keeps a long slide whole and shrinks its text until it fits', async () => {
    const m = await measure('trop-long', { width: 1280, height: 720 });
    expect(m.fits).toBe(true);
    expect(m.fontSize!).toBeLessThan(34);
  });

  for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
    it(`puts the slide number inside the footer's box at ${size.width}×${size.height}`, async () => {
      const m = await measure('une-liste', size);
      expect(m.numberText).toMatch(/^6\s*\/\s*9$/);
      // Header cells follow their column's alignment (|---|---:|).
      expect(m.headerAlign).toEqual(['left', 'right']);
      const [n, f] = [m.number!, m.footer!];
      expect(n.left).toBeGreaterThanOrEqual(f.left);
      expect(n.right).toBeLessThanOrEqual(f.right + 0.5);
      expect(n.top).toBeGreaterThanOrEqual(f.top);
      expect(n.bottom).toBeLessThanOrEqual(f.bottom + 0.5);
    });
  }
});

describe('check and fit', () => {
  it('warns when a {fit} slide shrinks its text below the readable minimum', async () => {
    const { check } = await import('../../src/check-decks.js');
    const root = tempProject('print');
    const file = path.join(root, 'decks', 'lecon', 'index.md');
    const many = Array.from({ length: 30 }, (_, i) => `- Point ${i + 1} avec assez de texte pour remplir une ligne entière`).join('\n');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/## Trop long \{fit\}\n\n[\s\S]*?\n\nNote:/, `## Trop long {fit}\n\n${many}\n\nNote:`));
    const found = await check(root, [], undefined, processHost());
    const fitLine = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('## Trop long')) + 1;
    expect(found.filter((d) => d.rule === 'min-font-size').map((d) => d.line)).toEqual([fitLine]);
    expect(found.filter((d) => d.rule === 'overflow')).toEqual([]);
  }, 120_000);
});
