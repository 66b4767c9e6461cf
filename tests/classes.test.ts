// Per-class settings: schema errors with positions, audience filtering, variables, index pages, the shipped classes.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassFile } from '../src/config/classes.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import type { Manifest } from '../src/write/manifest.js';
import { buildProject, repoRoot, tempDir, tempProject } from './helpers.js';

const decks = ['alpha', 'beta'];
const errorsOf = (text: string) => loadClassFile('classes/x.yaml', text, decks).diagnostics.map((d) => formatDiagnostic(d, process.cwd()));

describe('class file schema', () => {
  it('accepts a complete class file', () => {
    const { klass, diagnostics } = loadClassFile('classes/x.yaml', 'name: X\ncode: X 1\ndecks: [beta, alpha]\naudience: [intro]\nhandout: {layout: 6-up, paper: Letter}\ndates: {alpha: "2027-01-01"}\nvars: {room: B}\n', decks);
    expect(diagnostics).toEqual([]);
    expect(klass!.decks).toEqual(['beta', 'alpha']);
  });
  it('reports unknown keys with a suggestion', () => {
    expect(errorsOf('name: X\ninstrutor: Y\n')).toEqual(['classes/x.yaml:2:1: error: unknown key "instrutor" (did you mean "instructor"?)']);
  });
  it('reports wrong types at the value', () => {
    expect(errorsOf('name: X\ndecks: alpha\n')).toEqual(['classes/x.yaml:2:8: error: "decks": expected array']);
  });
  it('reports unknown decks and layouts where they stand', () => {
    expect(errorsOf('name: X\ndecks:\n  - alpha\n  - betta\n')).toEqual(['classes/x.yaml:4:5: error: unknown deck "betta" (did you mean "beta"?)']);
    expect(errorsOf('name: X\nhandout:\n  layout: 4-up\n')).toEqual(['classes/x.yaml:3:11: error: "handout.layout": expected one of "3-up", "6-up", "notes", "lecturer-notes"']);
  });
  it('requires a name', () => {
    expect(errorsOf('code: X\n')).toEqual(['classes/x.yaml:1:1: error: "name" is required']);
  });
});

describe('variables and audiences in a build', () => {
  it('fills {{class.*}} and {{vars.*}}, and reports an undefined one at its place', async () => {
    const root = tempProject();
    fs.writeFileSync(path.join(root, 'decks', 'vars.md'), '---\ntitle: Vars\n---\n## Welcome to {{class.name}}\n\n- Meet in {{vars.room}}\n\nNote: n\n');
    const intro = path.join(root, 'classes', 'intro.yaml');
    fs.writeFileSync(intro, fs.readFileSync(intro, 'utf8').replace('decks: [syntax-tour, with-image]', 'decks: [syntax-tour, with-image, vars]'));
    const result = await buildProject(root);
    const lines = result.diagnostics.map((d) => formatDiagnostic(d, root));
    // The intro class has no vars.room: an error, not an empty string.
    expect(lines.find((l) => l.includes('vars.room'))).toMatch(/^decks\/vars\.md:6:11: error: undefined variable "vars\.room"/);
    fs.writeFileSync(path.join(root, 'classes', 'intro.yaml'), fs.readFileSync(path.join(root, 'classes', 'intro.yaml'), 'utf8') + 'vars:\n  room: "Room <1>"\n');
    const ok = await buildProject(root);
    expect(ok.ok).toBe(true);
    const html = fs.readFileSync(path.join(root, 'dist', 'seminar', 'vars', 'index.html'), 'utf8');
    expect(html).toContain('Welcome to Advanced Seminar');
    expect(html).toContain('Meet in Hall B');
    expect(fs.readFileSync(path.join(root, 'dist', 'intro', 'vars', 'index.html'), 'utf8')).toContain('Meet in Room &lt;1&gt;');
  });
});

describe('the two shipped classes', () => {
  let manifest: Manifest;
  let dist: string;
  beforeAll(async () => {
    dist = tempDir('lectern-classes-');
    const result = await buildProject(repoRoot, ['html'], { outDir: dist });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    manifest = result.manifest!;
  });

  it('build every deck for both classes, in each class order, with dates', () => {
    expect(manifest.classes.map((c) => c.id)).toEqual(['cold-war-survey', 'soviet-history-seminar']);
    for (const c of manifest.classes) {
      expect(c.decks).toHaveLength(4);
      for (const d of c.decks) expect(d.date).toMatch(/^2027-02-\d\d$/);
    }
    expect(manifest.classes[0]!.decks[0]!.slug).toBe('after-stalin-missed-opportunities');
    expect(manifest.classes[1]!.decks[0]!.slug).toBe('ussr-asks-to-join-nato');
  });

  it('show the seminar more slides than the survey, the source criticism only to the seminar, questions to both', () => {
    const [survey, seminar] = manifest.classes;
    for (const d of survey!.decks) {
      const s = seminar!.decks.find((x) => x.slug === d.slug)!;
      expect(s.slides, d.slug).toBeGreaterThan(d.slides);
      const surveyHtml = fs.readFileSync(path.join(dist, d.html), 'utf8');
      const seminarHtml = fs.readFileSync(path.join(dist, s.html), 'utf8');
      expect(seminarHtml).toContain('Reading the source critically');
      expect(surveyHtml).not.toContain('Reading the source critically');
      // Discussion questions are for both classes; the seminar's longer source criticism is its own.
      expect(surveyHtml).toContain('Discussion questions');
      expect(seminarHtml).toContain('Discussion questions');
      expect(seminarHtml).toContain('theme-dark');
      expect(surveyHtml).toContain('theme-light');
    }
  });

  it('put the class, instructor, logo and lecture date on the title slide', () => {
    const d = manifest.classes[1]!.decks[0]!;
    const { document } = parseHTML(fs.readFileSync(path.join(dist, d.html), 'utf8'));
    const title = document.querySelector('#title')!;
    expect(title.querySelector('.title-course')!.textContent).toContain('HIST 540');
    expect(title.textContent).toContain('Prof. Daniel Okafor');
    // The date is written out in the deck's language, machine-readable in <time datetime>.
    expect(title.querySelector('time')!.getAttribute('datetime')).toBe(d.date!);
    expect(title.querySelector('time')!.textContent).toBe(new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d.date}T00:00:00Z`)));
    // One logo per background: both files are there.
    for (const img of title.querySelectorAll('img.title-logo')) expect(fs.existsSync(path.join(dist, path.dirname(d.html), img.getAttribute('src')!))).toBe(true);
  });

  it('have index pages whose every link resolves to a file', () => {
    const pages = ['index.html', ...manifest.classes.map((c) => c.index)];
    let links = 0;
    for (const page of pages) {
      const { document } = parseHTML(fs.readFileSync(path.join(dist, page), 'utf8'));
      expect(document.querySelector('main')).not.toBeNull();
      expect(document.querySelector('h1')).not.toBeNull();
      for (const el of document.querySelectorAll('a[href], link[href], img[src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        expect(fs.existsSync(path.join(dist, path.dirname(page), ref.split('#')[0]!)), `${page} → ${ref}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(20);
  });
});
