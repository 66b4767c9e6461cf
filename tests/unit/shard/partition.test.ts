// `--shard i/n`: parsing, and a partition of jobs that depends on each job's own name only.
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../../src/shard/partition.js';

describe('parseShard', () => {
  it.each([['1/1', { index: 1, count: 1 }], ['3/8', { index: 3, count: 8 }], [' 2/2 ', { index: 2, count: 2 }]])('%j → %j', (text, shard) => expect(parseShard(text)).toEqual(shard));
  it.each(['0/3', '4/3', '1/0', '1-3', 'a/b', '1/3/5', ''])('%j is refused', (text) => expect(parseShard(text)).toBeUndefined());
});

describe('shardOf and inShard', () => {
  const jobs = Array.from({ length: 40 }, (_, i) => ({ dir: `class-${i % 3}/deck-${i}` }));
  it('puts every job in exactly one shard, each shard getting some', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard(jobs, { index, count: 4 }));
    expect(shards.flat().map((j) => j.dir).sort()).toEqual(jobs.map((j) => j.dir).sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(0);
  });
  it('keeps a job\'s shard when other jobs come and go', () => {
    const before = shardOf('intro/cells', 5);
    expect(inShard([...jobs, { dir: 'intro/cells' }], { index: before, count: 5 }).map((j) => j.dir)).toContain('intro/cells');
    expect(shardOf('intro/cells', 5)).toBe(before);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThanOrEqual(5);
  });
  it('keeps every job without a shard, in a copy', () => {
    const all = inShard(jobs, undefined);
    expect(all).toEqual(jobs);
    expect(all).not.toBe(jobs);
  });
});
