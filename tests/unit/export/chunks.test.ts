// Large decks print in chunks of top-level slides that cover every slide once, the last running to the end.
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../../src/export/chunks.js';

describe('chunkRanges', () => {
  it.each<[number, number, [number, number][]]>([
    [10, 10, [[0, 5], [5, 1e9]]],
    [301, 301, [[0, 151], [151, 1e9]]],
    [1000, 1000, [[0, 200], [200, 400], [400, 600], [600, 800], [800, 1e9]]],
    [3, 900, [[0, 1], [1, 2], [2, 1e9]]],
    [1, 500, [[0, 1e9]]],
  ])('%i top-level slides of %i → %j', (top, total, ranges) => expect(chunkRanges(top, total)).toEqual(ranges));
  it('covers 0 … n without gaps or overlaps for any size', () => {
    for (const top of [2, 7, 299, 450, 1201]) {
      const ranges = chunkRanges(top, top * 2);
      ranges.forEach(([from], i) => expect(from).toBe(i === 0 ? 0 : ranges[i - 1]![1]));
      expect(ranges.at(-1)![0]).toBeLessThan(top);
    }
  });
});
