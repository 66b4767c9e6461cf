// Finds a Chromium, launches it once per run on first use, and hands out pages that are always closed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { profileDir, sweepProfiles } from '../write/leftovers.js';
import { debug } from '../log.js';

const log = debug('lectern:browser');

export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
  constructor(tried: string[], message?: string) {
    super(
      message ??
      `no Chromium or Chrome found (looked at ${tried.join(', ')}). Install one: on Debian/Ubuntu "sudo apt-get install chromium", ` +
        `or set PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) to a Chrome/Chromium binary, or run "npx puppeteer browsers install chrome-headless-shell"`,
    );
  }
}

const SYSTEM_PATHS = [
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
  const tried: string[] = [];
  for (const variable of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = env[variable];
    if (!value) continue;
    if (fs.existsSync(value)) return value;
    // Set but wrong is a mistake to report, not a reason to quietly run some other browser.
    throw new BrowserNotFound([`${variable}=${value} (set, but no such file)`]);
  }
  const cacheDir = env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome-headless-shell', 'chrome']) {
    const dir = path.join(cacheDir, product);
    if (!fs.existsSync(dir)) continue;
    for (const version of fs.readdirSync(dir).sort().reverse()) {
      for (const candidate of [
        path.join(dir, version, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
        path.join(dir, version, 'chrome-linux64', 'chrome'),
      ]) if (fs.existsSync(candidate)) return candidate;
    }
  }
  tried.push(cacheDir);
  for (const candidate of systemPaths) if (fs.existsSync(candidate)) return candidate;
  tried.push('/usr/bin/chromium and other system paths');
  throw new BrowserNotFound(tried);
}

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--font-render-hinting=none',
];

export interface BrowserSession {
  /** Starts launching now (without waiting), so the launch overlaps other work. */
  warm(): void;
  /** `limitMs` bounds each wait and the whole call. */
  withPage<T>(fn: (page: Page) => Promise<T>, limitMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** Lazily launched browser: nothing starts until the first page is asked for. */
export function browserSession(): BrowserSession {
  let launching: Promise<Browser> | undefined;
  const launch = async () => {
    const executablePath = await findBrowser();
    const { default: puppeteer } = await import('puppeteer');
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    log(`launching ${executablePath}`);
    sweepProfiles();
    const userDataDir = profileDir();
    return puppeteer.launch({
      executablePath,
      headless: true,
      // Lectern handles Ctrl-C itself (close the browser, drop the staging folder); Puppeteer's handler would exit at once.
      handleSIGINT: false,
      handleSIGTERM: false,
      // Over a pipe, Chromium exits as soon as Node does (even on kill -9): no orphaned browsers.
      pipe: true,
      protocolTimeout: 90_000,
      args: [...CHROMIUM_ARGS, ...(root || process.env.CI ? ['--no-sandbox'] : [])],
      userDataDir,
    }).catch((e: Error) => {
      fs.rmSync(userDataDir, { recursive: true, force: true });
      throw new BrowserNotFound([], `the browser ${executablePath} did not start (${e.message.split('\n')[0]}); set PUPPETEER_EXECUTABLE_PATH to a working Chrome/Chromium`);
    });
  };
  return {
    warm() {
      launching ??= launch();
      // A failed launch is reported by the first withPage; do not let it go unhandled here.
      launching.catch(() => {});
    },
    async withPage(fn, limitMs) {
      const timeoutMs = limitMs ?? 30_000;
      launching ??= launch();
      const browser = await launching;
      const page = await browser.newPage();
      page.setDefaultTimeout(timeoutMs);
      page.setDefaultNavigationTimeout(timeoutMs);
      // A deck's alert()/confirm() would block the page (and every wait on it) forever.
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
      let timer: NodeJS.Timeout | undefined;
      try {
        // With a limit, the whole call is bounded too (a page stuck in a script ignores Puppeteer's timeouts).
        if (limitMs === undefined) return await fn(page);
        return await Promise.race([
          fn(page),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(limitMs / 1000)} s`)), limitMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        await page.close().catch(() => {});
      }
    },
    async close() {
      if (!launching) return;
      const browser = await launching.catch(() => undefined);
      launching = undefined;
      if (!browser) return;
      const dataDir = (browser.process()?.spawnargs ?? []).find((a) => a.startsWith('--user-data-dir='))?.slice(16);
      // close() can wait on a page stuck in a script; past a few seconds, kill the process instead.
      setTimeout(() => browser.process()?.kill('SIGKILL'), 5000).unref();
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
