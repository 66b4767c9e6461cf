// Finding a browser, and what happens when printing a deck takes too long.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../../src/export/browser.js';
import { BrowserNotFound, findBrowser } from '../../src/export/find-browser.js';
import { PUPPETEER_DEFAULT_ARGS, defaultArgsFor } from '../../src/export/chromium-process.js';
import { buildProject, fullChromium, headlessShell, repoRoot, tempDir, tempProject, withBrowser, withEnv } from '../helpers.js';
import { pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';

describe('findBrowser', () => {
  const empty = tempDir('lectern-nocache-');
  it('prefers PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH', async () => {
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath, PUPPETEER_CACHE_DIR: empty }, [])).toBe(process.execPath);
    expect(await findBrowser({ CHROME_PATH: process.execPath, PUPPETEER_CACHE_DIR: empty }, [])).toBe(process.execPath);
  });
  it('finds a browser in Puppeteer\'s cache', async () => {
    const exe = path.join(empty, 'chrome', 'linux-1.0', 'chrome-linux64', 'chrome');
    fs.mkdirSync(path.dirname(exe), { recursive: true });
    fs.writeFileSync(exe, '');
    expect(await findBrowser({ PUPPETEER_CACHE_DIR: empty }, [])).toBe(exe);
    fs.rmSync(path.join(empty, 'chrome'), { recursive: true });
  });
  it('says how to install one when there is none', async () => {
    const failure = findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nope/chrome', PUPPETEER_CACHE_DIR: empty }, ['/nope/chromium']);
    await expect(failure).rejects.toBeInstanceOf(BrowserNotFound);
    await expect(failure).rejects.toThrow(/apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });
});

