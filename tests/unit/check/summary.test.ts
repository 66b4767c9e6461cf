// Build's summary of warnings: several findings of a summarisable rule become one line; errors stay listed.
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../../src/diagnostics.js';
import { ruleSummaries, summariseWarnings } from '../../../src/check/summary.js';

const notes = (n: number) => Array.from({ length: n }, (_, i) => warning('a.md', i + 1, 1, 'no notes', 'missing-notes'));

describe('summariseWarnings and ruleSummaries', () => {
  it('lists a single finding in full and sums up none', () => {
    expect(summariseWarnings(notes(1))).toHaveLength(1);
    expect(ruleSummaries(notes(1))).toEqual([]);
  });
  it('sums up several findings of one rule in one line', () => {
    const all = [...notes(3), error('a.md', 9, 1, 'gone', 'missing-image'), warning('a.md', 1, 1, 'odd')];
    expect(summariseWarnings(all).map((d) => d.message)).toEqual(['gone', 'odd']);
    expect(ruleSummaries(all)).toEqual(['warning: 3 slides have no speaker notes [missing-notes] (lectern check lists them)']);
  });
  it('keeps listing rules whose every finding needs its own action', () => {
    const scripts = [warning('a.md', 1, 1, 's', 'script'), warning('a.md', 2, 1, 's', 'script')];
    expect(summariseWarnings(scripts)).toHaveLength(2);
    expect(ruleSummaries(scripts)).toEqual([]);
  });
  it('never sums up errors, even of a summarisable rule', () => {
    const alts = [error('a.md', 1, 1, 'x', 'image-alt'), error('a.md', 2, 1, 'y', 'image-alt')];
    expect(summariseWarnings(alts)).toHaveLength(2);
    expect(ruleSummaries(alts)).toEqual([]);
  });
});
