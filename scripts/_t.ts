import { performance } from 'node:perf_hooks';
import { build } from '../src/build.js';
import { stderrLogger } from '../src/log.js';
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await build({ root: process.cwd(), outDir: '/tmp/bdist', formats: new Set(['html', 'pdf']), classes: ['cold-war-survey'], logger: stderrLogger, export: { concurrency: Number(process.env.C ?? 2) } });
  console.log('total', Math.round(performance.now() - t), 'export', Math.round(r.exportMs));
}
