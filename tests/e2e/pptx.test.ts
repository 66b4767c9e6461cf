// Issue 24 read back from real output: the shipped course as .pptx opened by LibreOffice Impress (slide counts,
// each slide's words, nesting, notes, tables, pictures), a fixture deck's every kind of block, and slide PNGs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/write/manifest.js';
import { browserSession } from '../../src/export/browser.js';
import { processHost } from '../../src/cli/host.js';
import { buildProject, repoRoot, tempDir, tempProject } from '../helpers.js';
import { pageText, pdfInfo } from '../pdf-tools.js';
import { hasSoffice, htmlSlides, packageProblems, pngSize, pptxSlides, sofficeToPdf, wordShare, words } from '../pptx-tools.js';

type Upng = { decode(b: ArrayBuffer): { width: number; height: number }; toRGBA8(img: unknown): ArrayBuffer[] };
const upng = createRequire(import.meta.url)('@pdf-lib/upng') as Upng | { default: Upng };
const UPNG = 'default' in upng ? upng.default : upng;

describe.skipIf(!hasSoffice)('the shipped course as PowerPoint', () => {
  let root: string;
  let manifest: Manifest;
  const decks: { dir: string; pptx: string; html: string; pdf: string; slides: number }[] = [];

  beforeAll(async () => {
    root = tempDir('lectern-pptx-');
    for (const dir of ['decks', 'classes', 'templates']) fs.cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
    const result = await buildProject(root, ['html', 'pptx', 'png']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    manifest = result.manifest!;
    for (const c of manifest.classes) for (const d of c.decks) decks.push({ dir: `${c.id}/${d.slug}`, pptx: path.join(root, 'dist', d.pptx!), html: path.join(root, 'dist', d.html), pdf: '', slides: d.slides });
    // One folder per class: both classes have a deck of each name.
    for (const c of manifest.classes) {
      const own = decks.filter((d) => d.dir.startsWith(`${c.id}/`));
      const pdfs = sofficeToPdf(own.map((d) => d.pptx), path.join(root, 'office', c.id), path.join(root, 'office-profile'));
      own.forEach((d, i) => (d.pdf = pdfs[i]!));
    }
  }, 600_000);

  it('writes a .pptx for every deck of every class, listed in manifest.json', () => {
    expect(decks).toHaveLength(8);
    for (const d of decks) expect(fs.existsSync(d.pptx), d.dir).toBe(true);
  });

  it('opens in LibreOffice with as many slides as reveal.js counts, each with ≥ 90% of the slide\'s words', () => {
    let pages = 0;
    for (const d of decks) {
      const html = htmlSlides(d.html);
      expect(html.length, d.dir).toBe(d.slides);
      expect(Number(pdfInfo(d.pdf).Pages), d.dir).toBe(d.slides);
      html.forEach((slide, i) => {
        const share = wordShare(words(slide.text), words(pageText(d.pdf, i + 1)));
        expect(share, `${d.dir} slide ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      });
      pages += html.length;
    }
    // The shipped course: 107 slides for the survey and 129 for the seminar (README, "Classes").
    expect(pages).toBe(236);
  });

  it('keeps list levels, notes, tables and pictures in the XML, slide by slide', async () => {
    let nested = 0;
    let tables = 0;
    let pictures = 0;
    for (const d of decks) {
      const html = htmlSlides(d.html);
      const { slides } = await pptxSlides(d.pptx);
      expect(slides, d.dir).toHaveLength(html.length);
      html.forEach((h, i) => {
        const x = slides[i]!;
        const where = `${d.dir} slide ${i + 1}`;
        expect(/<a:pPr[^>]* lvl="1"/.test(x.xml), where).toBe(h.nested);
        expect(x.xml.match(/<a:tbl>/g)?.length ?? 0, where).toBe(h.tables);
        expect(x.xml.match(/<p:pic>/g)?.length ?? 0, where).toBe(h.images);
        // The notes' first words are in the notes slide.
        const first = [...words(h.notes)].slice(0, 6);
        for (const w of first) expect(x.notes.toLowerCase(), where).toContain(w);
        // Without notes, the notes slide holds its slide number only.
        if (!h.notes.trim()) expect(words(x.notes).size, where).toBe(0);
        nested += h.nested ? 1 : 0;
        tables += h.tables;
        pictures += h.images;
      });
    }
    expect(nested).toBeGreaterThan(20);
    expect(tables).toBeGreaterThan(0);
    expect(pictures).toBeGreaterThan(0);
  });

  it('writes one PNG per slide at the slide size, listed in manifest.json', () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        expect(d.png?.count, d.slug).toBe(d.slides);
        const files = fs.readdirSync(path.join(root, 'dist', d.png!.dir)).sort();
        expect(files).toHaveLength(d.slides);
        expect(files[0]).toBe('001.png');
        for (const f of files) expect(pngSize(path.join(root, 'dist', d.png!.dir, f))).toEqual({ width: 1280, height: 720 });
      }
    }
  });

  it('draws the same slide as a screenshot of the deck at the slide size', async () => {
    const d = manifest.classes[0]!.decks[0]!;
    const session = browserSession(processHost());
    session.confine(path.join(root, 'dist'));
    const shot = (await session.withPage(async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      // The deck as a viewer shows it, without the margin around the slide, the controls and the transitions.
      await page.goto(`${pathToFileURL(path.join(root, 'dist', d.html)).href}?margin=0&controls=false&progress=false&transition=none`, { waitUntil: 'load' });
      await page.evaluate(async () => {
        type R = { isReady(): boolean; getSlides(): Element[]; getIndices(s: Element): { h: number; v: number }; slide(h: number, v: number): void };
        const reveal = (window as unknown as { Reveal: R }).Reveal;
        while (!reveal.isReady()) await new Promise((r) => setTimeout(r, 50));
        const { h, v } = reveal.getIndices(reveal.getSlides()[2]!);
        reveal.slide(h, v);
        await document.fonts.ready;
      });
      await new Promise((r) => setTimeout(r, 800));
      return page.screenshot({ type: 'png' });
    }).finally(() => session.close())) as Uint8Array;
    const pixels = (png: Uint8Array) => new Uint8Array(UPNG.toRGBA8(UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer))[0]!);
    const diff = (a: Uint8Array, b: Uint8Array) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;
    const screenshot = pixels(shot);
    const slideDir = path.join(root, 'dist', d.png!.dir);
    const same = diff(screenshot, pixels(fs.readFileSync(path.join(slideDir, '003.png'))));
    const other = diff(screenshot, pixels(fs.readFileSync(path.join(slideDir, '004.png'))));
    expect(same).toBeLessThan(3);
    expect(other).toBeGreaterThan(same * 3);
  });

  it('reuses the PowerPoint files and images of decks that did not change', async () => {
    const before = fs.readFileSync(decks.find((d) => d.dir.endsWith('/khrushchev-foreign-policy'))!.pptx);
    fs.appendFileSync(path.join(root, 'decks', 'ussr-asks-to-join-nato', 'index.md'), '\n## One more slide\n\n- added\n');
    const result = await buildProject(root, ['html', 'pptx', 'png']);
    expect(result.ok).toBe(true);
    expect(result.reused.sort()).toEqual(decks.map((d) => d.dir).filter((d) => !d.endsWith('/ussr-asks-to-join-nato')).sort());
    const again = result.manifest!.classes[0]!.decks.find((d) => d.slug === 'khrushchev-foreign-policy')!;
    expect(fs.readFileSync(path.join(root, 'dist', again.pptx!)).equals(before)).toBe(true);
    const edited = result.manifest!.classes[0]!.decks.find((d) => d.slug === 'ussr-asks-to-join-nato')!;
    expect(edited.png!.count).toBe(edited.slides);
  }, 300_000);
});

describe.skipIf(!hasSoffice)('every kind of block in PowerPoint', () => {
  let root: string;
  let manifest: Manifest;
  let warnings: string[];

  beforeAll(async () => {
    root = tempProject('pptx');
    const result = await buildProject(root, ['html', 'pptx', 'png'], { export: { scale: 2 } });
    expect(result.ok).toBe(true);
    manifest = result.manifest!;
    warnings = result.diagnostics.filter((d) => d.rule === 'pptx-dropped').map((d) => `${path.relative(root, d.file)}:${d.line}: ${d.message}`);
  }, 300_000);

  const deck = async (slug: string) => pptxSlides(path.join(root, 'dist', manifest.classes[0]!.decks.find((d) => d.slug === slug)!.pptx!));

  it('numbers ordered lists, keeps levels 0-2, emphasis, code and links as runs, and the deck language', async () => {
    const { slides } = await deck('features');
    const nested = slides[2]!.xml;
    expect(nested).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="1"\/>/);
    expect(nested).toMatch(/lvl="2"/);
    expect(nested).toMatch(/<a:rPr[^>]* b="1"[^>]*>.*?<a:t>bold<\/a:t>/);
    expect(nested).toMatch(/<a:hlinkClick r:id="rId\d+"/);
    expect(nested).toMatch(/lang="en"/);
    expect(slides[2]!.notes).toContain('Speaker notes of the nested slide');
  });

  it('applies the class\'s audience and variables, and writes the title slide from the front matter and class', async () => {
    const { slides } = await deck('features');
    const all = slides.map((s) => s.xml).join('\n');
    expect(all).not.toContain('AUDIENCEFILTERED');
    expect(all).toContain('We meet in Hall B');
    expect(slides[0]!.xml).toContain('Features in PowerPoint');
    expect(slides[0]!.xml).toContain('PHYS 101 · Mechanics');
    expect(slides[0]!.xml).toContain('Every block the writer knows');
  });

  it('writes tables as tables, code in its highlight colours, formulas and images as pictures with alt text', async () => {
    const { slides, files } = await deck('features');
    const all = slides.map((s) => s.xml).join('\n');
    expect(all).toMatch(/<a:tbl>[\s\S]*alpha[\s\S]*<\/a:tbl>/);
    // github style: keywords #d73a49, numbers #005cc5, comments #6a737d.
    expect(all).toMatch(/<a:srgbClr val="D73A49"\/>[\s\S]{0,400}<a:t>const<\/a:t>/);
    expect(all).toMatch(/JetBrains Mono/);
    expect(all).toMatch(/descr="E = mc\^2"/);
    expect(all).toMatch(/descr="A grey square framed in blue"/);
    expect(all).toContain('The caption under the square');
    expect(files.filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  });

  it('warns once for the iframe it leaves out, at its line', () => {
    expect(warnings).toEqual(['decks/features/index.md:59: an iframe cannot be carried into PowerPoint: left out of features.pptx (its text and images are kept)']);
  });

  it('exports a Marp deck with its headings as titles and its comment as notes', async () => {
    const { slides } = await deck('marp-deck');
    expect(slides).toHaveLength(2);
    expect(slides[1]!.xml).toMatch(/type="title"[\s\S]*Second Marp slide/);
    expect(slides[1]!.notes).toContain('Marp speaker note here');
  });

  it('draws slide PNGs at twice the slide size under --scale 2', () => {
    const d = manifest.classes[0]!.decks.find((x) => x.slug === 'features')!;
    expect(pngSize(path.join(root, 'dist', d.png!.dir, '001.png'))).toEqual({ width: 2560, height: 1440 });
  });

  it('writes packages whose parts all have content types and whose relationships all resolve', async () => {
    for (const d of manifest.classes[0]!.decks) expect(await packageProblems(path.join(root, 'dist', d.pptx!)), d.slug).toEqual([]);
  });

  it('writes PowerPoint for a class whose class file asks for it, in a build that prints PDFs only', async () => {
    const project = tempProject('pptx');
    fs.appendFileSync(path.join(project, 'classes', 'physics.yaml'), 'formats: [pptx]\n');
    const result = await buildProject(project, ['html', 'pdf']);
    expect(result.ok).toBe(true);
    const d = result.manifest!.classes[0]!.decks.find((x) => x.slug === 'features')!;
    expect(d.pdf).toBeDefined();
    expect(d.png).toBeUndefined();
    expect((await pptxSlides(path.join(project, 'dist', d.pptx!))).slides).toHaveLength(d.slides);
  }, 120_000);

  it('makes a package LibreOffice reads with every slide; columns and an image beside the text sit side by side', async () => {
    const d = manifest.classes[0]!.decks.find((x) => x.slug === 'features')!;
    const [pdf] = sofficeToPdf([path.join(root, 'dist', d.pptx!)], path.join(root, 'office'), path.join(root, 'office-profile'));
    expect(Number(pdfInfo(pdf!).Pages)).toBe(d.slides);
    expect(pageText(pdf!, 3)).toContain('Inner item');
    // -layout keeps the page's lines: both columns' words on one line.
    expect(pageText(pdf!, d.slides - 1).split('\n').some((l) => /Leftcolumn.*Rightcolumn/.test(l))).toBe(true);
    // The picture fills the right 40% of the slide from its top; the text and the title keep to the left 60%.
    const { slides } = await deck('features');
    const beside = slides.at(-1)!.xml;
    const slideWidth = 1280 * 9525;
    const pic = /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)"/.exec(beside)!;
    expect(Number(pic[1])).toBeCloseTo(slideWidth * 0.6, -4);
    expect(Number(pic[2])).toBe(0);
    expect(Number(pic[3])).toBeCloseTo(slideWidth * 0.4, -4);
    const text = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:off x="(\d+)" y="\d+"\/>\s*<a:ext cx="(\d+)"(?:(?!<\/p:sp>)[\s\S])*?Besideimage/.exec(beside)!;
    expect(Number(text[1]) + Number(text[2])).toBeLessThanOrEqual(slideWidth * 0.6);
    expect(pageText(pdf!, d.slides)).toContain('Besideimage text');
  });
});
