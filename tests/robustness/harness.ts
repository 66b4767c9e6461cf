// Robustness harness: a probe writes a small hostile project, runs one command in-process through main(), and
// is held to the same promises every time: exit code, exactly one diagnostic line (with file and position
// when it has one), no stack trace, the previous dist/ byte-identical on failure, nothing from outside the
// project in dist/, nothing written outside dist/, no Chromium, staging or temp folder left behind.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDir } from '../helpers.js';

/** File text (null: removed), or a symlink (`$SECRET`, `$OUTSIDE` stand for the files outside the project), a folder or a named pipe. */
export type FileSpec = string | Buffer | { link: string } | { dir: true } | { fifo: true } | null;

export interface Probe {
  name: string;
  files?: Record<string, FileSpec>;
  /** Default: build --format html. */
  argv?: string[];
  exit: number;
  /** The one diagnostic line; absent: no error line at all. */
  error?: RegExp;
  /** Checks on a successful (or failed) run beyond the common ones. */
  verify?: (run: ProbeRun) => void;
  /** Installed just before the run, undone after: a simulated fault (ENOSPC, EBUSY, …). */
  fault?: (run: { root: string }) => () => void;
  /** Do not start from a previous dist/ (for --out probes). */
  noPreviousDist?: boolean;
  /** Project paths the command may write (lectern new writes decks/). */
  writes?: RegExp;
}

export interface ProbeRun {
  root: string;
  code: number;
  lines: string[];
  stdout: string;
  /** dist/ files → content, after the run. */
  dist: Map<string, Buffer>;
}

/** The deck every probe project starts with (a probe may replace it). */
export const BASE_DECK = '---\ntitle: Base\n---\n\n## One\n\nSome text.\n';

const PREVIOUS_MANIFEST = JSON.stringify({ generatedAt: '2020-01-01T00:00:00.000Z', generator: 'lectern', classes: [] }, null, 2) + '\n';

export interface Sandbox {
  /** Folder holding the projects and the secret files beside them. */
  dir: string;
  secret: string;
  secretFile: string;
}

export function sandbox(): Sandbox {
  const dir = tempDir('lectern-robust-');
  const secret = `SECRET-${crypto.randomBytes(8).toString('hex')}`;
  const secretFile = path.join(dir, 'secret.txt');
  fs.writeFileSync(secretFile, secret);
  fs.writeFileSync(path.join(dir, 'secret.png'), secret);
  fs.mkdirSync(path.join(dir, 'outside-fonts'), { recursive: true });
  return { dir, secret, secretFile };
}

function expand(text: string, box: Sandbox): string {
  return text.replaceAll('$SECRET', box.secretFile).replaceAll('$OUTSIDE', box.dir);
}

export function writeProject(root: string, files: Record<string, FileSpec>, box: Sandbox): void {
  for (const [rel, spec] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.rmSync(file, { recursive: true, force: true });
    if (spec === null) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof spec === 'string') fs.writeFileSync(file, expand(spec, box));
    else if (Buffer.isBuffer(spec)) fs.writeFileSync(file, spec);
    else if ('link' in spec) fs.symlinkSync(expand(spec.link, box), file);
    else if ('fifo' in spec) execFileSync('mkfifo', [file]);
    else fs.mkdirSync(file, { recursive: true });
  }
}

/** Every entry below `dir` → a fingerprint (content hash, link target or folder), `skip` excluded. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, abs);
    if (skip(rel)) continue;
    if (entry.isSymbolicLink()) out.set(rel, `link:${fs.readlinkSync(abs)}`);
    else if (entry.isDirectory()) out.set(rel, 'dir');
    // Reading a named pipe would block: it is fingerprinted by its kind.
    else if (!entry.isFile()) out.set(rel, 'special');
    else out.set(rel, crypto.createHash('sha1').update(fs.readFileSync(abs)).digest('hex'));
  }
  return out;
}

function readDist(dist: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!fs.existsSync(dist)) return out;
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dist, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

/** Processes and folders this test process's runs may have left: Chromium, its profile, check and staging folders. */
export function leftovers(root: string, allowed?: RegExp): string[] {
  const found: string[] = [];
  const pid = process.pid;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(`lectern-chromium-${pid}-`) || name.startsWith(`lectern-check-${pid}`)) found.push(path.join(os.tmpdir(), name));
  }
  if (fs.existsSync(root)) for (const name of fs.readdirSync(root)) if (/^dist\.(staging-|old-|lock$)/.test(name) && !allowed?.test(name)) found.push(name);
  const ps = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  for (const line of ps.split('\n')) if (line.includes(`lectern-chromium-${pid}-`)) found.push(line.trim().slice(0, 80));
  return found;
}

const isDiagnostic = (line: string) => /^\S.*?: error: /.test(line);
const isStackTrace = (text: string) => /^\s+at \S/m.test(text) || /\b(TypeError|ReferenceError|RangeError|URIError|SyntaxError): /.test(text);

let counter = 0;

