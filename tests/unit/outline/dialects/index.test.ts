// Which dialect reads a deck: Marp when it says so, Slidev by its headmatter, reveal.js when it uses separators, else the outline.
import { describe, expect, it } from 'vitest';
import { dialectNamed, dialectOf, dialects } from '../../../../src/outline/dialects/index.js';

const of = (body: string, frontMatter = {}, text?: string) => dialectOf({ file: 'd.md', frontMatter, body, bodyLine: 1, text }).name;

describe('dialectOf', () => {
  it.each([
    ['## A\ntext', {}, 'outline'],
    ['a\n\n---\n\nb', {}, 'reveal'],
    ['## A', { separator: '^===$' }, 'reveal'],
    ['a\n\n---\n\nb', { marp: true }, 'marp'],
    ['<!-- headingDivider: 2 -->\n## A', {}, 'marp'],
  ])('%j %j → %s', (body, fm, name) => expect(of(body, fm)).toBe(name));
  it('reads a Slidev deck from its whole text (its headmatter is its first slide front matter)', () => {
    expect(of('# A\n\n---\n\n# B', {}, '---\nlayout: cover\nhighlighter: shiki\n---\n# A\n\n---\n\n# B')).toBe('slidev');
    expect(of('# A\n\n---\n\n# B', {}, '---\ntheme: black\n---\n# A\n\n---\n\n# B')).toBe('reveal');
  });
  it('tries marp, quarto, slidev, reveal, outline in that order and names each', () => {
    expect(dialects.map((d) => d.name)).toEqual(['marp', 'quarto', 'slidev', 'reveal', 'outline']);
    for (const d of dialects) expect(dialectNamed(d.name)).toBe(d);
    expect(dialects.map((d) => d.outlined)).toEqual([false, false, false, false, true]);
  });
});
