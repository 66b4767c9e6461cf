// Web links as paper prints them: targets without the scheme, once each, none for self-describing links.
import { describe, expect, it } from 'vitest';
import { webLinks } from '../../../src/render/print-links.js';

describe('webLinks', () => {
  it.each<[string, string | undefined, string[] | null]>([
    ['<p>no links</p>', undefined, null],
    ['<a href="https://example.org/a">docs</a>', undefined, ['example.org/a']],
    ['<a href="https://example.org/a">https://example.org/a</a>', undefined, null],
    ['<a href="https://x.org">one</a> <a href="https://x.org" target="_blank">two</a>', undefined, ['x.org']],
    ['<a href="#/slide">inner</a> <a href="mailto:a@b.c">mail</a>', undefined, null],
    ['<a href="http://y.org/p?q=1&amp;r=2"><em>y</em></a>', 'https://src.org/book', ['src.org/book', 'y.org/p?q=1&amp;r=2']],
    ['', 'https://src.org/a&b', ['src.org/a&#38;b']],
  ])('%j (source %s) → %j', (html, source, links) => expect(webLinks(html, source)).toEqual(links));
});
