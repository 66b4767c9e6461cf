// Which browser runs: the one the environment names, else the first found where browsers live; none is one clear error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFound, browserCandidates, findBrowserSync } from '../../../src/export/find-browser.js';
import { tempDir } from '../../helpers.js';

const dir = tempDir('lectern-browsers-');
const [shell, full, missing] = ['chromium-headless-shell', 'chromium', 'google-chrome'].map((name) => path.join(dir, name));
for (const f of [shell, full]) fs.writeFileSync(f!, '#!/bin/sh\n', { mode: 0o755 });
/** No Puppeteer download here: only the system paths given count. */
const env = (extra: Record<string, string> = {}) => ({ PUPPETEER_CACHE_DIR: tempDir('lectern-no-cache-'), ...extra });

describe('browserCandidates', () => {
  it('lists the system paths that exist, in the order given', () => {
    expect(browserCandidates(env(), [missing!, shell!, full!])).toEqual([{ path: shell, found: true }, { path: full, found: true }]);
    expect(findBrowserSync(env(), [full!, shell!])).toBe(full);
  });
  it('takes the browser the environment names, and only that one', () => {
    expect(browserCandidates(env({ CHROME_PATH: full! }), [shell!])).toEqual([{ path: full, found: false }]);
    expect(browserCandidates(env({ PUPPETEER_EXECUTABLE_PATH: shell!, CHROME_PATH: full! }), [])).toEqual([{ path: shell, found: false }]);
  });
  it('refuses a named browser that does not exist rather than run another', () => {
    expect(() => browserCandidates(env({ PUPPETEER_EXECUTABLE_PATH: missing! }), [shell!])).toThrow(BrowserNotFound);
    expect(() => browserCandidates(env({ PUPPETEER_EXECUTABLE_PATH: missing! }), [shell!])).toThrow(`PUPPETEER_EXECUTABLE_PATH=${missing} (set, but no such file)`);
  });
  it('says how to install one when none is found', () => {
    try {
      browserCandidates(env(), [missing!]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BrowserNotFound);
      expect((e as Error).name).toBe('BrowserNotFound');
      expect((e as Error).message).toMatch(/^no Chromium or Chrome found \(looked at .*\)\. Install one: .*PUPPETEER_EXECUTABLE_PATH/);
    }
  });
});
