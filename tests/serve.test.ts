// lectern serve: serves the build, rebuilds one deck on save, reports a broken deck and recovers, next free port.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from '../src/serve/server.js';
import { affectedDecks } from '../src/serve/changes.js';
import { silentLogger } from '../src/log.js';
import { tempProject } from './helpers.js';
import { browserSession } from '../src/export/browser.js';
import { processHost } from '../src/cli/host.js';

let root: string;
let blocker: http.Server;
let server: Server;
const events: { event: string; data: any }[] = [];
let stream: http.ClientRequest;

function waitFor(event: string, after: number): Promise<{ event: string; data: any }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const hit = events.slice(after).find((e) => e.event === event);
      if (hit) return resolve(hit);
      if (Date.now() - started > 15_000) return reject(new Error(`no ${event} event; saw ${JSON.stringify(events.slice(after))}`));
      setTimeout(tick, 25);
    };
    tick();
  });
}

beforeAll(async () => {
  root = tempProject();
  blocker = http.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const taken = (blocker.address() as { port: number }).port;
  server = await startServer({ system: processHost(), root, outDir: path.join(root, 'dist'), port: taken, host: '127.0.0.1', pdf: false, logger: silentLogger, debounceMs: 30 });
  await new Promise<void>((resolve) => {
    stream = http.get(`${server.url}__lectern/events`, (res) => {
      let buffer = '';
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : null });
        }
      });
      resolve();
    });
  });
});

afterAll(async () => {
  stream?.destroy();
  await server?.close();
  blocker?.close();
});

const get = (url: string) => fetch(url).then(async (r) => ({ status: r.status, text: await r.text() }));

