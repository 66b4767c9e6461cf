// Faults only a real process shows: kill -9 mid-export, SIGTERM during check, a file size limit, a broken or
// missing browser, a deck that calls alert(), two builds at once. Each ends with nothing left running.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullChromium, repoRoot } from '../helpers.js';
import { BASE_DECK, sandbox, snapshot, writeProject } from './harness.js';
import { processHost } from '../../src/cli/host.js';

const bin = path.join(repoRoot, 'bin', 'lectern.js');
const box = sandbox();
let counter = 0;

function project(files: Record<string, string> = {}): string {
  const root = path.join(box.dir, `proc${++counter}`);
  fs.mkdirSync(root);
  writeProject(root, { 'decks/a.md': BASE_DECK, 'decks/b.md': BASE_DECK.replace('Base', 'Bee'), ...files }, box);
  return root;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

function start(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, shell?: string): { child: ChildProcess; done: Promise<Finished> } {
  const child = shell
    ? spawn('sh', ['-c', `${shell}; exec "${process.execPath}" "${bin}" ${args.map((a) => `'${a}'`).join(' ')}`], { cwd, env: { ...process.env, ...env } })
    : spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d) => (stdout += d));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout })));
  return { child, done };
}

/** Chromium processes started by process `pid` (their profile folder carries it). */
function chromiumOf(pid: number): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`lectern-chromium-${pid}-`));
}

function tempLeftovers(pid: number): string[] {
  return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(`lectern-chromium-${pid}-`) || n.startsWith(`lectern-check-${pid}`));
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return test();
}

const diagnostics = (text: string) => text.split('\n').filter((l) => /^\S.*?: error: /.test(l));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at \S|Error: .*\n\s+at /m);

/** A first good HTML build, so there is a previous dist/ to keep. */
async function withDist(root: string): Promise<Map<string, string>> {
  const r = await start(['build', '--format', 'html'], root).done;
  expect(r.code, r.stderr).toBe(0);
  return snapshot(path.join(root, 'dist'));
}

