// `--shard i/n`: which (class, deck) jobs one CI machine builds. A job's shard depends only on its own name,
// so adding or removing a deck never moves the others to another machine.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number;
  count: number;
}

/** "3/8" → { index: 3, count: 8 }; undefined when malformed. */
export function parseShard(value: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** The shard (1-based) that builds the job `<class>/<deck>`. */
export function shardOf(jobDir: string, count: number): number {
  return (createHash('sha256').update(jobDir).digest().readUInt32BE(0) % count) + 1;
}

export function inShard<T extends { dir: string }>(jobs: readonly T[], shard: Shard | undefined): T[] {
  return shard ? jobs.filter((j) => shardOf(j.dir, shard.count) === shard.index) : [...jobs];
}
