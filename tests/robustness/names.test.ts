// Issue 27's name and flood probes, run in-process: see harness.ts for what every probe must hold to.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDir } from '../helpers.js';
import { runProbe, sandbox, type Sandbox } from './harness.js';
import { nameProbes, UNKNOWN_KEYS } from './name-probes.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});

describe('names and floods', () => {
  for (const probe of nameProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined));

  it('5,000 unknown keys in a class file: ten errors and one line counting the rest', async () => {
    const root = tempDir('lectern-flood-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.mkdirSync(path.join(root, 'classes'));
    fs.writeFileSync(path.join(root, 'decks', 'a.md'), '---\ntitle: T\n---\n\n## One\n');
    fs.writeFileSync(path.join(root, 'classes', 'c.yaml'), `name: C\n${Array.from({ length: 5000 }, (_, i) => `k${i}: 1`).join('\n')}\n`);
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    const code = await main(['build', '--format', 'html'], { cwd: root, logger, stdout: () => {} });
    expect(code).toBe(1);
    expect(lines.filter((l) => /^classes\/c\.yaml:\d+:\d+: error: /.test(l))).toHaveLength(10);
    expect(lines).toContain('classes/c.yaml: error: … and 4,990 more errors in this file (fix the ones above first)');
    expect(lines.length).toBeLessThan(15);
  });

  it('20,000 unknown front-matter keys in a deck (each an error in an outline deck): ten lines and a count', async () => {
    const root = tempDir('lectern-flood-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.writeFileSync(path.join(root, 'decks', 'a.md'), `---\ntitle: T\n${UNKNOWN_KEYS}\n---\n\n## One\n\nx\n\nNote: n.\n`);
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    const code = await main(['build', '--format', 'html'], { cwd: root, logger, stdout: () => {} });
    expect(code).toBe(1);
    expect(lines.filter((l) => /^decks\/a\.md:\d+:\d+: error: /.test(l))).toHaveLength(10);
    expect(lines.join('\n')).toMatch(/^decks\/a\.md: error: … and 19,990 more errors in this file/m);
    expect(lines.length).toBeLessThan(20);
  });
});
