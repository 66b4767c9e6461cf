// The lectern binary as a user runs it: help, one clear line per problem, exit codes, new never overwrites.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempProject } from './helpers.js';
import { main } from '../src/cli.js';

const bin = path.join(repoRoot, 'bin', 'lectern.js');

/** The compiled binary as a user runs it (only where a real process matters: the bin itself, signals). */
const runBinary = async (args: string[], cwd: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
};

/** main() in-process on src/: a changed message fails here without compiling first. */
const run = async (args: string[], cwd: string) => {
  const out = { stdout: '', stderr: '' };
  const line = (m: string) => (out.stderr += m + '\n');
  const code = await main(args, { cwd, logger: { info: line, warn: line, error: line }, stdout: (t) => (out.stdout += t) });
  return { code, ...out };
};

describe('lectern CLI', () => {
  it('has --help for every subcommand and --version', async () => {
    for (const cmd of ['build', 'serve', 'check', 'new']) {
      const r = await runBinary([cmd, '--help'], repoRoot);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: lectern ${cmd}`);
    }
    expect((await runBinary(['--help'], repoRoot)).stdout).toContain('Commands:');
    expect((await runBinary(['--version'], repoRoot)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints one file:line:col line per problem, no stack trace, exit 1, dist/ untouched', async () => {
    const root = tempProject();
    expect((await run(['build', '--format', 'html'], root)).code).toBe(0);
    const before = fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8');
    fs.writeFileSync(path.join(root, 'decks', 'broken.md'), '---\ntitle: Broken\ntheme: [\n---\n## Slide\n');
    fs.writeFileSync(path.join(root, 'classes', 'intro.yaml'), fs.readFileSync(path.join(root, 'classes', 'intro.yaml'), 'utf8').replace('audience:', 'audiense:'));
    const r = await run(['build', '--format', 'html'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const errors = r.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toContain('classes/intro.yaml:5:1: error: unknown key "audiense" (did you mean "audience"?)');
    expect(errors.some((l) => /^decks\/broken\.md:3:\d+: error: invalid YAML/.test(l))).toBe(true);
    expect(r.stderr).toContain('dist/ left as it was');
    expect(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')).toBe(before);
  });

  it('rejects an unknown flag or format in one line with exit 2', async () => {
    const r = await run(['build', '--formatt', 'pdf'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['build', '--format', 'docx'], repoRoot)).stderr).toContain('unknown format "docx"');
  });

  it('new creates a starter deck that builds, and never overwrites one', async () => {
    const root = tempProject();
    const created = await run(['new', 'week-1-the-thaw'], root);
    expect(created.code).toBe(0);
    const file = path.join(root, 'decks', 'week-1-the-thaw.md');
    expect(fs.readFileSync(file, 'utf8')).toContain('title: "Week 1 the thaw"');
    fs.appendFileSync(file, '\nMy own words.\n');
    const again = await run(['new', 'week-1-the-thaw'], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('decks/week-1-the-thaw.md: error: deck "week-1-the-thaw" already exists');
    expect(fs.readFileSync(file, 'utf8')).toContain('My own words.');
    const built = await run(['build', '--format', 'html', '--deck', 'week-1-the-thaw'], root);
    expect(built.code).toBe(0);
  });

  it('serve stops cleanly on Ctrl-C', async () => {
    const root = tempProject();
    const child = spawn(process.execPath, [bin, 'serve', '--port', '18731'], { cwd: root });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
      child.stderr.on('data', () => err.includes('serving http://127.0.0.1:') && (clearTimeout(t), resolve()));
    });
    const port = /127\.0\.0\.1:(\d+)/.exec(err)![1];
    expect((await fetch(`http://127.0.0.1:${port}/intro/index.html`)).status).toBe(200);
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });

  it('Ctrl-C during PDF export exits 130, leaves dist/ as it was and no staging folder', async () => {
    const root = tempProject();
    expect((await run(['build', '--format', 'html'], root)).code).toBe(0);
    const before = fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8');
    const child = spawn(process.execPath, [bin, 'build'], { cwd: root });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Interrupt once the first deck has printed: the browser is up and pages are in flight.
    await new Promise<void>((resolve) => child.stderr.on('data', () => err.includes('pdf ') && resolve()));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(err).toContain('interrupted, dist/ left as it was');
    expect(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(root).filter((f) => f.includes('staging'))).toEqual([]);
  });
});