describe('the browser Lectern starts itself', () => {
  it('gets every flag Puppeteer would give it (Lectern spawns Chromium before Puppeteer is loaded)', async () => {
    const { default: puppeteer } = await import('puppeteer');
    const theirs = puppeteer.defaultArgs({ headless: true }).filter((a) => a !== 'about:blank');
    expect(theirs.filter((a) => !PUPPETEER_DEFAULT_ARGS.includes(a))).toEqual([]);
    // The headless shell is started as Puppeteer's headless: 'shell' starts it.
    const shell = puppeteer.defaultArgs({ headless: 'shell' }).filter((a) => a !== 'about:blank');
    const ours = defaultArgsFor('/usr/lib/chromium/chromium-headless-shell');
    expect(shell.filter((a) => !ours.includes(a))).toEqual([]);
    expect(ours).not.toContain('--headless=new');
  });

  // The full browser makes a single-instance folder in the temp folder; the headless shell makes none.
  it.skipIf(!fullChromium)('prints over its pipe, then leaves no process, no profile and no folder of Chromium\'s behind', () => withBrowser(fullChromium, async () => {
    const profiles = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`lectern-chromium-${process.pid}-`));
    const session = browserSession(processHost());
    session.warm();
    const text = await session.withPage(async (page) => {
      await page.setContent('<p>pipe ok</p>');
      return page.$eval('p', (p) => p.textContent);
    });
    expect(text).toBe('pipe ok');
    const [profile] = profiles();
    expect(profile).toBeDefined();
    // Chromium's single-instance folder in the temp folder (org.chromium.Chromium.XXXXXX), linked from the profile.
    const singleton = path.dirname(fs.readlinkSync(path.join(os.tmpdir(), profile!, 'SingletonSocket')));
    expect(path.basename(singleton)).toMatch(/^org\.chromium\.Chromium\./);
    expect(fs.existsSync(singleton)).toBe(true);
    await session.close();
    expect(profiles()).toEqual([]);
    expect(fs.existsSync(singleton), 'the single-instance folder Chromium leaves when killed').toBe(false);
    // No Chromium process (browser, renderer, zygote) still runs with that profile.
    const running = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(profile!);
      } catch {
        return false;
      }
    });
    expect(running).toEqual([]);
  }));

  it('opens the pages the build asks for when it warms the browser, and no start-up tab', async () => {
    const session = browserSession(processHost());
    session.warm(2);
    await session.loaded();
    // Two prints at once take the two pages opened while Node was busy; Chromium holds no third (its start-up
    // tab cost 0.7 s of CPU and could not be used for a deck).
    const seen = await Promise.all([0, 1].map(() => session.withPage(async (page) => {
      const open = (await page.browser().pages()).length;
      await page.setContent('<p>ok</p>');
      return open;
    })));
    // The second warm page may still be opening when the first print counts (a busy machine): never a third.
    expect(Math.max(...seen)).toBe(2);
    expect(seen.every((n) => n <= 2), `pages open: ${seen.join(', ')}`).toBe(true);
    await session.close();
  });

  it.skipIf(!headlessShell)('the headless shell leaves no process and no profile behind, and makes no folder in the temp folder', () => withBrowser(headlessShell, async () => {
    const chromiumDirs = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('org.chromium.'));
    const dirsBefore = chromiumDirs();
    const session = browserSession(processHost());
    session.warm();
    expect(await session.withPage(async (page) => {
      await page.setContent('<p>shell ok</p>');
      return page.$eval('p', (p) => p.textContent);
    })).toBe('shell ok');
    const profile = fs.readdirSync(os.tmpdir()).find((f) => f.startsWith(`lectern-chromium-${process.pid}-`));
    expect(profile).toBeDefined();
    const running = () => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(profile!));
    expect(running().some((l) => l.includes('chromium-headless-shell'))).toBe(true);
    await session.close();
    expect(fs.existsSync(path.join(os.tmpdir(), profile!))).toBe(false);
    expect(running()).toEqual([]);
    expect(chromiumDirs()).toEqual(dirsBefore);
  }));

  // Lectern prefers the shell; a machine with only the full browser must print the same file.
  it.skipIf(!headlessShell || !fullChromium)('the headless shell and the full browser print byte-identical slide PDFs and handouts', async () => {
    const root = tempProject();
    const files = async (browser: string | undefined, out: string) => withBrowser(browser, async () => {
      const result = await buildProject(root, ['html', 'pdf', 'handout'], { classes: ['intro'], cache: false, outDir: path.join(root, out) });
      expect(result.ok).toBe(true);
      return result.manifest!.classes[0]!.decks.flatMap((d) => [d.pdf!, d.handout!]).map((f) => [f, fs.readFileSync(path.join(root, out, f))] as const);
    });
    const shell = await files(headlessShell, 'dist-shell');
    const full = await files(fullChromium, 'dist-full');
    expect(shell.length).toBeGreaterThan(2);
    expect(shell.map(([f]) => f)).toEqual(full.map(([f]) => f));
    shell.forEach(([f, bytes], i) => expect(Buffer.compare(bytes, full[i]![1]), f).toBe(0));
  });

  it('a headless shell Lectern found that does not start is passed over for the next browser, and the user is told', async () => {
    const cache = tempDir('lectern-broken-shell-');
    const broken = path.join(cache, 'chrome-headless-shell', 'linux-1.0', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    fs.mkdirSync(path.dirname(broken), { recursive: true });
    fs.writeFileSync(broken, '#!/bin/sh\necho "error while loading shared libraries: libfoo.so" >&2\nexit 127\n', { mode: 0o755 });
    await withEnv({ PUPPETEER_EXECUTABLE_PATH: undefined, CHROME_PATH: undefined, PUPPETEER_CACHE_DIR: cache }, async () => {
      const session = browserSession(processHost());
      expect(await session.withPage(async (page) => {
        await page.setContent('<p>printed anyway</p>');
        return page.$eval('p', (p) => p.textContent);
      })).toBe('printed anyway');
      await session.close();
      const [notice, ...more] = session.notices();
      expect(more).toEqual([]);
      expect(notice!.browser).toBe(broken);
      expect(notice!.message).toMatch(/^did not start \(.*libfoo\.so.*\); printed with \/\S+ instead/);
    });
  });

  it('a browser the user named is not replaced when it does not start', () => withBrowser(path.join(repoRoot, 'tests', 'fixtures', 'not-a-browser', 'chrome-headless-shell'), async () => {
    const session = browserSession(processHost());
    await expect(session.withPage(async () => 'never')).rejects.toThrow(/did not start/);
    expect(session.notices()).toEqual([]);
    await session.close();
  }));

  it('a file that is not a browser is reported in one line, at once', async () => {
    const started = Date.now();
    await withBrowser('/bin/false', async () => {
      const session = browserSession(processHost());
      await expect(session.withPage(async () => 'never')).rejects.toThrow(/the browser \/bin\/false did not start/);
      await session.close();
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('export limits', () => {
  it('a deck that times out is named, the build fails, and the previous dist/ stays as it was', async () => {
    const root = tempProject();
    expect((await buildProject(root, ['html'], { classes: ['intro'] })).ok).toBe(true);
    const before = fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8');
    const result = await buildProject(root, ['html', 'pdf'], { classes: ['intro'], export: { timeoutMs: 1, concurrency: 1 } });
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.relative(root, d.file)}: ${d.message}`);
    expect(errors.join('\n')).toMatch(/decks\/syntax-tour\.md: .*intro\/syntax-tour.*timed out/);
    expect(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'dist', 'intro', 'syntax-tour', 'syntax-tour.pdf'))).toBe(false);
  });

  it('the slide size setting sets the PDF page size', async () => {
    const root = tempProject();
    const result = await buildProject(root, ['html', 'pdf'], { classes: ['intro'], decks: ['with-image'], look: { size: '1600x900' } });
    const d = result.manifest!.classes[0]!.decks.find((x) => x.slug === 'with-image')!;
    expect(pdfInfo(path.join(root, 'dist', d.pdf!))['Page size']).toMatch(/^1200 x 675(\.\d+)? pts$/);
    expect(Number(pdfInfo(path.join(root, 'dist', d.pdf!)).Pages)).toBe(d.slides);
  });
});
