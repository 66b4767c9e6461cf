// A handout's copy of the slides: with no paper colours only section dividers are printed again
// (export/paper-styles.ts), unless a theme's own styles restyle more for handouts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlySectionsRestyled, paperCopyChangesOnlySections } from '../../src/export/paper-styles.js';
import { buildProject, repoRoot, tempProject } from '../helpers.js';

/** Each page as raw RGB pixels (PPM at 40 dpi). */
function pagePixels(file: string): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-pixels-'));
  try {
    execFileSync('pdftoppm', ['-r', '40', file, path.join(dir, 'p')]);
    return fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const reddish = (ppm: Buffer) => {
  const header = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (ppm[i]! > 200 && ppm[i + 1]! < 60 && ppm[i + 2]! < 60) n++;
  return n;
};

const handout = (root: string) => path.join(root, 'dist', 'intro', 'syntax-tour', 'syntax-tour-handout.pdf');
const themeCss = (root: string) => path.join(root, 'templates', 'themes', 'light', 'theme.css');

describe("the handout's copy of the slides", () => {
  it('reads which rules restyle more than section dividers', () => {
    expect(onlySectionsRestyled(fs.readFileSync(path.join(repoRoot, 'templates', 'styles', 'lectern.css'), 'utf8'))).toBe(true);
    expect(onlySectionsRestyled('/* html.handout-print h2 in a comment */ html.handout-print .kind-section h1 { color: red }')).toBe(true);
    expect(onlySectionsRestyled('html.handout-print .reveal h2 { color: red }')).toBe(false);
    expect(onlySectionsRestyled('html.handout-print .kind-section h1, html.handout-print p { color: red }')).toBe(false);
    expect(onlySectionsRestyled('@media print { html.handout-print .slide-footer { display: none } }')).toBe(false);
    expect(onlySectionsRestyled('@import url(more.css); h1 { color: red }')).toBe(false);
    // A deck's own <style> counts as much as a stylesheet.
    expect(paperCopyChangesOnlySections('<style>html.handout-print p { color: red }</style>', os.tmpdir(), os.tmpdir())).toBe(false);
    expect(paperCopyChangesOnlySections('<link rel="stylesheet" href="missing.css">', os.tmpdir(), os.tmpdir())).toBe(false);
  });

  it("reads the shipped deck page's sheets, and nothing outside the output folder", async () => {
    const root = tempProject();
    expect((await buildProject(root, ['html'], { cache: false, classes: ['intro'], decks: ['syntax-tour'] })).ok).toBe(true);
    const dist = path.join(root, 'dist');
    const deckDir = path.join(dist, 'intro', 'syntax-tour');
    const html = fs.readFileSync(path.join(deckDir, 'index.html'), 'utf8');
    expect(html).toContain('lectern.css');
    expect(paperCopyChangesOnlySections(html, deckDir, dist)).toBe(true);
    // A deck's raw <link> to a device or to a file elsewhere (here through a link in the output) is not read.
    const started = performance.now();
    expect(paperCopyChangesOnlySections(`${html}<link rel="stylesheet" href="/dev/zero">`, deckDir, dist)).toBe(false);
    const outside = path.join(os.tmpdir(), `lectern-outside-${process.pid}.css`);
    fs.writeFileSync(outside, 'h1 { color: red }');
    fs.symlinkSync(outside, path.join(deckDir, 'elsewhere.css'));
    expect(paperCopyChangesOnlySections(`${html}<link rel="stylesheet" href="elsewhere.css">`, deckDir, dist)).toBe(false);
    fs.rmSync(outside);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('prints only the section dividers again, and the handout looks as if every slide were printed again', async () => {
    const sections = tempProject();
    const every = tempProject();
    // A rule that matches nothing but is not about section dividers: this project prints every slide again.
    fs.appendFileSync(themeCss(every), '\nhtml.handout-print .no-such-element { color: red; }\n');
    for (const root of [sections, every]) expect((await buildProject(root, ['html', 'handout'], { cache: false, classes: ['intro'], decks: ['syntax-tour'] })).ok).toBe(true);
    const a = pagePixels(handout(sections));
    const b = pagePixels(handout(every));
    expect(a.length).toBeGreaterThan(1);
    expect(a.length).toBe(b.length);
    a.forEach((page, i) => expect(page.equals(b[i]!), `handout page ${i + 1}`).toBe(true));
  }, 120_000);

  it("honours a theme's own handout styles for every slide", async () => {
    const root = tempProject();
    fs.appendFileSync(themeCss(root), '\nhtml.handout-print .reveal .slides h2 { color: rgb(255, 0, 0) !important; }\n');
    expect((await buildProject(root, ['html', 'handout'], { cache: false, classes: ['intro'], decks: ['syntax-tour'] })).ok).toBe(true);
    expect(pagePixels(handout(root)).map(reddish).reduce((x, y) => x + y)).toBeGreaterThan(20);
  }, 120_000);
});
