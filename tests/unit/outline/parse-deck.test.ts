// A deck file's text → front matter, dialect and slides: errors stop parsing, an empty deck is a warning.
import { describe, expect, it } from 'vitest';
import { parseDeck, slugForFile } from '../../../src/outline/parse-deck.js';

describe('slugForFile', () => {
  it.each([
    ['/c/decks/intro.md', 'intro'],
    ['/c/decks/week-3/index.md', 'week-3'],
    ['/c/decks/notes.markdown', 'notes'],
  ])('%s → %s', (file, slug) => expect(slugForFile(file)).toBe(slug));
});

describe('parseDeck', () => {
  it('picks each dialect from the text', () => {
    expect(parseDeck('/d/a.md', '---\ntitle: A\n---\n## One\n## Two').dialect).toBe('outline');
    expect(parseDeck('/d/a.md', 'one\n\n---\n\ntwo').dialect).toBe('reveal');
    expect(parseDeck('/d/a.md', '---\nmarp: true\nbackgroundColor: #fff\n---\n# A\n\n---\n\n# B').dialect).toBe('marp');
  });
  it('reads Marp front matter with loose YAML (a bare #colour is a string)', () => {
    const deck = parseDeck('/d/a.md', '---\nmarp: true\nbackgroundColor: #fff\n---\nx');
    expect(deck.diagnostics).toEqual([]);
    expect(deck.frontMatter.backgroundColor).toBe('#fff');
  });
  it('lets front matter win over defaults from outside the deck', () => {
    const deck = parseDeck('/d/a.md', '---\nseparator: "^===$"\n---\na\n===\nb', 'a', { separator: '^~~~$', verticalSeparator: '^\\+\\+$' });
    expect(deck.frontMatter.separator).toBe('^===$');
    expect(deck.frontMatter.verticalSeparator).toBe('^\\+\\+$');
    expect(deck.slides).toHaveLength(2);
  });
  it('stops at an error: no slides, the outline dialect, the error kept', () => {
    const deck = parseDeck('/d/a.md', '## A\n<!-- never closed');
    expect(deck.slides).toEqual([]);
    expect(deck.dialect).toBe('outline');
    expect(deck.diagnostics).toMatchObject([{ line: 2, severity: 'error' }]);
  });
  it('refuses an exponential separator at its front matter line', () => {
    const deck = parseDeck('/d/a.md', '---\ntitle: x\nseparator: "^(a+)+$"\n---\nbody');
    expect(deck.diagnostics).toMatchObject([{ line: 3, severity: 'error', message: expect.stringContaining('exponential') }]);
  });
  it.each([
    ['', 'is empty'],
    ['  \n', 'is empty'],
    ['---\ntitle: T\n---\n\n', 'has front matter but nothing below it'],
  ])('warns that %j is only a title slide', (text, words) => {
    const deck = parseDeck('/d/a.md', text);
    expect(deck.diagnostics).toMatchObject([{ severity: 'warning', rule: 'empty-deck', message: expect.stringContaining(words) }]);
    expect(deck.slides).toHaveLength(1);
  });
  it('gives the slug, file and folder', () => {
    expect(parseDeck('/d/x/index.md', '## A')).toMatchObject({ slug: 'x', file: '/d/x/index.md', dir: '/d/x' });
  });
});
