// Files read into dist/ must lie inside the project, lexically and after symlinks; bad escapes never throw.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveInside, safeDecodeURI } from '../../../src/paths/inside.js';
import { tempDir } from '../../helpers.js';

describe('isInside', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b', '/a/b/c/d.png', true],
    ['/a/b', '/a/bc', false],
    ['/a/b', '/a', false],
    ['/a/b', '/a/b/../c', false],
  ])('%s holds %s: %s', (root, file, yes) => expect(isInside(root, file)).toBe(yes));
});

describe('resolveInside', () => {
  const root = tempDir('lectern-inside-');
  const outside = tempDir('lectern-outside-');
  fs.mkdirSync(path.join(root, 'decks', 'img'), { recursive: true });
  fs.writeFileSync(path.join(root, 'decks', 'img', 'a.png'), 'x');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'decks', 'link.png'));
  const base = path.join(root, 'decks');

  it('resolves a file inside the root to its real path', () => {
    expect(resolveInside(root, base, 'img/a.png')).toEqual({ ok: true, file: fs.realpathSync(path.join(base, 'img', 'a.png')) });
  });
  it.each([
    ['../../etc/passwd', 'outside'],
    ['link.png', 'outside'],
    ['img/none.png', 'missing'],
    ['img', 'folder'],
    ['a\0b', 'invalid'],
  ])('refuses %j as %s', (rel, reason) => expect(resolveInside(root, base, rel)).toMatchObject({ ok: false, reason }));
});

describe('safeDecodeURI', () => {
  it('decodes, and gives undefined instead of throwing', () => {
    expect(safeDecodeURI('a%20b')).toBe('a b');
    expect(safeDecodeURI('100%')).toBeUndefined();
  });
});
