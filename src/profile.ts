// Where a run's time goes: each phase becomes a measure on Node's performance timeline, which the command sums up
// for `--profile` (cli/profile-report.ts); this module keeps nothing of its own.
import { performance } from 'node:perf_hooks';

/** Measures on the timeline that are Lectern's phases carry this prefix. */
export const PHASE = 'lectern:';

/** Runs `fn` as a span of `phase` (spans of one phase add up; phases that run in parallel pages overlap). */
export function timed<T>(phase: string, fn: () => T): T {
  const start = performance.now();
  const done = () => void performance.measure(PHASE + phase, { start, end: performance.now() });
  const result = fn();
  if (result instanceof Promise) return result.finally(done) as T;
  done();
  return result;
}
