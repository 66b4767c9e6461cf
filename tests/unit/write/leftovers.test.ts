// What killed runs leave beside dist/: the lock, staging and half-swapped folders, told dead from running by pid.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../src/diagnostics.js';
import { hasLeftovers, isAlive, lockOutput, sweepOutput, type Processes } from '../../../src/write/leftovers.js';
import { tempDir } from '../../helpers.js';

/** A pid no process has (far above Linux's default pid_max). */
const DEAD = 99_999_999;
/** Another build that is running. */
const RUNNING = 4242;
/** This process, as the sweep sees it: its own id, and which other ids are alive. */
const host: Processes = { pid: 1000, alive: (pid) => pid === RUNNING };

describe('isAlive', () => {
  it.each([[1000, true], [RUNNING, true], [DEAD, false], [0, false], [-1, false], [1.5, false]])('%d → %s', (pid, alive) => expect(isAlive(pid, host)).toBe(alive));
});

describe('sweepOutput and hasLeftovers', () => {
  it('brings back a dist/ lost mid-swap from the newest dead .old-* copy and removes dead runs\' folders', () => {
    const dir = tempDir('lectern-sweep-');
    const out = path.join(dir, 'dist');
    for (const [name, mtime] of [[`dist.old-${DEAD}-a`, 1000], [`dist.old-${DEAD}-b`, 2000], [`dist.staging-${DEAD}-c`, 0], [`dist.staging-${RUNNING}-d`, 0], ['dist.staging-notapid', 0]] as const) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'which'), name);
      if (mtime) fs.utimesSync(path.join(dir, name), mtime, mtime);
    }
    expect(hasLeftovers(out)).toBe(true);
    sweepOutput(out, host);
    expect(fs.readFileSync(path.join(out, 'which'), 'utf8')).toBe(`dist.old-${DEAD}-b`);
    expect(fs.readdirSync(dir).sort()).toEqual(['dist', `dist.staging-${RUNNING}-d`, 'dist.staging-notapid']);
  });
  it('finds nothing beside a clean dist/', () => {
    const dir = tempDir('lectern-sweep-');
    fs.mkdirSync(path.join(dir, 'dist'));
    expect(hasLeftovers(path.join(dir, 'dist'))).toBe(false);
  });
});

describe('lockOutput', () => {
  it('locks once, takes over a dead holder\'s lock, and releases', () => {
    const out = path.join(tempDir('lectern-lock-'), 'dist');
    fs.writeFileSync(`${out}.lock`, String(DEAD));
    const release = lockOutput(out, host);
    expect(fs.readFileSync(`${out}.lock`, 'utf8')).toBe(String(host.pid));
    release();
    expect(fs.existsSync(`${out}.lock`)).toBe(false);
  });
  it('refuses a folder a live process holds, naming it', () => {
    const out = path.join(tempDir('lectern-lock-'), 'dist');
    fs.writeFileSync(`${out}.lock`, String(RUNNING));
    expect(() => lockOutput(out, host)).toThrow(DeckError);
    expect(() => lockOutput(out, host)).toThrow(`another build is running into this folder (process ${RUNNING})`);
  });
});
