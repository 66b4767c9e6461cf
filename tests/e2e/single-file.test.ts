// `--format single`: each deck's one-file copy, moved alone into an empty folder, opens from file:// in Chromium
// with every slide, its notes, its fonts and images, and asks for nothing outside itself.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import type { Manifest, ManifestDeck } from '../../src/write/manifest.js';
import { katexFamiliesUsed, parseUnicodeRange } from '../../src/write/single-file.js';
import { buildProject, repoRoot, tempDir, tempProject } from '../helpers.js';
import { processHost } from '../../src/cli/host.js';

let session: BrowserSession;
let root: string;
let manifest: Manifest;

beforeAll(async () => {
  root = tempProject();
  const result = await buildProject(root, ['html', 'single']);
  expect(result.ok).toBe(true);
  manifest = result.manifest!;
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
});
afterAll(() => session?.close());

interface Opened {
  total: number;
  notes: number;
  /** Faces the slides made the browser load, as "family weight style". */
  shownFaces: string[];
  /** Every face the file declares, after asking each to load: "family status". */
  declared: string[];
  brokenImages: string[];
  requests: string[];
  errors: string[];
}

async function openAlone(deck: ManifestDeck, dist = path.join(root, 'dist')): Promise<Opened> {
  const alone = tempDir('lectern-single-');
  const file = path.join(alone, path.basename(deck.single!.path));
  fs.copyFileSync(path.join(dist, deck.single!.path), file);
  expect(fs.readdirSync(alone)).toEqual([path.basename(file)]);
  const url = pathToFileURL(file).href;
  return session.withPage(async (page) => {
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.Reveal && Reveal.isReady()');
    // Show every slide, so each font the deck uses is asked for.
    await page.evaluate(async () => {
      const R = (window as any).Reveal;
      for (const s of R.getSlides()) {
        const { h, v } = R.getIndices(s);
        R.slide(h, v);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await document.fonts.ready;
    });
    const result = await page.evaluate(async () => {
      const face = (f: FontFace) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.style}`;
      const shownFaces = [...document.fonts].filter((f) => f.status === 'loaded').map(face);
      await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
      return {
        total: (window as any).Reveal.getTotalSlides() as number,
        notes: document.querySelectorAll('aside.notes').length,
        shownFaces,
        declared: [...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.status}`),
        brokenImages: [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src.slice(0, 40)),
      };
    });
    return { ...result, requests: requests.filter((u) => u !== url && !u.startsWith('data:')), errors };
  });
}

describe('single-file decks', () => {
  it('writes <class>/<deck>.html beside each deck folder, with its size in the manifest', () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        expect(d.single?.path).toBe(`${c.id}/${d.slug}.html`);
        expect(fs.statSync(path.join(root, 'dist', d.single!.path)).size).toBe(d.single!.bytes);
      }
    }
  });

  it('opens alone from file://: all slides and notes, fonts loaded, images shown, no request leaves the file', async () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        const label = `${c.id}/${d.slug}`;
        const report = await openAlone(d);
        const { document } = parseHTML(fs.readFileSync(path.join(root, 'dist', d.html), 'utf8'));
        expect(report.total, label).toBe(d.slides);
        expect(report.notes, label).toBe(document.querySelectorAll('aside.notes').length);
        expect(report.requests, label).toEqual([]);
        expect(report.errors, label).toEqual([]);
        expect(report.brokenImages, label).toEqual([]);
        // Every embedded face is a working font file, and the slides' text used some of them.
        expect(report.declared.filter((f) => !f.endsWith(' loaded')), label).toEqual([]);
        expect(report.shownFaces.length, label).toBeGreaterThan(0);
        const hasMath = document.querySelector('.katex') !== null;
        expect(report.declared.some((f) => f.startsWith('KaTeX_')), label).toBe(hasMath);
        if (hasMath) expect(report.shownFaces.some((f) => f.startsWith('KaTeX_Main')), label).toBe(true);
      }
    }
  });

  it('the shipped decks open alone too, each with its slides, notes, images and fonts', async () => {
    const out = tempDir('lectern-single-shipped-');
    const shipped = await buildProject(repoRoot, ['html', 'single'], { outDir: out });
    expect(shipped.ok).toBe(true);
    for (const c of shipped.manifest!.classes) {
      for (const d of c.decks) {
        const report = await openAlone(d, out);
        const { document } = parseHTML(fs.readFileSync(path.join(out, d.html), 'utf8'));
        const label = `${c.id}/${d.slug}`;
        expect(report.total, label).toBe(d.slides);
        expect(report.notes, label).toBe(document.querySelectorAll('aside.notes').length);
        expect({ requests: report.requests, errors: report.errors, brokenImages: report.brokenImages }, label).toEqual({ requests: [], errors: [], brokenImages: [] });
        expect(report.declared.filter((f) => !f.endsWith(' loaded')), label).toEqual([]);
        expect(report.shownFaces.length, label).toBeGreaterThan(0);
      }
    }
  });

  it('carries only the font subsets the text needs', () => {
    const deck = manifest.classes[0]!.decks.find((d) => d.slug === 'syntax-tour')!;
    const html = fs.readFileSync(path.join(root, 'dist', deck.single!.path), 'utf8');
    const ranges = [...html.matchAll(/unicode-range:\s*([^;}]+)/g)].map((m) => parseUnicodeRange(m[1]!));
    const text = parseHTML(html).document.body.textContent ?? '';
    const chars = new Set([...text].map((c) => c.codePointAt(0)!));
    expect(ranges.length).toBeGreaterThan(0);
    // each kept subset covers a character of the page or of printable ASCII
    for (const r of ranges) expect([...chars, 0x41].some((c) => r.some(([a, b]) => c >= a && c <= b))).toBe(true);
  });
});

describe('later builds', () => {
  it('an HTML-only build keeps each single file, rebuilt from the new text', async () => {
    const project = tempProject();
    expect((await buildProject(project, ['html', 'single'])).ok).toBe(true);
    const tour = path.join(project, 'decks', 'syntax-tour.md');
    fs.writeFileSync(tour, fs.readFileSync(tour, 'utf8').replace('- Level one', '- Level one, edited after the first build'));
    const again = await buildProject(project, ['html']);
    expect(again.ok).toBe(true);
    for (const c of again.manifest!.classes) {
      const d = c.decks.find((x) => x.slug === 'syntax-tour')!;
      expect(d.single?.path).toBe(`${c.id}/syntax-tour.html`);
      expect(fs.readFileSync(path.join(project, 'dist', d.single!.path), 'utf8')).toContain('Level one, edited after the first build');
    }
  });
});

describe('font selection helpers', () => {
  it('reads unicode-range lists, wildcards included', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  });

  it('finds the KaTeX families a page needs from the classes it uses', () => {
    const css = '.katex{font:normal 1.21em KaTeX_Main}.katex .mathbf{font-family:KaTeX_Main;font-weight:700}.katex .amsrm{font-family:KaTeX_AMS}.katex .delimsizing.size1{font-family:KaTeX_Size1}';
    expect([...katexFamiliesUsed(css, new Set(['katex', 'delimsizing', 'size1']))].sort()).toEqual(['KaTeX_Main', 'KaTeX_Size1']);
    expect([...katexFamiliesUsed(css, new Set(['katex', 'size1']))]).toEqual(['KaTeX_Main']);
  });
});
