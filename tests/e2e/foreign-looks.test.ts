// How foreign decks look in Chromium: Marp's fitting headers fill the slide's width as marp-cli scales them
// (Lectern left them at their size), code shows >= and != as typed (JetBrains Mono's ligatures drew ≥, ≠), and a
// background that does not load shows nothing.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { processHost } from '../../src/cli/host.js';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { silentLogger } from '../../src/log.js';
import { tempDir } from '../helpers.js';

const deck = '---\nmarp: true\n---\n\n# <!--fit--> A fitting header that is long\n\n---\n\n## <!--fit--> Short\n\n---\n\n# Code\n\n```python\nif a >= b and c != d: pass\n```\n\n---\n\n![bg](https://example.invalid/x.png)\n\n# Offline\n';

let session: BrowserSession;
let page: string;
beforeAll(async () => {
  const root = tempDir('lectern-foreign-looks-');
  fs.mkdirSync(path.join(root, 'decks'));
  fs.writeFileSync(path.join(root, 'decks', 'looks.md'), deck);
  const result = await build({ root, outDir: path.join(root, 'dist'), formats: new Set(['html']), cache: false }, { cwd: root, logger: silentLogger, host: processHost() });
  expect(result.ok).toBe(true);
  page = pathToFileURL(path.join(root, 'dist', 'default', 'looks', 'index.html')).href;
  session = browserSession(processHost());
  session.confine(root);
});
afterAll(() => session?.close());

async function measure<T>(slide: number, script: string): Promise<T> {
  return session.withPage(async (p) => {
    await p.setViewport({ width: 1280, height: 720 });
    await p.goto(`${page}#/${slide}`, { waitUntil: 'load' });
    await p.waitForFunction('window.Reveal && Reveal.isReady()');
    await p.evaluate('document.fonts.ready');
    await p.waitForFunction('Reveal.getCurrentSlide().querySelector("h1, h2, pre")');
    await p.waitForFunction('[...document.images].every((i) => i.complete)');
    await new Promise((r) => setTimeout(r, 300));
    return (await p.evaluate(script)) as T;
  });
}

const HEADING = `(() => { const h = Reveal.getCurrentSlide().querySelector('h1, h2'); const r = document.createRange(); r.selectNodeContents(h);
  return { text: r.getBoundingClientRect().width, box: h.getBoundingClientRect().width, size: parseFloat(getComputedStyle(h).fontSize) }; })()`;

describe('Marp fitting headers', () => {
  it('fill the width of the slide on one line', async () => {
    const long = await measure<{ text: number; box: number }>(0, HEADING);
    expect(long.text / long.box).toBeGreaterThan(0.95);
    expect(long.text / long.box).toBeLessThanOrEqual(1.01);
  });
  it('grow a short one, at most three times its size', async () => {
    const short = await measure<{ size: number }>(1, HEADING);
    expect(short.size).toBeGreaterThan(60);
  });
});

describe('a Marp background that does not load', () => {
  it('shows nothing, not a broken-image frame', async () => {
    expect(await measure<string>(3, `getComputedStyle(Reveal.getCurrentSlide().querySelector('img.marp-bg')).visibility`)).toBe('hidden');
  });
});

describe('code', () => {
  it('has no ligatures', async () => {
    const style = await measure<{ ligatures: string; features: string }>(2, `(() => { const c = Reveal.getCurrentSlide().querySelector('pre code'); const s = getComputedStyle(c); return { ligatures: s.fontVariantLigatures, features: s.fontFeatureSettings }; })()`);
    expect(style.ligatures).toBe('none');
    expect(style.features).toContain('"calt" 0');
  });
});
