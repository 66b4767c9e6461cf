// Which Chromium to run: the environment's choice, Puppeteer's download, or the system's, and what to do if none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedBrowsers, systemBrowserPaths } from './browser-places.js';
import type { Environment } from '../context.js';

export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
  /** `cacheDir`: Puppeteer's cache, where the suggested download goes (and where Lectern looks first). */
  constructor(tried: string[], message?: string, cacheDir = path.join(os.homedir(), '.cache', 'puppeteer')) {
    super(
      message ??
      `no Chromium or Chrome found (looked at ${tried.join(', ')}). Install one: on Debian/Ubuntu "sudo apt-get install chromium" ` +
        `(on Debian, "sudo apt-get install chromium-headless-shell" as well prints faster), ` +
        `or set PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) to a Chrome/Chromium binary, or run "npx @puppeteer/browsers install chrome-headless-shell@stable --path ${cacheDir}"`,
    );
  }
}

/** PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, Puppeteer's cache, then the usual system places. */
export async function findBrowser(env: Environment, systemPaths: readonly string[] = systemBrowserPaths(os.platform(), env)): Promise<string> {
  return findBrowserSync(env, systemPaths);
}

/** The same, synchronously: the build starts Chromium before its first await. */
export function findBrowserSync(env: Environment, systemPaths: readonly string[] = systemBrowserPaths(os.platform(), env)): string {
  return browserCandidates(env, systemPaths)[0]!.path;
}

export interface BrowserCandidate {
  path: string;
  /** Found by looking, not named by PUPPETEER_EXECUTABLE_PATH or CHROME_PATH: another may be tried if it fails. */
  found: boolean;
}

/**
 * Every browser there is, in the order findBrowser prefers them; the one named by the environment alone.
 * `cachePlatform`: whose browsers in Puppeteer's cache count (browser-places.ts; this machine's when not given).
 */
export function browserCandidates(env: Environment, systemPaths: readonly string[] = systemBrowserPaths(os.platform(), env), cachePlatform?: string): BrowserCandidate[] {
  for (const variable of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = env[variable];
    if (!value) continue;
    if (fs.existsSync(value)) return [{ path: value, found: false }];
    // Set but wrong is a mistake to report, not a reason to quietly run some other browser.
    throw new BrowserNotFound([`${variable}=${value} (set, but no such file)`]);
  }
  const cacheDir = env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  const found = cachedBrowsers(cacheDir, cachePlatform);
  for (const candidate of systemPaths) if (fs.existsSync(candidate)) found.push(candidate);
  if (!found.length) throw new BrowserNotFound([cacheDir, `${systemPaths[0] ?? 'the system'} and other system paths`], undefined, cacheDir);
  return found.map((p) => ({ path: p, found: true }));
}
