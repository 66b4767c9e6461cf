// Which browsers Lectern would try, on any OS, from fake folders: Puppeteer's cache in each platform's layout (read
// by @puppeteer/browsers), then the OS's usual places; no browser is started.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBrowsers, systemBrowserPaths } from '../../src/export/browser-places.js';
import { BrowserNotFound, browserCandidates } from '../../src/export/find-browser.js';
import { tempDir } from '../helpers.js';

/** An empty file at `rel` under `root`, standing for a browser binary; its path. */
function touch(root: string, ...rel: string[]): string {
  const file = path.join(root, ...rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

describe('the usual places of each OS', () => {
  it('keeps the Linux order: Debian’s headless shell, its browser binary, then the launchers', () => {
    expect(systemBrowserPaths('linux', {}).slice(0, 4)).toEqual(['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
  });

  it('looks in /Applications and the user’s own Applications folder on macOS', () => {
    const mac = systemBrowserPaths('darwin', { HOME: '/Users/ada' });
    expect(mac[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(mac).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(mac).toContain('/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(mac.some((p) => p.startsWith('/usr/'))).toBe(false);
  });

  it('looks under Program Files and the user’s LOCALAPPDATA on Windows', () => {
    // As Windows spells them, in a copy of process.env (which no longer ignores case).
    const env = { ProgramFiles: 'D:\\Apps', 'ProgramFiles(x86)': 'D:\\Apps (x86)', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' };
    expect(systemBrowserPaths('win32', env)).toEqual([
      'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Apps (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ada\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ]);
    expect(systemBrowserPaths('win32', {})[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});

describe("Puppeteer's cache", () => {
  const cache = tempDir('lectern-cache-');
  const shellMac = touch(cache, 'chrome-headless-shell', 'mac_arm-131.0.6778.85', 'chrome-headless-shell-mac-arm64', 'chrome-headless-shell');
  const olderShellMac = touch(cache, 'chrome-headless-shell', 'mac_arm-99.0.4844.51', 'chrome-headless-shell-mac-arm64', 'chrome-headless-shell');
  const chromeMac = touch(cache, 'chrome', 'mac_arm-130.0.6723.58', 'chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing');
  const shellWin = touch(cache, 'chrome-headless-shell', 'win64-131.0.6778.85', 'chrome-headless-shell-win64', 'chrome-headless-shell.exe');
  const chromeLinux = touch(cache, 'chrome', 'linux-131.0.6778.85', 'chrome-linux64', 'chrome');
  // A download cut short: its folder is there, its binary is not.
  fs.mkdirSync(path.join(cache, 'chrome', 'linux-132.0.6834.83', 'chrome-linux64'), { recursive: true });

  it('finds each platform’s headless shells, then its Chromes, newest first', () => {
    expect(cachedBrowsers(cache, 'mac_arm')).toEqual([shellMac, olderShellMac, chromeMac]);
    expect(cachedBrowsers(cache, 'win64')).toEqual([shellWin]);
    expect(cachedBrowsers(cache, 'linux')).toEqual([chromeLinux]);
    expect(cachedBrowsers(cache, 'mac')).toEqual([]);
    expect(cachedBrowsers(path.join(cache, 'none'))).toEqual([]);
  });

  it('puts the cache before the system’s browsers, the environment’s choice before both', () => {
    const system = touch(tempDir('lectern-system-'), 'Google Chrome');
    const env = { PUPPETEER_CACHE_DIR: cache };
    expect(browserCandidates(env, [system, '/nope/chrome'], 'mac_arm')).toEqual([shellMac, olderShellMac, chromeMac, system].map((p) => ({ path: p, found: true })));
    expect(browserCandidates({ ...env, CHROME_PATH: system }, [], 'mac_arm')).toEqual([{ path: system, found: false }]);
    expect(() => browserCandidates({ PUPPETEER_CACHE_DIR: cache }, ['/nope/chrome'], 'mac')).toThrow(BrowserNotFound);
    expect(() => browserCandidates({ PUPPETEER_CACHE_DIR: cache }, ['/nope/chrome'], 'mac')).toThrow(`--path ${cache}`);
  });
});
