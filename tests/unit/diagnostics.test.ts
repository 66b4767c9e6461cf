// Diagnostics: the one-line `file:line:col: severity: message [rule]` format, positions, sorting, "did you mean".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  closest, DeckError, didYouMean, error, fileError, fileWarning, formatDiagnostic, hasErrors, positionAt, relativePath, sortDiagnostics, warning,
} from '../../src/diagnostics.js';

const cwd = path.resolve('/course');

describe('formatDiagnostic', () => {
  it.each([
    [error('/course/decks/a.md', 12, 3, 'bad thing', 'overflow'), 'decks/a.md:12:3: error: bad thing [overflow]'],
    [warning('/course/decks/a.md', 4, undefined, 'hm'), 'decks/a.md:4:1: warning: hm'],
    [fileError('/course/classes/x.yaml', 'broken'), 'classes/x.yaml: error: broken'],
    [fileWarning('/course/decks/week3', 'no deck', 'not-a-deck'), 'decks/week3: warning: no deck [not-a-deck]'],
    [error('/elsewhere/a.md', 1, 1, 'outside'), '/elsewhere/a.md:1:1: error: outside'],
  ])('%# writes %j as one line', (d, line) => expect(formatDiagnostic(d, cwd)).toBe(line));
});

describe('relativePath', () => {
  it('is relative below cwd and absolute elsewhere (never "../")', () => {
    expect(relativePath('/course/decks/a.md', cwd)).toBe('decks/a.md');
    expect(relativePath('/other/a.md', cwd)).toBe('/other/a.md');
    expect(relativePath('/course', cwd)).toBe('/course');
  });
});

describe('positionAt', () => {
  const text = 'ab\ncde\n\nf';
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [8, 4, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => expect(positionAt(text, offset)).toEqual({ line, column }));
});

describe('sortDiagnostics and hasErrors', () => {
  it('orders by file, then line, then column, leaving the input alone', () => {
    const input = [error('b.md', 1, 1, 'x'), error('a.md', 10, 2, 'y'), warning('a.md', 2, 5, 'z'), error('a.md', 2, 1, 'w'), fileError('a.md', 'v')];
    const sorted = sortDiagnostics(input);
    expect(sorted.map((d) => `${d.file}:${d.line ?? '-'}:${d.column ?? '-'}`)).toEqual(['a.md:-:-', 'a.md:2:1', 'a.md:2:5', 'a.md:10:2', 'b.md:1:1']);
    expect(input[0]!.file).toBe('b.md');
  });
  it('finds errors, not warnings', () => {
    expect(hasErrors([warning('a', 1, 1, 'x')])).toBe(false);
    expect(hasErrors([warning('a', 1, 1, 'x'), fileError('a', 'y')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});

describe('closest and didYouMean', () => {
  const layouts = ['default', 'center', 'source', 'image'];
  it.each([
    ['centre', 'center'],
    ['Sourse', 'source'],
    ['imag', 'image'],
    ['defualt', 'default'],
  ])('"%s" suggests "%s"', (word, guess) => expect(closest(word, layouts)).toBe(guess));
  it('suggests nothing for a word far from every candidate', () => expect(closest('wallpaper', layouts)).toBeUndefined());
  it('lists the known words when none is close, and says nothing when there are none', () => {
    expect(didYouMean('centre', layouts)).toBe(' (did you mean "center"?)');
    expect(didYouMean('wallpaper', layouts)).toBe(' (known: default, center, source, image)');
    expect(didYouMean('x', [])).toBe('');
  });
});

describe('DeckError', () => {
  it('carries its diagnostics and prints them as its message', () => {
    const e = new DeckError([error('/x/a.md', 2, 3, 'first'), fileError('/x/b.md', 'second')]);
    expect(e.name).toBe('DeckError');
    expect(e.diagnostics).toHaveLength(2);
    expect(e.message.split('\n')).toHaveLength(2);
    expect(e.message).toMatch(/a\.md:2:3: error: first/);
  });
});
