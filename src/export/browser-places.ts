// Where a Chrome or Chromium may be: the browsers in Puppeteer's cache (read by @puppeteer/browsers, which knows each
// platform's layout) and where each OS's installers put them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Browsers from '@puppeteer/browsers';
import type { Environment } from '../context.js';

const LINUX = [
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
  '/opt/google/chrome/chrome',
];

const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];

/** The usual places of Chrome and Chromium on `platform` (Node's name for the OS), in the order they are preferred. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: Environment): string[] {
  if (platform === 'darwin') {
    const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return folders.flatMap((folder) => MAC_APPS.map((app) => path.posix.join(folder, app)));
  }
  if (platform === 'win32') {
    // Windows spells these ProgramFiles and LocalAppData; a copy of the environment no longer ignores the case.
    const variable = (name: string) => Object.entries(env).find(([key]) => key.toUpperCase() === name)?.[1] || undefined;
    const local = variable('LOCALAPPDATA');
    // Chrome installs for all users under Program Files, for one user under LOCALAPPDATA; Chromium's installer there.
    const roots = [variable('PROGRAMFILES') ?? 'C:\\Program Files', variable('PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)', local].filter((r): r is string => Boolean(r));
    const chrome = roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    return [...chrome, ...(local ? [path.win32.join(local, 'Chromium', 'Application', 'chrome.exe')] : [])];
  }
  return LINUX;
}

/** Chrome for Testing's versions (131.0.6778.85), newest first; anything else after them, by name. */
function newestFirst(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(Number) : undefined));
  if (!x || !y) return x ? -1 : y ? 1 : b.localeCompare(a);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
}

/**
 * The headless shells, then the Chromes, in Puppeteer's cache for `platform` (@puppeteer/browsers' name, e.g.
 * mac_arm; this machine's when not given), newest first. @puppeteer/browsers takes about 0.1 s to load: only
 * where the cache folder exists.
 */
export function cachedBrowsers(cacheDir: string, platform?: string): string[] {
  if (!fs.existsSync(cacheDir)) return [];
  const { Browser, Cache, detectBrowserPlatform } = createRequire(import.meta.url)('@puppeteer/browsers') as typeof Browsers;
  const here = platform ?? detectBrowserPlatform();
  const installed = new Cache(cacheDir).getInstalledBrowsers().filter((b) => b.platform === here);
  return [Browser.CHROMEHEADLESSSHELL, Browser.CHROME].flatMap((browser) =>
    installed
      .filter((b) => b.browser === browser)
      .sort((a, b) => newestFirst(a.buildId, b.buildId))
      .map((b) => b.executablePath)
      .filter((exe) => fs.existsSync(exe)),
  );
}
