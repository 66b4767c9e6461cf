// npm run bench:serve: only serve's save → new text in the page figure (BENCH_SAVES saves, default 20; BENCH_CLI
// another build's bin/lectern.js, to compare against it under the same load).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../src/export/find-browser.js';
import { measureServe } from './bench/serve.js';

const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-serve-'));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average at start: ${load()}`);
try {
  const times = await measureServe(process.env.BENCH_CLI ?? path.join(root, 'bin', 'lectern.js'), path.join(work, 'serve'), await findBrowser(process.env), Number(process.env.BENCH_SAVES ?? 20));
  console.log(`serve, 30-slide deck, file write → new text in the page (${times.length} saves): p50 ${Math.round(pct(times, 50))} ms, p95 ${Math.round(pct(times, 95))} ms`);
  console.log(`all: ${times.map(Math.round).join(' ')}`);
  console.log(`load average at end: ${load()}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
