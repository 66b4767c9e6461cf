// A folder in decks/ that holds no deck, and a deck file with nothing in it, each get one warning line from
// build, check and serve (in-process main() and startServer), instead of being skipped or built in silence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/serve/server.js';
import { tempDir } from './helpers.js';
import { lectern } from './run-cli.js';
import { processHost } from '../src/cli/host.js';

const DECK = '---\ntitle: Week 1\n---\n\n## A slide\n\nText.\n\nNote: a note.\n';

/** A project with one good deck in a class that lists every deck, plus `extra` (path → text, or null for a folder). */
function project(extra: Record<string, string | null>): string {
  const root = tempDir('lectern-deck-folders-');
  fs.mkdirSync(path.join(root, 'decks', 'week1'), { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'));
  fs.writeFileSync(path.join(root, 'decks', 'week1', 'index.md'), DECK);
  fs.writeFileSync(path.join(root, 'classes', 'c.yaml'), 'name: A class\n');
  for (const [rel, text] of Object.entries(extra)) {
    const file = path.join(root, rel);
    if (text === null) fs.mkdirSync(file, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  return root;
}

/** `lectern …` with everything it printed as lines. */
async function run(cwd: string, ...argv: string[]) {
  const r = await lectern(cwd, ...argv);
  return { ...r, lines: (r.stderr + r.stdout).split('\n') };
}

/** What `lectern serve` prints for its first build. */
async function served(root: string): Promise<string[]> {
  const lines: string[] = [];
  const line = (m: string) => lines.push(m);
  const server = await startServer({ system: processHost(), root, outDir: path.join(root, 'dist'), port: 0, host: '127.0.0.1', pdf: false, logger: { info: line, warn: line, error: line } });
  await server.close();
  return lines;
}

const cases: { name: string; files: Record<string, string | null>; line: string }[] = [
  { name: 'an empty folder', files: { 'decks/week3': null }, line: 'decks/week3: warning: is an empty folder, so it is not a deck: write its slides in decks/week3/index.md (or decks/week3.md) [not-a-deck]' },
  { name: 'a folder holding only a .gitkeep', files: { 'decks/week3/.gitkeep': '' }, line: 'decks/week3: warning: is an empty folder, so it is not a deck: write its slides in decks/week3/index.md (or decks/week3.md) [not-a-deck]' },
  { name: 'an index.md that is a folder', files: { 'decks/week3/index.md': null }, line: 'decks/week3/index.md: warning: is a folder, not a file, so decks/week3 is not a deck: remove the folder and write the slides in a file decks/week3/index.md [not-a-deck]' },
  { name: 'slides saved as plain text', files: { 'decks/week3/slides.txt': '## A slide\n', 'decks/week3/map.png': 'PNG' }, line: 'decks/week3: warning: no index.md in this folder, so it is not a deck (rename slides.txt to index.md) [not-a-deck]' },
  { name: 'slides from a presentation program', files: { 'decks/week3/week3.pptx': 'PK' }, line: 'decks/week3: warning: no index.md in this folder, so it is not a deck (week3.pptx is not Markdown: save its slides as Markdown in decks/week3/index.md) [not-a-deck]' },
  { name: 'an empty index.md', files: { 'decks/week3/index.md': '' }, line: 'decks/week3/index.md: warning: is empty, so the deck is only a title slide: write its slides here ("## A slide title" starts one) [empty-deck]' },
  { name: 'an index.md of blank lines', files: { 'decks/week3/index.md': '\n  \n' }, line: 'decks/week3/index.md: warning: is empty, so the deck is only a title slide: write its slides here ("## A slide title" starts one) [empty-deck]' },
  { name: 'a deck of front matter only', files: { 'decks/week3.md': '---\ntitle: Week 3\n---\n' }, line: 'decks/week3.md: warning: has front matter but nothing below it, so the deck is only a title slide: write its slides below the front matter ("## A slide title" starts one) [empty-deck]' },
];

describe('folders and files in decks/ that are not decks', () => {
  for (const c of cases) {
    it(`${c.name}: one warning from build, check and serve`, async () => {
      const root = project(c.files);
      const built = await run(root, 'build', '--format', 'html');
      expect(built.code, built.stderr).toBe(0);
      expect(built.lines.filter((l) => l.includes('week3')), built.stderr).toEqual([c.line]);
      // The good deck is built as before; an empty deck is built as its title slide.
      expect(fs.existsSync(path.join(root, 'dist', 'c', 'week1', 'index.html'))).toBe(true);
      expect(fs.existsSync(path.join(root, 'dist', 'c', 'week3', 'index.html'))).toBe(c.line.endsWith('[empty-deck]'));
      const checked = await run(root, 'check');
      expect(checked.code, checked.stdout).toBe(0);
      expect(checked.lines.filter((l) => l.includes('week3'))).toEqual([c.line]);
      expect((await served(root)).filter((l) => l.includes('week3'))).toEqual([c.line]);
    }, 60_000);
  }

  it('a folder of images beside flat decks, or of decks at any depth, is quiet', async () => {
    const root = project({ 'decks/img/map.png': 'PNG', 'decks/course/week-2/slides.md': DECK, 'decks/course/week-2/notes.docx': 'PK' });
    const built = await run(root, 'build', '--format', 'html');
    expect(built.code).toBe(0);
    expect(built.stderr).not.toMatch(/not-a-deck|empty-deck/);
    expect(fs.existsSync(path.join(root, 'dist', 'c', 'course-week-2-slides', 'index.html'))).toBe(true);
  });

  it('a project whose only folder holds no deck says so beside "no decks found"', async () => {
    const root = project({});
    fs.rmSync(path.join(root, 'decks', 'week1'), { recursive: true });
    fs.mkdirSync(path.join(root, 'decks', 'week1'));
    fs.writeFileSync(path.join(root, 'decks', 'week1', 'slides.txt'), '## A slide\n');
    const built = await run(root, 'build', '--format', 'html');
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('decks/week1: warning: no index.md in this folder, so it is not a deck (rename slides.txt to index.md) [not-a-deck]');
    expect(built.stderr).toMatch(/^decks: error: no decks found/m);
  });
});
