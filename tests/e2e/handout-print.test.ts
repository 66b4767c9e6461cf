// Issue 25 read back from real handouts: a dark-theme statistics lecture (code, a table, a chart, math in its
// Handout: text, a long course name) printed in every layout on A4 and Letter.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoutLayout } from '../../src/config/look.js';
import { classInfo, loadClasses } from '../../src/config/classes.js';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { renderJob } from '../../src/render/render-job.js';
import { flagLayer } from '../../src/plan/plan-jobs.js';
import { handoutHtml } from '../../src/export/export-decks.js';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { noMemo, Shelf } from '../../src/context.js';
import { processHost } from '../../src/cli/host.js';
import { buildProject, tempProject } from '../helpers.js';
import { inkCoverage, pageText, pdfInfo } from '../pdf-tools.js';

const LAYOUTS: HandoutLayout[] = ['3-up', '6-up', 'notes', 'lecturer-notes'];
const PAPERS = ['A4', 'Letter'] as const;
const DATE = 'September 29, 2027';

interface Printed {
  layout: HandoutLayout;
  paper: (typeof PAPERS)[number];
  root: string;
  file: string;
  pages: string[];
  /** The text in the order it was written (pdftotext without -layout): a paragraph beside a slide stays whole. */
  raw: string;
}

const printed: Printed[] = [];

beforeAll(async () => {
  for (const layout of LAYOUTS) {
    for (const paper of PAPERS) {
      const root = tempProject('stats');
      const result = await buildProject(root, ['html', 'handout'], { look: { handout: { layout, paper } } });
      expect(result.ok).toBe(true);
      const file = path.join(root, 'dist', result.manifest!.classes[0]!.decks[0]!.handout!);
      printed.push({ layout, paper, root, file, pages: Array.from({ length: Number(pdfInfo(file).Pages) }, (_, i) => pageText(file, i + 1)), raw: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) });
    }
  }
}, 240_000);

const each = (fn: (p: Printed) => void) => () => {
  expect(printed).toHaveLength(LAYOUTS.length * PAPERS.length);
  for (const p of printed) fn(p);
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a dark-theme statistics handout, every layout on A4 and Letter', () => {
  it('prints the whole date in every page\'s header, shortening the long course name instead', each((p) => {
    p.pages.forEach((text, i) => {
      const header = text.split('\n').slice(0, 3).join('\n');
      expect(header, `${p.layout} ${p.paper} page ${i + 1}`).toContain(DATE);
      expect(header).toContain('STAT 2150');
      for (const part of ['Simple Linear Regression: Fitting, Checking', 'and Reading a Model']) expect(header).toContain(part);
    });
  }));

  it('prints the students\' Handout: text in every students\' layout, the speaker notes only in the lecturer\'s', each((p) => {
    const text = flat(p.raw);
    const students = ['Exercise 2: rewrite the loop so that it never reads y[n].', 'A funnel shape in this plot means the variance is not constant'];
    const lecturer = 'Point at the arrow: it is two characters';
    for (const line of students) expect(text.includes(line), `${p.layout} ${p.paper}: ${line}`).toBe(p.layout !== 'lecturer-notes');
    expect(text.includes(lecturer), `${p.layout} ${p.paper}: ${lecturer}`).toBe(p.layout === 'lecturer-notes');
  }));

  it('lays down at most 4% ink on every page (code blocks, the table and the chart in paper colours)', each((p) => {
    inkCoverage(p.file).forEach((share, i) => expect(share, `${p.layout} ${p.paper} page ${i + 1}`).toBeLessThanOrEqual(0.04));
  }));

  it('prints math in the Handout: text once (KaTeX\'s stylesheet hides its MathML copy)', each((p) => {
    if (p.layout === 'lecturer-notes') return;
    const text = flat(p.raw);
    expect(text, `${p.layout} ${p.paper}`).toMatch(/Why n − 1\? One degree of freedom/);
    expect(text).not.toContain('𝑛');
  }));
});

/** The handout's sheets as the printer lays them out, written beside the built deck (where its assets are found). */
function sheetsPage(p: Printed): string {
  const decksDir = path.join(p.root, 'decks');
  const klass = loadClasses(path.join(p.root, 'classes'), ['regression']).classes[0]!;
  const file = path.join(decksDir, 'regression', 'index.md');
  const project = { root: p.root, decksDir, classesDir: path.join(p.root, 'classes'), templatesDir: path.join(p.root, 'templates'), followLinks: false };
  const { rendered } = renderJob({ dir: 'stats/regression', slug: 'regression', klass, info: classInfo(klass), source: parseDeck(file, fs.readFileSync(file, 'utf8')) }, { project, memo: noMemo, shelf: new Shelf(), flags: flagLayer({ handout: { layout: p.layout, paper: p.paper } }, p.root) });
  const out = path.join(p.root, 'dist', 'stats', 'regression', '_sheets.html');
  fs.writeFileSync(out, handoutHtml(rendered!.job, project.templatesDir));
  return out;
}

