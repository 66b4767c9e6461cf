// Shared test helpers: fixture paths, a temporary copy of the fixture project, a build with a silent logger.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildContext, type BuildOptions, type Format } from '../src/build.js';
import { silentLogger } from '../src/log.js';
import { browserCandidates } from '../src/export/find-browser.js';
import { isHeadlessShell } from '../src/export/chromium-process.js';
import { processHost } from '../src/cli/host.js';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const repoRoot = path.resolve(fixtures, '..', '..');

const created: string[] = [];

/** Removes this test file's temporary folders (tests/setup.ts calls it after each file). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A throwaway copy of tests/fixtures/project with the repository's templates, removed when the test file ends. */
export function tempProject(name = 'project'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-test-'));
  created.push(dir);
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** A temporary folder removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function buildProject(root: string, formats: Format[] = ['html'], extra: Partial<BuildOptions> = {}, context: Partial<BuildContext> = {}) {
  return build({ root, outDir: path.join(root, 'dist'), formats: new Set(formats), ...extra }, { cwd: root, logger: silentLogger, host: processHost(), ...context });
}

/** axe-core's browser bundle, for injecting into pages under test (index pages, reading view). */
export const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every browser Lectern would find on this machine without being told one (find-browser.ts's own order). */
const found = (() => {
  try {
    return browserCandidates({ ...process.env, PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '' });
  } catch {
    return [];
  }
})();
/** The full Chromium browser (not its headless shell), where the machine has one: for what only it does. */
export const fullChromium = found.find((c) => !isHeadlessShell(c.path))?.path;
/** A headless shell (Debian's chromium-headless-shell), which Lectern prefers when it is installed. */
export const headlessShell = found.find((c) => isHeadlessShell(c.path))?.path;

/** Runs `fn` with environment variables set (undefined: removed), and puts them back after. */
export async function withEnv<T>(changes: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(changes).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(changes);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

/** Runs `fn` with PUPPETEER_EXECUTABLE_PATH set to `browser` (the browser session reads it when it launches). */
export function withBrowser<T>(browser: string | undefined, fn: () => Promise<T>): Promise<T> {
  return browser ? withEnv({ PUPPETEER_EXECUTABLE_PATH: browser }, fn) : fn();
}
