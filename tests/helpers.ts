// Shared test helpers: fixture paths, a temporary copy of the fixture project, a build with a silent logger.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Format } from '../src/build.js';
import { silentLogger } from '../src/log.js';

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

export function buildProject(root: string, formats: Format[] = ['html'], extra: Partial<BuildOptions> = {}) {
  return build({ root, outDir: path.join(root, 'dist'), formats: new Set(formats), logger: silentLogger, ...extra });
}

/** axe-core's browser bundle, for injecting into pages under test (index pages, reading view). */
export const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The full Chromium browser (not its headless shell), where the machine has one: for what only it does. */
export const fullChromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
/** Debian's chromium-headless-shell, which Lectern prefers when it is installed. */
export const headlessShell = ['/usr/lib/chromium/chromium-headless-shell'].find((p) => fs.existsSync(p));

/** Runs `fn` with PUPPETEER_EXECUTABLE_PATH set to `browser` (the browser session reads it when it launches). */
export async function withBrowser<T>(browser: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (browser) process.env.PUPPETEER_EXECUTABLE_PATH = browser;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
    else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  }
}
