// Which URLs name project files, and where dist/ keeps them: beside the deck, or under _project/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetTarget, isLocalUrl, isSitePath, rewriteUrl, urlPath } from '../../../src/paths/asset-target.js';

const root = path.resolve('/course');
const deckDir = path.join(root, 'decks', 'week1');

describe('isLocalUrl and isSitePath', () => {
  it.each([
    ['img/x.png', true, false],
    ['../shared/x.png', true, false],
    ['https://example.org/x.png', false, false],
    ['//cdn.example.org/x.png', false, false],
    ['data:image/png;base64,AAAA', false, false],
    ['mailto:a@b.c', false, false],
    ['#/slide-2', false, false],
    ['/Syllabus/x.html', false, true],
    ['', false, false],
  ])('%j: local %s, site path %s', (url, local, site) => {
    expect(isLocalUrl(url)).toBe(local);
    expect(isSitePath(url)).toBe(site);
  });
});

describe('urlPath', () => {
  it('drops query and fragment and decodes escapes', () => expect(urlPath('my%20img.png?v=2#x')).toBe('my img.png'));
  it('gives undefined for a malformed escape', () => expect(urlPath('bad%zz.png')).toBeUndefined());
});

describe('assetTarget', () => {
  it.each([
    ['img/a.png', 'img/a.png'],
    ['./a.png', 'a.png'],
    ['../shared/a.png', '_project/decks/shared/a.png'],
    ['../../figures/b.svg', '_project/figures/b.svg'],
  ])('%s → %s', (rel, target) => expect(assetTarget(root, deckDir, rel)).toBe(target));
});

describe('rewriteUrl', () => {
  it.each([
    ['img/a.png', 'img/a.png'],
    ['../shared/a b.png?x=1#f', '_project/decks/shared/a%20b.png?x=1#f'],
    ['https://example.org/a.png', 'https://example.org/a.png'],
    ['bad%zz.png', 'bad%zz.png'],
  ])('%s → %s', (url, out) => expect(rewriteUrl(root, deckDir, url)).toBe(out));
});
