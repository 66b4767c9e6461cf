// Issue 8's hostile inputs and faults, run in-process: see harness.ts for what every probe must hold to.
import { beforeAll, describe, expect, it } from 'vitest';
import { runProbe, sandbox, type Sandbox } from './harness.js';
import { probes } from './probes.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});

describe('hostile projects', () => {
  it('has at least 120 probes with distinct names', () => {
    expect(probes.length).toBeGreaterThanOrEqual(120);
    expect(new Set(probes.map((p) => p.name)).size).toBe(probes.length);
  });
  for (const probe of probes) it(probe.name, () => runProbe(probe, box).then(() => undefined));
});
