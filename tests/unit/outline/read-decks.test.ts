// Reading a project's decks: one deck per name, folders, binary and oversized files refused, settings applied.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { openProject } from '../../../src/config/project.js';
import { readDecks } from '../../../src/outline/read-decks.js';
import { tempDir } from '../../helpers.js';

function project(files: Record<string, string | Buffer>): string {
  const root = tempDir('lectern-read-');
  for (const [rel, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), data);
  }
  return root;
}
const read = (root: string) => {
  const diagnostics: Diagnostic[] = [];
  const r = readDecks(openProject(root), diagnostics);
  return { ...r, problems: diagnostics.map((d) => `${path.relative(root, d.file)}: ${d.message}`) };
};

describe('readDecks', () => {
  it('parses every deck once, with reveal-md.json and the deck\'s reveal.js page applied', () => {
    const root = project({
      'decks/plain.md': '## A\nx',
      'reveal-md.json': JSON.stringify({ separator: '^===$' }),
      'decks/course/index.md': 'a\n===\nb',
      'decks/page/slides.md': 'a\n~~~\nb',
      'decks/page/index.html': '<section data-markdown="slides.md" data-separator="^~~~$"></section>',
    });
    const r = read(root);
    expect(r.problems).toEqual([]);
    expect([...r.parsed.keys()].sort()).toEqual(['course', 'page-slides', 'plain']);
    expect(r.parsed.get('course')!.slides).toHaveLength(2);
    expect(r.parsed.get('page-slides')!.frontMatter.separator).toBe('^~~~$');
  });
  it('refuses binary files, names that cannot be folders and two decks of one name', () => {
    const root = project({
      'decks/bin.md': Buffer.from([0x23, 0x00, 0xff]),
      'decks/#hash.md': '## x',
      'decks/twin.md': '## x',
      'decks/twin/index.md': '## y',
    });
    const r = read(root);
    expect(r.problems.sort()).toEqual([
      expect.stringMatching(/^decks\/#hash\.md: deck name "#hash" cannot be a web address folder/),
      expect.stringMatching(/^decks\/bin\.md: not a text file: a deck must be UTF-8 Markdown/),
      expect.stringMatching(/^decks\/twin(\.md|\/index\.md): deck name "twin" is taken twice/),
    ]);
    // Neither twin is built: which one was meant is the lecturer's call.
    expect([...r.parsed.keys()]).toEqual([]);
  });
  it('puts a broken reveal-md.json first among the deck\'s diagnostics', () => {
    const r = read(project({ 'reveal-md.json': '{', 'decks/a.md': '## A' }));
    expect(r.parsed.get('a')!.diagnostics[0]!.message).toMatch(/^reveal-md\.json is not valid JSON/);
  });
});
