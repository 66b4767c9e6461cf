// A course repository's tree under decks/: every Markdown deck at any depth, named by its path, assets beside it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckSlugForPath, findDecks } from '../src/config/project.js';
import { deckSlug } from '../src/plan/plan-jobs.js';
import { buildProject, fixtures, tempProject } from './helpers.js';
import { processHost } from '../src/cli/host.js';

describe('nested deck trees', () => {
  it('finds every deck at any depth, named by its path; README.md is not a deck', () => {
    const { decks } = findDecks(path.join(fixtures, 'dialects', 'nested', 'decks'));
    expect(decks.map((d) => d.slug)).toEqual(['flat', 'folder', 'lectures-week-3-slides', 'slides-01-01-intro']);
  });

  it('names a deck the same way from the command line', () => {
    expect(deckSlug('decks/lectures/week-3/slides.md')).toBe('lectures-week-3-slides');
    expect(deckSlug('decks/folder/index.md')).toBe('folder');
    expect(deckSlug('flat')).toBe('flat');
    expect(deckSlugForPath('index.md')).toBe('index');
  });

  it('builds each deck into its own folder with the images beside it', async () => {
    const root = tempProject('dialects/nested');
    const result = await buildProject(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const decks = result.manifest!.classes.flatMap((c) => c.decks.map((d) => [d.slug, d.slides]));
    expect(decks).toEqual([['flat', 2], ['folder', 2], ['lectures-week-3-slides', 2], ['slides-01-01-intro', 2]]);
    const week3 = path.join(root, 'dist', 'default', 'lectures-week-3-slides');
    expect(fs.readFileSync(path.join(week3, 'img', 'board.png'))).toEqual(fs.readFileSync(path.join(root, 'decks', 'lectures', 'week-3', 'img', 'board.png')));
  });

  it('builds one nested deck named by its file, without the others', async () => {
    const root = tempProject('dialects/nested');
    fs.writeFileSync(path.join(root, 'decks', 'flat.md'), '---\ntitle: [broken\n---\n');
    const result = await buildProject(root, ['html'], { decks: ['decks/lectures/week-3/slides.md'] });
    expect(result.ok).toBe(true);
    expect(result.manifest!.classes.flatMap((c) => c.decks.map((d) => d.slug))).toEqual(['lectures-week-3-slides']);
  });
});

describe('one deck named for check', () => {
  it('check decks/<path>.md reports that deck only, not another deck\'s errors', async () => {
    const { check } = await import('../src/check-decks.js');
    const root = tempProject('dialects/nested');
    fs.writeFileSync(path.join(root, 'decks', 'flat.md'), '---\ntitle: [broken\n---\n');
    const found = await check(root, ['decks/lectures/week-3/slides.md'], undefined, processHost());
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    const all = await check(root, [], undefined, processHost());
    expect(all.filter((d) => d.severity === 'error').map((d) => path.basename(d.file))).toEqual(['flat.md']);
  }, 120_000);
});
