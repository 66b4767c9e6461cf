// build --shard I/N and lectern merge: a stable, complete partition, and a merge equal to one full build.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.js';
import { mergeShards } from '../src/shard/merge.js';
import { inShard, parseShard, shardOf } from '../src/shard/partition.js';
import { buildProject, tempProject } from './helpers.js';
import { processHost } from '../src/cli/host.js';

describe('shards', () => {
  it('parses I/N and rejects what is not a part of a whole', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    for (const bad of ['0/8', '9/8', '3', '3/0', 'a/b', '-1/2']) expect(parseShard(bad)).toBeUndefined();
  });

  it('puts every job in exactly one shard, and adding a deck moves no other job', () => {
    const jobs = Array.from({ length: 40 }, (_, i) => ({ dir: `class-${i % 3}/lecture-${i}` }));
    for (const count of [1, 2, 3, 8]) {
      const parts = Array.from({ length: count }, (_, i) => inShard(jobs, { index: i + 1, count }));
      expect(parts.flat().map((j) => j.dir).sort()).toEqual(jobs.map((j) => j.dir).sort());
      expect(new Set(parts.flat()).size).toBe(jobs.length);
    }
    const before = new Map(jobs.map((j) => [j.dir, shardOf(j.dir, 8)]));
    const more = [...jobs, { dir: 'class-0/lecture-new' }];
    for (const j of jobs) expect(shardOf(j.dir, 8)).toBe(before.get(j.dir));
    expect(inShard(more, { index: shardOf('class-0/lecture-new', 8), count: 8 }).map((j) => j.dir)).toContain('class-0/lecture-new');
  });

  it('merges shard outputs into the manifest, index pages and files of a full build', async () => {
    const root = tempProject();
    const count = 3;
    const shardDirs = Array.from({ length: count }, (_, i) => path.join(root, `shard-${i + 1}`));
    let built = 0;
    for (let i = 0; i < count; i++) {
      const result = await buildProject(root, ['html'], { outDir: shardDirs[i]!, shard: { index: i + 1, count }, cache: false });
      expect(result.ok).toBe(true);
      built += result.decks;
    }
    const full = await buildProject(root, ['html'], { outDir: path.join(root, 'full'), cache: false });
    expect(built).toBe(full.decks);

    const merged = mergeShards(shardDirs, path.join(root, 'merged'), { root }, processHost());
    expect(merged.diagnostics).toEqual([]);
    const read = (dir: string, rel: string) => fs.readFileSync(path.join(root, dir, rel), 'utf8');
    expect(JSON.parse(read('merged', 'manifest.json'))).toEqual(JSON.parse(read('full', 'manifest.json')));
    expect(read('merged', 'index.html')).toBe(read('full', 'index.html'));
    for (const c of full.manifest!.classes) expect(read('merged', c.index)).toBe(read('full', c.index));
    const files = (dir: string) => fs.readdirSync(path.join(root, dir), { recursive: true }).map(String).sort();
    expect(files('merged')).toEqual(files('full'));
  });

  it('names a missing shard and leaves the output folder alone', async () => {
    const root = tempProject();
    const dirs = [1, 2].map((i) => path.join(root, `shard-${i}`));
    for (const [i, dir] of dirs.entries()) await buildProject(root, ['html'], { outDir: dir, shard: { index: i + 1, count: 3 }, cache: false });
    const merged = mergeShards(dirs, path.join(root, 'merged'), { root }, processHost());
    expect(merged.manifest).toBeUndefined();
    expect(merged.diagnostics.map((d) => formatDiagnostic(d, root))).toEqual(["merge:1:1: error: shard 3/3 missing: pass every shard's output folder"]);
    expect(fs.existsSync(path.join(root, 'merged'))).toBe(false);
  });
});