describe('in a real browser', () => {
  let session: BrowserSession;
  beforeAll(() => {
    session = browserSession(processHost());
    session.confine(os.tmpdir());
  });
  afterAll(() => session?.close());

  /** Per layout: the slides' widths, and the share of each full sheet's area inside its margins covered by a slide, text or ruled lines. */
  const measure = (p: Printed) =>
    session.withPage(async (page) => {
      await page.goto(pathToFileURL(sheetsPage(p)).href, { waitUntil: 'load' });
      return page.evaluate(async () => {
        await document.fonts.ready;
        const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')];
        const shares = sheets.slice(0, Math.max(1, sheets.length - 1)).map((sheet) => {
          const top = sheet.querySelector('.sheet-header')!.getBoundingClientRect().bottom;
          const bottom = sheet.querySelector('.sheet-footer')!.getBoundingClientRect().top;
          const s = sheet.getBoundingClientRect();
          const pad = parseFloat(getComputedStyle(sheet).paddingLeft);
          const boxes = [...sheet.querySelectorAll('.slide-box, .notes-text, .lines')].map((el) => {
            const r = el.getBoundingClientRect();
            const cell = el.closest('.cell')!.getBoundingClientRect();
            return { left: Math.max(r.left, cell.left), right: Math.min(r.right, cell.right), top: Math.max(r.top, cell.top), bottom: Math.min(r.bottom, cell.bottom) };
          });
          let used = 0;
          let all = 0;
          for (let y = top; y < bottom; y += 2) {
            for (let x = s.left + pad; x < s.right - pad; x += 2) {
              all++;
              if (boxes.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom)) used++;
            }
          }
          return used / all;
        });
        return { widths: [...document.querySelectorAll('.slide-box')].map((b) => b.getBoundingClientRect().width), share: shares.reduce((a, b) => a + b, 0) / shares.length };
      });
    });

  it('gives every slide in a layout the same width and uses at least 85% of each page', async () => {
    for (const p of printed) {
      const m = await measure(p);
      expect(Math.max(...m.widths) - Math.min(...m.widths), `${p.layout} ${p.paper}`).toBeLessThan(0.5);
      expect(m.share, `${p.layout} ${p.paper}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  /** The slide `id` of the statistics deck at 1280×720: its code blocks and tables as laid out. */
  const slide = (id: string) =>
    session.withPage(async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(`${pathToFileURL(path.join(printed[0]!.root, 'dist', 'stats', 'regression', 'index.html')).href}#/${id}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return page.evaluate((slideId) => {
        const section = document.getElementById(slideId)!;
        const scale = section.getBoundingClientRect().width / 1280;
        const code = section.querySelector('pre code');
        const table = section.querySelector('table')?.getBoundingClientRect();
        const body = section.querySelector('.slide-body')!.getBoundingClientRect();
        return {
          codePx: code ? parseFloat(getComputedStyle(code).fontSize) : null,
          ligatures: code ? getComputedStyle(code).fontVariantLigatures : null,
          features: code ? getComputedStyle(code).fontFeatureSettings : null,
          table: table ? { width: table.width / body.width, left: (table.left - body.left) / scale, right: (body.right - table.right) / scale } : null,
        };
      }, id);
    });

  it('sets code at 24 px on a 1280×720 slide, with ligatures off', async () => {
    for (const id of ['least-squares-in-r', 'the-same-in-java']) {
      const m = await slide(id);
      expect(m.codePx, id).toBeGreaterThanOrEqual(24);
      expect(m.ligatures).toBe('none');
      expect(m.features).toMatch(/"calt" 0/);
    }
  });

  it('sizes a table to its columns and centres it', async () => {
    const m = (await slide('coefficients')).table!;
    expect(m.width).toBeLessThan(0.6);
    expect(Math.abs(m.left - m.right)).toBeLessThan(2);
  });

  it('ranks the title slide\'s lines: title, subtitle, author and date, then the line from the body', async () => {
    const sizes = await session.withPage(async (page) => {
      await page.goto(pathToFileURL(path.join(printed[0]!.root, 'dist', 'stats', 'regression', 'index.html')).href, { waitUntil: 'load' });
      return page.evaluate(() => ['h1.title-main', '.title-subtitle', '.title-byline', '.title-slide > .slide-body'].map((q) => parseFloat(getComputedStyle(document.querySelector(q)!).fontSize)));
    });
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!, `line ${i + 1} of ${sizes.join(', ')}`).toBeLessThan(sizes[i - 1]!);
  });
});