describe('lectern serve', () => {
  it('takes the next free port when the asked one is taken, on loopback', () => {
    expect(server.port).toBe((blocker.address() as { port: number }).port + 1);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the built decks with the live-reload script', async () => {
    const page = await get(`${server.url}intro/syntax-tour/index.html`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script src="/__lectern/live.js"></script>');
    // dist/ itself stays as lectern build writes it: no reload script on the USB stick.
    expect(fs.readFileSync(path.join(root, 'dist', 'intro', 'syntax-tour', 'index.html'), 'utf8')).not.toContain('__lectern');
    expect((await get(`${server.url}intro/`)).text).toContain('/__lectern/live.js');
    expect((await get(`${server.url}assets/reveal/reveal.js`)).status).toBe(200);
    // The browser's icon request gets "no content", not a 404 in the console.
    expect((await get(`${server.url}favicon.ico`)).status).toBe(204);
  });

  it('rebuilds only the saved deck and tells the browser to reload', async () => {
    const other = path.join(root, 'dist', 'intro', 'with-image', 'index.html');
    const before = fs.statSync(other).mtimeMs;
    const mark = events.length;
    const deck = path.join(root, 'decks', 'syntax-tour.md');
    fs.writeFileSync(deck, fs.readFileSync(deck, 'utf8').replace('- Second item', '- Second item, edited'));
    const reload = await waitFor('reload', mark);
    expect(reload.data.decks).toEqual(['syntax-tour']);
    expect((await get(`${server.url}intro/syntax-tour/index.html`)).text).toContain('Second item, edited');
    expect(fs.statSync(other).mtimeMs).toBe(before);
  });

  // The restoring save often lands within 50 ms of the breaking one, which chokidar drops (src/serve/missed-saves.ts).
  it('reports a broken deck with file:line, keeps serving, and recovers on the next good save', async () => {
    const deck = path.join(root, 'decks', 'syntax-tour.md');
    const good = fs.readFileSync(deck, 'utf8');
    let mark = events.length;
    fs.writeFileSync(deck, good.replace('## Numbered list and table', '## Numbered list and table {layout=tow-col}'));
    const failure = await waitFor('build-error', mark);
    expect(failure.data.message).toMatch(/decks\/syntax-tour\.md:\d+:\d+: error: unknown layout "tow-col"/);
    expect((await get(`${server.url}intro/syntax-tour/index.html`)).status).toBe(200);
    mark = events.length;
    fs.writeFileSync(deck, good);
    await waitFor('reload', mark);
  });

  it('shows a save that lands right after the previous one (inside chokidar\'s 50 ms change throttle)', async () => {
    // A server of its own with no debounce and a small deck, so the second save lands a few ms after the first
    // is shown: well inside the 50 ms in which chokidar drops further changes to the same file.
    const project = tempProject();
    const deck = path.join(project, 'decks', 'tiny.md');
    fs.writeFileSync(deck, '---\ntitle: Tiny\n---\n\n## One\n\nzero\n');
    const quick = await startServer({ system: processHost(), root: project, outDir: path.join(project, 'dist'), port: 0, host: '127.0.0.1', pdf: false, logger: silentLogger, debounceMs: 0, writeDelayMs: 60_000 });
    try {
      const page = () => get(`${quick.url}seminar/tiny/index.html`).then((r) => r.text);
      expect(await page()).toContain('zero');
      quick.events.once('shown', () => fs.writeFileSync(deck, '---\ntitle: Tiny\n---\n\n## One\n\nsecond save\n'));
      fs.writeFileSync(deck, '---\ntitle: Tiny\n---\n\n## One\n\nfirst save\n');
      let text = '';
      for (const started = Date.now(); Date.now() - started < 3000 && !text.includes('second save'); await new Promise((r) => setTimeout(r, 50))) text = await page();
      expect(text).toContain('second save');
    } finally {
      await quick.close();
    }
  });

  it('a template change rebuilds everything with the new template', async () => {
    const mark = events.length;
    const footer = path.join(root, 'templates', 'partials', 'footer.hbs');
    fs.writeFileSync(footer, fs.readFileSync(footer, 'utf8').replace('<span class="footer-deck">', '<span class="footer-deck">Edited: '));
    const reload = await waitFor('reload', mark);
    expect(reload.data.decks).toBeNull();
    expect((await get(`${server.url}seminar/with-image/index.html`)).text).toContain('Edited: Deck with an image');
  });

  it('maps saved files to the decks they affect', () => {
    expect(affectedDecks('/p', [{ kind: 'change', file: '/p/decks/a.md' }, { kind: 'change', file: '/p/decks/b/index.md' }, { kind: 'change', file: '/p/decks/b/map.svg' }])).toEqual(['a', 'b']);
    expect(affectedDecks('/p', [{ kind: 'change', file: '/p/templates/styles/lectern.css' }])).toBeUndefined();
    expect(affectedDecks('/p', [{ kind: 'add', file: '/p/decks/new.md' }])).toBeUndefined();
  });

  it('in a real browser: shows the error as an overlay, then reloads on the same slide when fixed', async () => {
    const session = browserSession(processHost());
    try {
      await session.withPage(async (page) => {
        await page.goto(`${server.url}intro/syntax-tour/index.html#/nested-bullets`);
        await page.waitForFunction('window.Reveal && Reveal.isReady()');
        const deck = path.join(root, 'decks', 'syntax-tour.md');
        const good = fs.readFileSync(deck, 'utf8');
        fs.writeFileSync(deck, good.replace('## Code and math {#code-math}', '## Code and math {#code-math colour=red}'));
        await page.waitForFunction(() => document.querySelector('.lectern-error-overlay')?.textContent?.includes('error: unknown attribute "colour"'), { timeout: 15_000 });
        const overlay = await page.$eval('.lectern-error-overlay', (e) => e.textContent!);
        expect(overlay).toMatch(/decks\/syntax-tour\.md:\d+:\d+: error: unknown attribute "colour"/);
        const reloaded = page.waitForNavigation({ timeout: 15_000 });
        fs.writeFileSync(deck, good);
        await reloaded;
        await page.waitForFunction('window.Reveal && Reveal.isReady()');
        expect(await page.$('.lectern-error-overlay')).toBeNull();
        expect(await page.evaluate(() => (window as any).Reveal.getCurrentSlide().id)).toBe('nested-bullets');
        // Renaming the heading of the slide on screen changes its id: the tab stays on that slide by position.
        const before = await page.evaluate(() => (window as any).Reveal.getIndices());
        const renamed = page.waitForNavigation({ timeout: 15_000 });
        fs.writeFileSync(deck, good.replace(/^## Nested bullets.*$/m, '## Bullets within bullets').replace('(#nested-bullets)', '(#bullets-within-bullets)'));
        await renamed;
        await page.waitForFunction('window.Reveal && Reveal.isReady()');
        await page.waitForFunction((h: number) => (window as any).Reveal.getIndices().h === h, { timeout: 5_000 }, before.h);
        expect(await page.evaluate(() => (window as any).Reveal.getCurrentSlide().id)).toBe('bullets-within-bullets');
        fs.writeFileSync(deck, good);
      });
    } finally {
      await session.close();
    }
  });
});
