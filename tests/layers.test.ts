// The layers of src/ as .dependency-cruiser.cjs writes them down, and the rule that only the CLI touches the process.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const depcruise = path.join(repoRoot, 'node_modules', '.bin', 'depcruise');

describe('the layers of src/', () => {
  it('hold: no import up a layer, no import circle (type imports included)', () => {
    const run = () => execFileSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run).not.toThrow();
  });

  it('are what the checker reads: an import up a layer is reported', () => {
    // A module of the lowest layer importing the top one: the config must catch it, or the check above proves nothing.
    const probe = path.join(repoRoot, 'src', 'paths', 'layer-probe.ts');
    fs.writeFileSync(probe, "import '../commands/build.js';\n");
    try {
      const run = spawnSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: repoRoot, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/layer-base: src\/paths\/layer-probe\.ts → src\/commands\/build\.ts/);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });

  it('leave the process to cli/, commands/ and bin/: nothing else reads its environment, cwd or signals', () => {
    const offenders: string[] = [];
    for (const file of fs.readdirSync(path.join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || /^(cli|commands)[\\/]/.test(file) || file === 'cli.ts') continue;
      const text = fs.readFileSync(path.join(repoRoot, 'src', file), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/(?<![\w$.-])process\.[a-z]/i.test(line.replace(/\/\/.*$/, ''))) offenders.push(`src/${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
