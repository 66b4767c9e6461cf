// Which dialect reads a deck: Marp when it says so, reveal.js when it uses separators, else the outline.
import { describe, expect, it } from 'vitest';
import { dialectNamed, dialectOf, dialects } from '../../../../src/outline/dialects/index.js';

const of = (body: string, frontMatter = {}) => dialectOf({ file: 'd.md', frontMatter, body, bodyLine: 1 }).name;

describe('dialectOf', () => {
  it.each([
    ['## A\ntext', {}, 'outline'],
    ['a\n\n---\n\nb', {}, 'reveal'],
    ['## A', { separator: '^===$' }, 'reveal'],
    ['a\n\n---\n\nb', { marp: true }, 'marp'],
    ['<!-- headingDivider: 2 -->\n## A', {}, 'marp'],
  ])('%j %j → %s', (body, fm, name) => expect(of(body, fm)).toBe(name));
  it('tries marp, reveal, outline in that order and names each', () => {
    expect(dialects.map((d) => d.name)).toEqual(['marp', 'reveal', 'outline']);
    for (const d of dialects) expect(dialectNamed(d.name)).toBe(d);
    expect(dialects.map((d) => d.outlined)).toEqual([false, false, true]);
  });
});
