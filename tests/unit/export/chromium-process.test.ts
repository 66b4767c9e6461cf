// The arguments Chromium starts with: Puppeteer's, with the headless shell started as `headless: 'shell'` does.
import { describe, expect, it } from 'vitest';
import { defaultArgsFor, isHeadlessShell, PUPPETEER_DEFAULT_ARGS } from '../../../src/export/chromium-process.js';

describe('isHeadlessShell and defaultArgsFor', () => {
  it.each([
    ['/usr/bin/chromium-headless-shell', true],
    ['/home/u/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell-linux64/chrome-headless-shell', true],
    ['C:\\x\\headless_shell.exe', true],
    ['/usr/bin/chromium', false],
    ['/opt/headless-shell/bin/chrome', false],
  ])('%s is a headless shell: %s', (file, yes) => expect(isHeadlessShell(file)).toBe(yes));
  it('gives the full browser --headless=new and the shell plain --headless, the rest alike', () => {
    const full = defaultArgsFor('/usr/bin/chromium');
    const shell = defaultArgsFor('/usr/bin/chromium-headless-shell');
    expect(full).toEqual(PUPPETEER_DEFAULT_ARGS);
    expect(full).toContain('--headless=new');
    expect(shell).toContain('--headless');
    expect(shell).not.toContain('--headless=new');
    expect(shell.filter((a) => !a.startsWith('--headless'))).toEqual(full.filter((a) => !a.startsWith('--headless')));
  });
});
