// Issue 27: no page Lectern opens reads a file outside the project (see outside-probes.ts), on every output.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProbe, sandbox, type Sandbox } from './harness.js';
import { outsideFiles, outsideProbes } from './outside-probes.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  for (const [name, text] of Object.entries(outsideFiles(box.secret))) fs.writeFileSync(path.join(box.dir, name), text);
});

describe('a deck cannot print a file from outside the project', () => {
  it('has a probe for every way in, with distinct names', () => {
    const probes = outsideProbes('x');
    expect(probes.length).toBeGreaterThanOrEqual(45);
    expect(new Set(probes.map((p) => p.name)).size).toBe(probes.length);
  });
  for (const probe of outsideProbes('$MARKER')) {
    it(probe.name, async () => {
      const real = outsideProbes(box.secret).find((p) => p.name === probe.name)!;
      await runProbe(real, box);
    }, 120_000);
  }
});
