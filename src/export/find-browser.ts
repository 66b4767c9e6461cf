// Which Chromium to run: the environment's choice, Puppeteer's download, or the system's, and what to do if none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
  constructor(tried: string[], message?: string) {
    super(
      message ??
      `no Chromium or Chrome found (looked at ${tried.join(', ')}). Install one: on Debian/Ubuntu "sudo apt-get install chromium" ` +
        `(on Debian, "sudo apt-get install chromium-headless-shell" as well prints faster), ` +
        `or set PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) to a Chrome/Chromium binary, or run "npx puppeteer browsers install chrome-headless-shell"`,
    );
  }
}

const SYSTEM_PATHS = [
  // Debian's chromium-headless-shell first: the same Blink and the same PDF bytes (with --font-render-hinting=none,
  // which browser.ts passes), without the full browser's UI, which headless Chromium still starts (its WebUI
  // renderers parse scripts while a deck loads). A cold build of the survey's 4 decks: 1.09 s against 1.63 s.
  '/usr/lib/chromium/chromium-headless-shell',
  // Debian's binary itself: /usr/bin/chromium is a shell script that runs grep, findmnt and ls and adds flags
  // of its own (GPU rasterization, extensions) before it starts it, about 35 ms of every build.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, Puppeteer's cache, then the usual system places. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env, systemPaths: readonly string[] = SYSTEM_PATHS): Promise<string> {
  return findBrowserSync(env, systemPaths);
}

/** The same, synchronously: the build starts Chromium before its first await. */
export function findBrowserSync(env: NodeJS.ProcessEnv = process.env, systemPaths: readonly string[] = SYSTEM_PATHS): string {
  return browserCandidates(env, systemPaths)[0]!.path;
}

export interface BrowserCandidate {
  path: string;
  /** Found by looking, not named by PUPPETEER_EXECUTABLE_PATH or CHROME_PATH: another may be tried if it fails. */
  found: boolean;
}

/** Every browser there is, in the order findBrowser prefers them; the one named by the environment alone. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, systemPaths: readonly string[] = SYSTEM_PATHS): BrowserCandidate[] {
  for (const variable of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = env[variable];
    if (!value) continue;
    if (fs.existsSync(value)) return [{ path: value, found: false }];
    // Set but wrong is a mistake to report, not a reason to quietly run some other browser.
    throw new BrowserNotFound([`${variable}=${value} (set, but no such file)`]);
  }
  const found: string[] = [];
  const cacheDir = env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome-headless-shell', 'chrome']) {
    const dir = path.join(cacheDir, product);
    if (!fs.existsSync(dir)) continue;
    for (const version of fs.readdirSync(dir).sort().reverse()) {
      for (const candidate of [
        path.join(dir, version, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
        path.join(dir, version, 'chrome-linux64', 'chrome'),
      ]) if (fs.existsSync(candidate)) found.push(candidate);
    }
  }
  for (const candidate of systemPaths) if (fs.existsSync(candidate)) found.push(candidate);
  if (!found.length) throw new BrowserNotFound([cacheDir, '/usr/bin/chromium and other system paths']);
  return found.map((p) => ({ path: p, found: true }));
}
