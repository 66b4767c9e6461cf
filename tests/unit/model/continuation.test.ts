// Long lists continue on "(cont.)" slides: even parts, text before and after kept, notes shared out in order.
import { describe, expect, it } from 'vitest';
import { splitLongLists } from '../../../src/model/continuation.js';
import type { Slide } from '../../../src/model/deck.js';

function slide(body: string, notes = ''): Slide {
  return { id: 's', kind: 'content', layout: 'default', title: 'Steps', heading: 'Steps', headingLevel: 2, body, bodyLines: [], handout: 'read', notes, attributes: { only: [], except: [], classes: [], section: {} }, line: 1, children: [] };
}
const items = (n: number) => Array.from({ length: n }, (_, i) => `- item ${i + 1}`).join('\n');

describe('splitLongLists', () => {
  it('leaves a slide that fits, a slide with no list and a zero budget alone', () => {
    expect(splitLongLists(slide(items(5)), 9)).toHaveLength(1);
    expect(splitLongLists(slide('para\n\n'.repeat(20)), 9)).toHaveLength(1);
    expect(splitLongLists(slide(items(30)), 0)).toHaveLength(1);
  });
  it.each([[10, 9, [5, 5]], [14, 9, [7, 7]], [19, 9, [7, 6, 6]], [27, 9, [9, 9, 9]]])('%i items at %i lines → %j', (n, max, sizes) => {
    const parts = splitLongLists(slide(items(n)), max);
    expect(parts.map((p) => p.body.split('\n').filter((l) => l.startsWith('- ')).length)).toEqual(sizes);
    expect(parts.map((p) => p.continued)).toEqual(sizes.map((_, i) => ({ part: i + 1, of: sizes.length })));
  });
  it('marks continuations in title and heading with the language\'s word, keeps the handout on the first', () => {
    const parts = splitLongLists(slide(items(12)), 9, '(Forts.)');
    expect(parts.map((p) => p.title)).toEqual(['Steps', 'Steps (Forts.)']);
    expect(parts.map((p) => p.heading)).toEqual(['Steps', 'Steps (Forts.)']);
    expect(parts.map((p) => p.handout)).toEqual(['read', '']);
  });
  it('keeps text before the list on the first part and after it on the last', () => {
    const parts = splitLongLists(slide(`Intro line\n\n${items(12)}\n\nClosing line`), 9);
    expect(parts[0]!.body.startsWith('Intro line')).toBe(true);
    expect(parts.at(-1)!.body.endsWith('Closing line')).toBe(true);
    expect(parts.filter((p) => p.body.includes('Intro') || p.body.includes('Closing'))).toHaveLength(2);
  });
  it('shares the notes\' paragraphs out in order, marking continued shares', () => {
    const parts = splitLongLists(slide(items(12), 'one\n\ntwo\n\nthree\n\nfour'), 9);
    expect(parts.map((p) => p.notes)).toEqual(['one\n\ntwo', '(cont.) three\n\nfour']);
  });
  it('counts a long item as several lines', () => {
    const long = `- ${'word '.repeat(40)}`;
    expect(splitLongLists(slide([long, long, long, long].join('\n')), 9).length).toBeGreaterThan(1);
  });
});