/** Runs one probe and asserts everything a probe promises; returns the run for extra checks. */
export async function runProbe(probe: Probe, box: Sandbox): Promise<ProbeRun> {
  const root = path.join(box.dir, `p${++counter}`);
  fs.mkdirSync(root);
  const dist = path.join(root, 'dist');
  writeProject(root, { 'decks/a.md': BASE_DECK }, box);
  if (!probe.noPreviousDist) writeProject(root, { 'dist/manifest.json': PREVIOUS_MANIFEST, 'dist/index.html': 'previous build\n' }, box);
  writeProject(root, probe.files ?? {}, box);
  const distBefore = snapshot(dist);
  // dist/ and Lectern's own cache folder (git-ignored; never written through a link: see the cache probes).
  const ownFolder = (rel: string, name: string) => rel === name || rel.startsWith(`${name}${path.sep}`);
  const outsideDist = (rel: string) => ownFolder(rel, 'dist') || (ownFolder(rel, '.lectern-cache') && !fs.lstatSync(path.join(root, '.lectern-cache')).isSymbolicLink()) || Boolean(probe.writes?.test(rel));
  const projectBefore = snapshot(root, outsideDist);
  const besideBefore = [...snapshot(box.dir, (rel) => rel.startsWith('p')).entries()];

  const lines: string[] = [];
  let stdout = '';
  const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  const undo = probe.fault?.({ root });
  let code: number;
  try {
    code = await main(probe.argv ?? ['build', '--format', 'html'], { cwd: root, logger, stdout: (t) => (stdout += t) });
  } finally {
    undo?.();
  }
  const run: ProbeRun = { root, code, lines, stdout, dist: readDist(dist) };
  const all = [...lines, stdout].join('\n');
  const context = `${probe.name}\n${all}`;

  expect(code, context).toBe(probe.exit);
  expect(isStackTrace(all), context).toBe(false);
  const errors = lines.filter(isDiagnostic).concat(stdout.split('\n').filter(isDiagnostic));
  if (probe.error) {
    expect(errors, context).toHaveLength(1);
    expect(errors[0], context).toMatch(probe.error);
  } else {
    expect(errors, context).toEqual([]);
  }
  if (code !== 0) expect(snapshot(dist), context).toEqual(distBefore);
  // Nothing from outside the project reaches dist/.
  for (const [file, content] of run.dist) {
    expect(content.includes(box.secret), `${probe.name}: ${file} holds the secret`).toBe(false);
    expect(content.includes('root:x:0:0'), `${probe.name}: ${file} holds /etc/passwd`).toBe(false);
  }
  // Nothing written outside dist/ (in the project or beside it).
  expect(snapshot(root, outsideDist), context).toEqual(projectBefore);
  expect([...snapshot(box.dir, (rel) => rel.startsWith('p')).entries()], context).toEqual(besideBefore);
  expect(leftovers(root, probe.writes), context).toEqual([]);
  probe.verify?.(run);
  fs.rmSync(root, { recursive: true, force: true });
  return run;
}

/** dist/'s page for the one default-class deck `a`. */
export function deckPage(run: ProbeRun, slug = 'a', klass = 'default'): string {
  const page = run.dist.get(path.join(klass, slug, 'index.html'));
  expect(page, `no ${klass}/${slug}/index.html in ${[...run.dist.keys()].join(', ')}`).toBeDefined();
  return page!.toString('utf8');
}

/** A fault: `fs[method]` throws an errno error for paths matching `when`, the rest behave normally. */
export function failing(method: 'writeFileSync' | 'renameSync' | 'mkdirSync' | 'copyFileSync', code: string, when: (file: string) => boolean) {
  return (): (() => void) => {
    const original = fs[method] as (...args: unknown[]) => unknown;
    (fs as any)[method] = (...args: unknown[]) => {
      const file = args.find((a): a is string => typeof a === 'string' && when(a));
      if (file) {
        const e = new Error(`${code}: simulated, ${method} '${file}'`) as NodeJS.ErrnoException;
        e.code = code;
        e.syscall = method;
        e.path = file;
        throw e;
      }
      return original.apply(fs, args);
    };
    return () => {
      (fs as any)[method] = original;
    };
  };
}

/** A failing copy, whichever way the build copies: synchronously, or on libuv's threads (fs.promises.copyFile). */
export function failingCopy(code: string, when: (file: string) => boolean) {
  const sync = failing('copyFileSync', code, when);
  return (): (() => void) => {
    const restoreSync = sync();
    const original = fs.promises.copyFile;
    fs.promises.copyFile = async (from, to, mode) => {
      if (typeof to === 'string' && when(to)) {
        const e = new Error(`${code}: simulated, copyFile '${to}'`) as NodeJS.ErrnoException;
        e.code = code;
        e.syscall = 'copyFile';
        e.path = to;
        throw e;
      }
      return original(from, to, mode);
    };
    return () => {
      restoreSync();
      fs.promises.copyFile = original;
    };
  };
}
