// Issue 27's script-through-links probes, run in-process: see harness.ts for what every probe must hold to.
import { beforeAll, describe, it } from 'vitest';
import { runProbe, sandbox, type Sandbox } from './harness.js';
import { unsafeUrlProbes } from './unsafe-url-probes.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});

describe('no script through a link', () => {
  for (const probe of unsafeUrlProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined));
});
