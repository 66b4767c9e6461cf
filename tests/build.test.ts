import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.js';
import { buildProject, tempDir, tempProject } from './helpers.js';

describe('build (HTML)', () => {
  it('writes every deck for every class, shared assets once, and a manifest', async () => {
    const root = tempProject();
    const result = await buildProject(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dist = path.join(root, 'dist');
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.classes.map((c: any) => c.id)).toEqual(['intro', 'seminar']);
    const intro = manifest.classes[0];
    expect(intro.decks.map((d: any) => d.slug)).toEqual(['syntax-tour', 'with-image']);
    expect(intro.decks[0]).toMatchObject({ title: 'Syntax tour', slides: 10, date: '2027-02-01', source: { title: 'A fixture document' } });
    const seminar = manifest.classes[1];
    expect(seminar.decks.map((d: any) => d.slug)).toEqual(['reveal-md', 'syntax-tour', 'with-image']);
    expect(seminar.decks[1].slides).toBe(11);
    for (const c of manifest.classes) for (const d of c.decks) expect(fs.existsSync(path.join(dist, d.html))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'intro', 'with-image', 'square.svg'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'assets', 'reveal', 'reveal.js'))).toBe(true);
    expect(fs.readdirSync(dist).filter((f) => f !== 'assets' && fs.statSync(path.join(dist, f)).isDirectory()).sort()).toEqual(['intro', 'seminar']);
    expect(fs.readdirSync(path.dirname(dist)).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('builds only the decks and classes asked for, keeping the rest of dist/', async () => {
    const root = tempProject();
    await buildProject(root);
    const stamp = path.join(root, 'dist', 'intro', 'with-image', 'index.html');
    const before = fs.statSync(stamp).mtimeMs;
    const result = await buildProject(root, ['html'], { decks: ['syntax-tour'], classes: ['intro'] });
    expect(result.decks).toBe(1);
    expect(fs.statSync(stamp).mtimeMs).toBe(before);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));
    expect(manifest.classes).toHaveLength(2);
  });

  it('fails on bad input with file:line:col and leaves the previous dist/ intact', async () => {
    const root = tempProject();
    await buildProject(root);
    const manifestBefore = fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8');
    const deck = path.join(root, 'decks', 'syntax-tour.md');
    fs.writeFileSync(deck, fs.readFileSync(deck, 'utf8').replace('## Nested bullets', '## Nested bullets {onyl=intro}'));
    const result = await buildProject(root);
    expect(result.ok).toBe(false);
    const lines = result.diagnostics.map((d) => formatDiagnostic(d, root));
    expect(lines).toContain('decks/syntax-tour.md:18:20: error: unknown attribute "onyl" (did you mean "only"?)');
    expect(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')).toBe(manifestBefore);
  });

  it('reports an unknown theme, a missing image and a file that is not Markdown', async () => {
    const root = tempProject();
    const imageDeck = path.join(root, 'decks', 'with-image', 'index.md');
    fs.writeFileSync(imageDeck, fs.readFileSync(imageDeck, 'utf8').replace('theme: contrast', 'theme: drak').replace('square.svg', 'circle.svg'));
    fs.writeFileSync(path.join(root, 'decks', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const result = await buildProject(root);
    const lines = result.diagnostics.map((d) => formatDiagnostic(d, root));
    expect(lines).toContain('decks/with-image/index.md:3:8: error: unknown theme "drak" (did you mean "dark"?)');
    expect(lines).toContain('decks/binary.md: error: not a text file: a deck must be UTF-8 Markdown (was it saved from a word processor? export it as Markdown)');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('reports a missing image at its line and column', async () => {
    const root = tempProject();
    const imageDeck = path.join(root, 'decks', 'with-image', 'index.md');
    fs.writeFileSync(imageDeck, fs.readFileSync(imageDeck, 'utf8').replace('square.svg', 'circle.svg'));
    const result = await buildProject(root);
    const lines = result.diagnostics.map((d) => formatDiagnostic(d, root));
    expect(lines.find((l) => l.includes('circle.svg'))).toMatch(/^decks\/with-image\/index\.md:8:39: error: image "circle\.svg" not found \(looked for .*decks\/with-image\/circle\.svg\) \[missing-image\]$/);
  });
});

describe('themes are folders', () => {
  it('a new theme with its own footer partial needs no code', async () => {
    const root = tempProject();
    const theme = path.join(root, 'templates', 'themes', 'campus');
    fs.mkdirSync(path.join(theme, 'partials'), { recursive: true });
    fs.writeFileSync(path.join(theme, 'theme.json'), JSON.stringify({ label: 'Campus', fonts: { heading: 'pt-sans', body: 'pt-sans', code: 'jetbrains-mono' }, maxListLines: 9, highlight: 'github', colors: { text: '#111111', background: '#ffffff', accent: '#005a32', accentText: '#ffffff' } }));
    fs.writeFileSync(path.join(theme, 'theme.css'), ':root { --accent: #005a32; }\n');
    fs.writeFileSync(path.join(theme, 'partials', 'footer.hbs'), '{{#unless isTitle}}<footer class="slide-footer campus-footer">{{@root.class.name}} · Campus edition</footer>{{/unless}}\n');
    const result = await buildProject(root, ['html'], { classes: ['intro'], look: { theme: 'campus' } });
    expect(result.ok).toBe(true);
    const html = fs.readFileSync(path.join(root, 'dist', 'intro', 'syntax-tour', 'index.html'), 'utf8');
    expect(html).toContain('Introduction to Testing · Campus edition');
    expect(html).toContain('../../assets/themes/campus/theme.css');
    expect(html).toContain("--font-body:'PT Sans'");
    expect(fs.existsSync(path.join(root, 'dist', 'assets', 'themes', 'campus', 'theme.css'))).toBe(true);
  });
});

describe('template mistakes', () => {
  it('a syntax error in a partial, even one no deck uses, is one line with its position', async () => {
    const root = tempProject();
    const unused = path.join(root, 'templates', 'partials', 'aside.hbs');
    fs.writeFileSync(unused, '<aside>\n{{#if note}}\n{{note}}\n');
    const result = await buildProject(root, ['html'], { classes: ['intro'] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, root))).toEqual([expect.stringMatching(/^templates\/partials\/aside\.hbs:\d+:\d+: error: template: /)]);
  });

  it('an unknown helper is reported at its line when the page is rendered', async () => {
    const root = tempProject();
    fs.writeFileSync(path.join(root, 'templates', 'partials', 'footer.hbs'), '<footer>\n{{nosuchhelper 1 2}}</footer>\n');
    const result = await buildProject(root, ['html'], { classes: ['intro'] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, root)).join('\n')).toMatch(/^templates\/partials\/footer\.hbs:2:\d+: error: template: .*nosuchhelper/m);
  });
});

describe('an empty project', () => {
  it('says there are no decks and how to start one, writing nothing', async () => {
    const root = tempDir('lectern-empty-');
    const result = await buildProject(root);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['no decks found (a deck is decks/<name>.md or decks/<name>/index.md); start one with "lectern new <name>"']);
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('the output folder', () => {
  it('is never the project folder, nor a folder of files Lectern did not write', async () => {
    const root = tempProject();
    const asRoot = await buildProject(root, ['html'], { outDir: root });
    expect(asRoot.ok).toBe(false);
    expect(asRoot.diagnostics.some((d) => d.message.includes('is the project folder or holds it'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'decks', 'syntax-tour.md'))).toBe(true);
    const parent = await buildProject(root, ['html'], { outDir: path.dirname(root) });
    expect(parent.ok).toBe(false);
    const notes = path.join(root, 'my-notes');
    fs.mkdirSync(notes);
    fs.writeFileSync(path.join(notes, 'todo.txt'), 'keep me');
    const foreign = await buildProject(root, ['html'], { outDir: notes });
    expect(foreign.diagnostics.some((d) => d.message.includes('already holds files that Lectern did not write'))).toBe(true);
    expect(fs.readFileSync(path.join(notes, 'todo.txt'), 'utf8')).toBe('keep me');
  });
});
