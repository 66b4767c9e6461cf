// Text in scripts the themes' fonts lack gets a Noto family, only where a deck needs it: found next to Lectern or in
// the course folder's node_modules, or named in a missing-font error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../src/outline/parse-deck.js';
import { buildDeck } from '../src/model/deck.js';
import { scriptNeeds } from '../src/model/scripts.js';
import { resolveLook } from '../src/config/look.js';
import { withScriptFonts } from '../src/render/script-fonts.js';
import { fontPackageDir, fontSearch, loadFont } from '../src/config/fonts.js';
import { planAssets } from '../src/write/assets.js';
import { buildProject, repoRoot, tempDir, tempProject } from './helpers.js';
import { fonts } from './pdf-tools.js';

const deckOf = (text: string) => buildDeck(parseDeck('d.md', text), { variables: { class: { id: 'c', name: 'C' }, deck: { slug: 'd' }, vars: {} }, maxListLines: 9 }).deck;
const needs = (text: string) => scriptNeeds(deckOf(text)).map((n) => `${n.font}:${n.sample}`);
const templatesDir = path.join(repoRoot, 'templates');
const layer = (settings: object) => ({ settings, file: 'class.yaml', baseDir: '.', locate: () => ({ line: 1, column: 1 }) });
const hebrew = deckOf('## שלום\n\nעולם');

/** A course folder with the font package installed in its node_modules (a copy of the one next to Lectern). */
function courseWith(font: string): string {
  const course = tempDir('lectern-course-');
  fs.cpSync(fontPackageDir(font)!, path.join(course, 'node_modules', '@fontsource', font), { recursive: true });
  return course;
}

describe('script fonts', () => {
  it('finds the scripts a deck uses and the Noto family for each', () => {
    expect(needs('## Hi\n\nПривет, Ελληνικά, café')).toEqual([]);
    expect(needs('## 数式\n\nはじめに')).toEqual(['noto-sans-jp:数式はじめに']);
    expect(needs('## 中文\n\n你好')).toEqual(['noto-sans-sc:中文你好']);
    expect(needs('---\nlang: ja\n---\n## 漢字')).toEqual(['noto-sans-jp:漢字']);
    expect(needs('## 한국어')).toEqual(['noto-sans-kr:한국어']);
    expect(needs('## x\n\nNote: नमस्ते')).toEqual(['noto-sans-devanagari:नमस्ते']);
  });

  it('embeds the Noto families in the PDF of a deck that needs them, and only those', async () => {
    const root = tempProject('dialects/scripts');
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    const names = fonts(path.join(root, 'dist', deck.pdf!)).map((f) => f.name);
    expect(names.some((n) => /NotoSansJP/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansArabic/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansHebrew/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansKR|NotoSansSC|Devanagari/.test(n))).toBe(false);
  }, 120_000);

  it('names the package to install when no folder it looks in has the font', () => {
    const { look } = resolveLook([], templatesDir, repoRoot);
    const empty = tempDir('lectern-course-');
    const result = withScriptFonts(look!, hebrew, [empty]);
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['missing-font', 'Hebrew text (שלוםע) needs a font Lectern does not have: run "npm install @fontsource/noto-sans-hebrew", or it prints as empty boxes'],
    ]);
    expect(result.look).toBe(look);
  });

  it('uses the font next to Lectern without carrying its folder in the look', () => {
    const { look } = resolveLook([], templatesDir, repoRoot);
    const result = withScriptFonts(look!, hebrew, fontSearch(tempDir('lectern-course-')));
    expect(result.diagnostics).toEqual([]);
    expect(result.look.scriptFonts).toEqual(['noto-sans-hebrew']);
    expect(result.look.fontDirs).toBeUndefined();
  });

  it("finds a font installed in the course folder, and copies that package's files", () => {
    const course = courseWith('noto-sans-hebrew');
    const installed = path.join(course, 'node_modules', '@fontsource', 'noto-sans-hebrew');
    const { look } = resolveLook([], templatesDir, course);
    const result = withScriptFonts(look!, hebrew, [course]);
    expect(result.diagnostics).toEqual([]);
    expect(result.look.scriptFonts).toEqual(['noto-sans-hebrew']);
    expect(fs.realpathSync(result.look.fontDirs!['noto-sans-hebrew']!)).toBe(fs.realpathSync(installed));
    const font = loadFont('noto-sans-hebrew', result.look.fontDirs);
    expect(font.family).toBe('Noto Sans Hebrew');
    expect(font.files.size).toBeGreaterThan(0);
    for (const from of font.files.keys()) expect(fs.realpathSync(from).startsWith(fs.realpathSync(installed))).toBe(true);
    // The build's shared assets copy the course's files, under the same names as Lectern's own.
    const copies = [...planAssets([result.look], templatesDir).copies].filter(([to]) => to.startsWith('fonts/noto-sans-hebrew/'));
    expect(copies.length).toBe(font.files.size);
    for (const [, from] of copies) expect(from.startsWith(installed)).toBe(true);
  });

  it("takes a class's font setting from the course folder's node_modules", () => {
    const course = tempDir('lectern-course-');
    const pkg = path.join(course, 'node_modules', '@fontsource', 'course-face');
    fs.mkdirSync(path.join(pkg, 'files'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{ "name": "@fontsource/course-face", "version": "1.0.0" }');
    fs.writeFileSync(path.join(pkg, '400.css'), "@font-face { font-family: 'Course Face'; src: url(./files/course-face-latin-400-normal.woff2) format('woff2'); }");
    fs.writeFileSync(path.join(pkg, 'files', 'course-face-latin-400-normal.woff2'), 'not a real font');
    const settings = { fonts: { body: 'course-face' } };
    const elsewhere = resolveLook([layer(settings)], templatesDir, tempDir('lectern-course-'));
    expect(elsewhere.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('install it with "npm install @fontsource/course-face"')]);
    const { look, diagnostics } = resolveLook([layer(settings)], templatesDir, course);
    expect(diagnostics).toEqual([]);
    expect(look!.fonts.body).toBe('course-face');
    expect(loadFont('course-face', look!.fontDirs).css).toContain('url(../fonts/course-face/course-face-latin-400-normal.woff2)');
  });
});
