// `lectern init`: a course from an empty folder that builds (HTML, slide PDF, handout) with no error, no
// overflow and nothing outside its slides in any theme; it refuses a course, and `new` in it stays in it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSession } from '../../src/export/browser.js';
import { buildProject, tempDir } from '../helpers.js';
import { lectern } from '../run-cli.js';
import { elementsOutsideSlides } from '../slide-boxes.js';
import { pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';

const session = browserSession(processHost());
// Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
session.confine(os.tmpdir());
afterAll(() => session.close());

describe('lectern init', () => {
  it('makes a course that builds with no error and no overflow, every slide inside its slide in every theme', async () => {
    const root = tempDir('lectern-init-');
    const run = await lectern(root, 'init', 'statistics');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^created a course in statistics: \.gitignore, README\.md, classes\/example\.yaml, decks\/first-lecture\/chart\.png, decks\/first-lecture\/index\.md, decks\/first-lecture\/spread\.svg, package\.json$/m);
    const course = path.join(root, 'statistics');
    expect(fs.readFileSync(path.join(course, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['dist/', '.lectern-cache/']));
    expect(JSON.parse(fs.readFileSync(path.join(course, 'package.json'), 'utf8')).scripts).toEqual({ build: 'lectern build', serve: 'lectern serve', check: 'lectern check' });
    // The example class shows the intro slides; two more show the advanced ones in the other themes.
    const example = fs.readFileSync(path.join(course, 'classes', 'example.yaml'), 'utf8');
    for (const theme of ['dark', 'contrast']) fs.writeFileSync(path.join(course, 'classes', `${theme}.yaml`), example.replace('theme: light', `theme: ${theme}`).replace('[intro]', '[advanced]').replace('An example class', `In ${theme}`));
    // And every theme at 4:3.
    for (const theme of ['light', 'dark', 'contrast']) fs.writeFileSync(path.join(course, 'classes', `${theme}-4-3.yaml`), example.replace('theme: light', `theme: ${theme}\nsize: "4:3"`).replace('An example class', `In ${theme}, 4:3`));
    const result = await buildProject(course, ['html', 'pdf', 'handout']);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual([]);
    const decks = result.manifest!.classes.flatMap((c) => c.decks);
    expect(decks).toHaveLength(6);
    for (const d of decks) {
      const { slides, escapees } = await session.withPage((page) => elementsOutsideSlides(page, path.join(course, 'dist', d.html)));
      expect(escapees, d.html).toEqual([]);
      expect(Number(pdfInfo(path.join(course, 'dist', d.pdf!)).Pages)).toBe(slides);
      expect(fs.existsSync(path.join(course, 'dist', d.handout!))).toBe(true);
    }
    // The starter shows each part once: image, image beside text, two columns, table, formula, code, notes,
    // handout text, audience, time; and the slides show them laid out.
    const deck = fs.readFileSync(path.join(course, 'decks', 'first-lecture', 'index.md'), 'utf8');
    for (const part of ['![', '\n![bg right:40%](spread.svg)', '\n:::: columns', '{.column width=', '| Week |', '$$', '```python', '\nNote:', '\nHandout:', '{only=advanced}', '{time=2m}']) expect(deck).toContain(part);
    const page = fs.readFileSync(path.join(course, 'dist', decks[0]!.html), 'utf8');
    for (const shape of ['<figure class="slide-image">', 'class="marp-bgs marp-bgs-right" style="width:40%"', '<div class="columns">', '<table>', 'class="katex', 'hljs language-python']) expect(page).toContain(shape);
  }, 120_000);

  it('refuses a folder that holds a course, in one line, and writes nothing', async () => {
    const root = tempDir('lectern-init-');
    fs.mkdirSync(path.join(root, 'classes'));
    const run = await lectern(root, 'init');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['.: error: already holds a course (classes/); nothing was written (add a lecture with "lectern new <name>", or init another folder)']);
    expect(fs.readdirSync(root)).toEqual(['classes']);
  });

  it('keeps a README of the lecturer\'s own, in a folder that exists', async () => {
    const root = tempDir('lectern-init-');
    fs.writeFileSync(path.join(root, 'README.md'), 'mine\n');
    const run = await lectern(root, 'init', '.');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kept your own README.md');
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toBe('mine\n');
    expect(fs.existsSync(path.join(root, 'decks', 'first-lecture', 'index.md'))).toBe(true);
  });

  it('then `lectern new` adds a lecture to the course\'s own class and names no shipped class', async () => {
    const root = tempDir('lectern-init-');
    await lectern(root, 'init');
    const plain = await lectern(root, 'new', 'week-2');
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('classes/example.yaml');
    const added = await lectern(root, 'new', 'week-3', '--class', 'example');
    expect(added.stderr).toContain('created decks/week-3.md and added it to classes/example.yaml');
    for (const out of [plain.stderr, added.stderr]) expect(out).not.toMatch(/soviet|cold war|survey|seminar|stalin/i);
    expect(fs.readFileSync(path.join(root, 'classes', 'example.yaml'), 'utf8')).toMatch(/- first-lecture\n\s*- week-3/);
  });
});
