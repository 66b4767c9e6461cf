// A project's decks: slugs from paths, the files taken for decks, the ones ignored, and what counts as text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckSlugForPath, findDecks, isText, openProject } from '../../../src/config/project.js';
import { packageRoot } from '../../../src/paths/package-root.js';
import { tempDir } from '../../helpers.js';

describe('deckSlugForPath', () => {
  it.each([
    ['intro.md', 'intro'],
    ['intro/index.md', 'intro'],
    ['lectures/week-3/slides.md', 'lectures-week-3-slides'],
    ['lectures/week-3/index.markdown', 'lectures-week-3'],
    ['./a//b.MD', 'a-b'],
    ['index.md', 'index'],
    ['win\\path\\deck.md', 'win-path-deck'],
  ])('%s → %s', (rel, slug) => expect(deckSlugForPath(rel)).toBe(slug));
});

describe('isText', () => {
  it.each<[string, Buffer, boolean]>([
    ['UTF-8 text', Buffer.from('## Zelle — 細胞'), true],
    ['a NUL byte', Buffer.from([0x23, 0x00, 0x41]), false],
    ['Latin-1 bytes', Buffer.from([0x43, 0xe9, 0x6c, 0x6c]), false],
    ['nothing', Buffer.alloc(0), true],
  ])('%s → %s', (_, buffer, yes) => expect(isText(buffer)).toBe(yes));
});

describe('findDecks', () => {
  const dir = tempDir('lectern-find-');
  const files = ['b.md', 'a/index.md', 'a/extra.markdown', 'README.md', 'notes.docx', 'img/x.png', '.hidden/h.md', 'node_modules/p/readme.md', 'deep/1/2/3/4/5/6/7/8/9/far.md', 'sub/old.txt'];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), '## x');
  }
  const found = findDecks(dir);
  it('finds Markdown decks at any depth up to the bound, sorted by slug', () => {
    expect(found.decks.map((d) => d.slug)).toEqual(['a', 'a-extra', 'b']);
  });
  it('lists documents at the top that were probably meant as decks', () => {
    expect(found.ignored.map((f) => path.basename(f))).toEqual(['notes.docx']);
  });
  it('finds nothing in a folder that does not exist', () => expect(findDecks(path.join(dir, 'none'))).toEqual({ decks: [], ignored: [], refused: [] }));
});

describe('openProject', () => {
  it('uses the project\'s own templates only when they have layouts', () => {
    const root = tempDir('lectern-open-');
    expect(openProject(root).templatesDir).toBe(path.join(packageRoot, 'templates'));
    fs.mkdirSync(path.join(root, 'templates', 'layouts'), { recursive: true });
    expect(openProject(root)).toEqual({ root, decksDir: path.join(root, 'decks'), classesDir: path.join(root, 'classes'), templatesDir: path.join(root, 'templates'), followLinks: false });
  });
});
