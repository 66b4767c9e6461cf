// `--profile` and DEBUG=lectern:time / lectern:trace: the phases the run measured (profile.ts), summed or as they end.
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { PHASE } from '../profile.js';
import { debugEnabled } from '../log.js';

/** Node's start-up and Lectern's imports until now, as the first phase; call once as a command starts. */
export function recordStartup(): void {
  performance.measure(`${PHASE}node start + imports`, { start: 0, end: performance.now() });
}

/** Whether this run prints its profile: `--profile`, or DEBUG=lectern:time. */
export function profileWanted(flag: boolean | undefined, debugPattern: string): boolean {
  return Boolean(flag) || debugEnabled('lectern:time', debugPattern);
}

/** DEBUG=lectern:trace: each span printed as it ends, with its start (ms since the process started): what overlaps. */
export function traceSpans(debugPattern: string, write: (line: string) => void): () => void {
  if (!debugEnabled('lectern:trace', debugPattern)) return () => {};
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.startsWith(PHASE)) write(`[${e.startTime.toFixed(0).padStart(6)} ms → ${(e.startTime + e.duration).toFixed(0).padStart(6)} ms] ${e.name.slice(PHASE.length)}`);
    }
  });
  observer.observe({ entryTypes: ['measure'] });
  return () => observer.disconnect();
}

/** The phases in the order they first ran, with the time since the process started. */
export function profileReport(): string[] {
  const phases = new Map<string, { ms: number; count: number }>();
  for (const e of performance.getEntriesByType('measure')) {
    if (!e.name.startsWith(PHASE)) continue;
    const p = phases.get(e.name) ?? { ms: 0, count: 0 };
    p.ms += e.duration;
    p.count++;
    phases.set(e.name, p);
  }
  const lines = [...phases].map(([name, p]) => `  ${name.slice(PHASE.length).padEnd(34)} ${(p.ms / 1000).toFixed(3).padStart(8)} s${p.count > 1 ? `  (${p.count}×)` : ''}`);
  return ['profile (parallel work adds up beyond the wall time):', ...lines, `  ${'total since process start'.padEnd(34)} ${(performance.now() / 1000).toFixed(3).padStart(8)} s`];
}
