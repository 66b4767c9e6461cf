// Where a run's time goes: phases timed for `--profile` and DEBUG=lectern:time, printed once at the end.
import { performance } from 'node:perf_hooks';
import { debugEnabled } from './log.js';

interface Phase {
  ms: number;
  count: number;
}

const phases = new Map<string, Phase>();
let enabled = debugEnabled('lectern:time');
// DEBUG=lectern:trace also prints each span as it starts and ends (ms since the process started): what overlaps.
const trace = debugEnabled('lectern:trace');

export function enableProfile(): void {
  enabled = true;
}

export function profiling(): boolean {
  return enabled;
}

/** Adds a span to a phase (phases that run in parallel pages add up to more than the wall time). */
export function record(phase: string, ms: number): void {
  if (!enabled) return;
  const p = phases.get(phase) ?? { ms: 0, count: 0 };
  p.ms += ms;
  p.count++;
  phases.set(phase, p);
}

export function timed<T>(phase: string, fn: () => T): T {
  if (!enabled && !trace) return fn();
  const t = performance.now();
  const mark = (what: string, at: number) => trace && process.stderr.write(`[${at.toFixed(0).padStart(6)} ms] ${what} ${phase}\n`);
  mark('start', t);
  const done = () => {
    const end = performance.now();
    mark('end  ', end);
    record(phase, end - t);
  };
  const result = fn();
  if (result instanceof Promise) return result.finally(done) as T;
  done();
  return result;
}

/** The phases in the order they first ran, with the time since the process started. */
export function profileReport(): string[] {
  if (!enabled) return [];
  const lines = [...phases].map(([name, p]) => `  ${name.padEnd(34)} ${(p.ms / 1000).toFixed(3).padStart(8)} s${p.count > 1 ? `  (${p.count}×)` : ''}`);
  return ['profile (parallel work adds up beyond the wall time):', ...lines, `  ${'total since process start'.padEnd(34)} ${(performance.now() / 1000).toFixed(3).padStart(8)} s`];
}

/** Called once by the CLI as a command starts: Node's start-up and Lectern's imports until now. */
export function recordStartup(): void {
  record('node start + imports', performance.now());
}
