// Issue 27's symlink and special-file probes, run in-process: see harness.ts for what every probe must hold to.
import { beforeAll, describe, it } from 'vitest';
import { runProbe, sandbox, type Sandbox } from './harness.js';
import { linkProbes } from './link-probes.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});

describe('links and special files', () => {
  for (const probe of linkProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined));
});