describe('faults in a real process', () => {
  // With the full browser, which leaves a single-instance folder when killed (the headless shell makes none).
  it.skipIf(!fullChromium)('kill -9 during PDF export: no Chromium survives, and the next run sweeps what was left', async () => {
    const root = project();
    const before = await withDist(root);
    const { child, done } = start(['build', '--concurrency', '1'], root, { PUPPETEER_EXECUTABLE_PATH: fullChromium });
    expect(await until(() => chromiumOf(child.pid!).length > 0, 30_000)).toBe(true);
    // The folder Chromium makes for its single-instance socket, linked from the profile: the sweep removes it too.
    const link = () => tempLeftovers(child.pid!).map((n) => path.join(os.tmpdir(), n, 'SingletonSocket')).find((l) => fs.existsSync(l));
    expect(await until(() => link() !== undefined, 30_000)).toBe(true);
    const singleton = path.dirname(fs.readlinkSync(link()!));
    child.kill('SIGKILL');
    await done;
    // Over a pipe, Chromium notices its parent is gone and exits.
    expect(await until(() => chromiumOf(child.pid!).length === 0, 10_000), chromiumOf(child.pid!).join('\n')).toBe(true);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    const next = await start(['build', '--format', 'html'], root).done;
    expect(next.code, next.stderr).toBe(0);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
    expect(tempLeftovers(child.pid!)).toEqual([]);
    expect(fs.existsSync(singleton), singleton).toBe(false);
  });

  it('SIGTERM during check: no Chromium survives; the next check sweeps its folders', async () => {
    // Enough decks that Chromium is still busy when the signal comes.
    const root = project(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`decks/d${i}.md`, BASE_DECK])));
    const { child, done } = start(['check'], root);
    expect(await until(() => chromiumOf(child.pid!).length > 0, 30_000)).toBe(true);
    child.kill('SIGTERM');
    await done;
    expect(await until(() => chromiumOf(child.pid!).length === 0, 10_000)).toBe(true);
    const again = start(['check', 'a'], root);
    const r = await again.done;
    noStack(r.stderr + r.stdout);
    expect(tempLeftovers(child.pid!)).toEqual([]);
    expect(tempLeftovers(again.child.pid!)).toEqual([]);
    expect(chromiumOf(again.child.pid!)).toEqual([]);
  });

  // bin/lectern.js exits as soon as main returns (a library's timer must not hold the process): what it wrote to
  // a pipe, far more than a pipe holds, must all arrive first.
  it('output piped from the real process is complete, although it exits the moment the command is done', async () => {
    const slides = Array.from({ length: 30 }, (_, i) => `## Slide ${i}\n\nText ${i}.\n`).join('\n');
    const root = project(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`decks/d${i}.md`, `---\ntitle: Deck ${i}\n---\n\n${slides}`])));
    const r = await start(['check', '--format', 'json'], root).done;
    expect(r.stdout.length).toBeGreaterThan(200_000);
    const findings = JSON.parse(r.stdout) as { rule: string }[];
    expect(findings.filter((f) => f.rule === 'missing-notes')).toHaveLength(40 * 30 + 2);
  });

  it('a file size limit (EFBIG) is one line naming the file; dist/ stays', async () => {
    const root = project();
    const before = await withDist(root);
    // --no-cache: with nothing changed the build would (rightly) write nothing at all.
    const r = await start(['build', '--format', 'html', '--no-cache'], root, {}, 'ulimit -f 40').done;
    expect(r.code).toBe(1);
    noStack(r.stderr);
    expect(diagnostics(r.stderr)).toHaveLength(1);
    expect(diagnostics(r.stderr)[0]).toMatch(/: error: file too large .*\[EFBIG\]/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
  });

  for (const [name, value, pattern] of [
    ['missing', '/nonexistent/chrome', /PUPPETEER_EXECUTABLE_PATH=\/nonexistent\/chrome \(set, but no such file\)/],
    ['not a browser', '/bin/false', /the browser \/bin\/false did not start/],
  ] as const) {
    it(`PUPPETEER_EXECUTABLE_PATH ${name}: one line, exit 1, dist/ stays, no fallback`, async () => {
      const root = project();
      const before = await withDist(root);
      const child = start(['build'], root, { PUPPETEER_EXECUTABLE_PATH: value });
      const r = await child.done;
      expect(r.code).toBe(1);
      noStack(r.stderr);
      expect(diagnostics(r.stderr), r.stderr).toHaveLength(1);
      expect(diagnostics(r.stderr)[0]).toMatch(pattern);
      expect(snapshot(path.join(root, 'dist'))).toEqual(before);
      expect(tempLeftovers(child.child.pid!)).toEqual([]);
      expect(fs.readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
    });
  }

  it('a deck that calls alert() neither hangs check nor PDF export', async () => {
    const root = project({ 'decks/a.md': BASE_DECK + '\n<script>alert("hi"); confirm("sure?")</script>\n\nNote: a note.\n' });
    const check = start(['check', 'a'], root);
    const c = await check.done;
    noStack(c.stderr + c.stdout);
    expect(c.code, c.stdout + c.stderr).not.toBeNull();
    const build = start(['build', '--deck', 'a'], root);
    const b = await build.done;
    expect(b.code, b.stderr).toBe(0);
    expect(fs.existsSync(path.join(root, 'dist', 'default', 'a', 'a.pdf')) || fs.readdirSync(path.join(root, 'dist', 'default', 'a')).some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(chromiumOf(check.child.pid!)).toEqual([]);
    expect(chromiumOf(build.child.pid!)).toEqual([]);
  }, 180_000);

  it('a page stuck in a script or an alert() is stopped at the per-deck limit, and the browser still closes', async () => {
    const { browserSession } = await import('../../src/export/browser.js');
    const session = browserSession(processHost());
    // The alert is dismissed, so the page loads past it (an undismissed one would block the load).
    const text = await session.withPage(async (page) => {
      await page.goto('data:text/html,<title>x</title><script>alert("hi")</script><p>after the alert</p>');
      return page.evaluate(() => document.body.textContent);
    }, 10_000);
    expect(text).toContain('after the alert');
    const stuck = session.withPage(async (page) => {
      await page.goto('data:text/html,<p>busy</p>');
      await page.evaluate(() => {
        for (;;) {
          // A deck that never yields: only the overall limit ends this.
        }
      });
    }, 3000);
    await expect(stuck).rejects.toThrow(/timed out after 3 s/);
    await session.close();
    expect(chromiumOf(process.pid)).toEqual([]);
    expect(tempLeftovers(process.pid)).toEqual([]);
  }, 60_000);

  it('two builds into one dist/ at once: the second says another build is running', async () => {
    const root = project();
    await withDist(root);
    const first = start(['build', '--concurrency', '1'], root);
    expect(await until(() => fs.existsSync(path.join(root, 'dist.lock')), 30_000)).toBe(true);
    const second = await start(['build', '--format', 'html'], root).done;
    expect(second.code).toBe(1);
    expect(diagnostics(second.stderr)).toHaveLength(1);
    expect(diagnostics(second.stderr)[0]).toMatch(new RegExp(`^dist: error: another build is running into this folder \\(process ${first.child.pid}\\)`));
    const r = await first.done;
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
  }, 120_000);
});
