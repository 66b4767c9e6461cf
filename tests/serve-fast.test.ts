// serve's fast path: a saved deck is rendered in memory and shown at once (dist/ written once saves stop), and an
// open tab swaps the new slides into reveal.js in place, staying on its slide, unless the slides' shape changed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from '../src/serve/server.js';
import { renderInMemory } from '../src/serve/quick-render.js';
import { silentLogger } from '../src/log.js';
import { buildProject, tempProject } from './helpers.js';
import { browserSession } from '../src/export/browser.js';
import { processHost } from '../src/cli/host.js';

let root: string;
let server: Server;
let deck: string;
let good: string;
const page = () => path.join(root, 'dist', 'intro', 'syntax-tour', 'index.html');

beforeAll(async () => {
  root = tempProject();
  deck = path.join(root, 'decks', 'syntax-tour.md');
  good = fs.readFileSync(deck, 'utf8');
  server = await startServer({ system: processHost(), root, outDir: path.join(root, 'dist'), port: 0, host: '127.0.0.1', pdf: false, logger: silentLogger, debounceMs: 30, writeDelayMs: 300 });
});

afterAll(async () => {
  await server?.close();
});

const once = <T>(event: string) => new Promise<T>((resolve) => server.events.once(event, resolve));

describe('renderInMemory', () => {
  it('renders the saved deck for every class that lists it, without touching dist/', async () => {
    const project = tempProject();
    await buildProject(project);
    const before = fs.readFileSync(path.join(project, 'dist', 'intro', 'syntax-tour', 'index.html'), 'utf8');
    fs.writeFileSync(path.join(project, 'decks', 'syntax-tour.md'), good.replace('- Second item', '- Second item, in memory'));
    const pages = renderInMemory(project, path.join(project, 'dist'), ['syntax-tour'], undefined, process.env)!;
    // Both fixture classes list the deck.
    expect([...pages.keys()].sort()).toEqual(['intro/syntax-tour/index.html', 'intro/syntax-tour/read.html', 'seminar/syntax-tour/index.html', 'seminar/syntax-tour/read.html']);
    expect(pages.get('intro/syntax-tour/index.html')).toContain('Second item, in memory');
    expect(pages.get('intro/syntax-tour/read.html')).toContain('Second item, in memory');
    expect(fs.readFileSync(path.join(project, 'dist', 'intro', 'syntax-tour', 'index.html'), 'utf8')).toBe(before);
  });

  it('declines a deck with an error, or one that needs a file dist/ does not hold yet', async () => {
    const project = tempProject();
    await buildProject(project);
    const file = path.join(project, 'decks', 'syntax-tour.md');
    fs.writeFileSync(file, good.replace('## Numbered list and table', '## Numbered list and table {layout=tow-col}'));
    expect(renderInMemory(project, path.join(project, 'dist'), ['syntax-tour'], undefined, process.env)).toBeUndefined();
    fs.copyFileSync(path.join(project, 'decks', 'with-image', fs.readdirSync(path.join(project, 'decks', 'with-image')).find((f) => /\.(png|svg|jpe?g)$/i.test(f))!), path.join(project, 'decks', 'new-figure.svg'));
    fs.writeFileSync(file, good.replace('- Second item', '- Second item\n\n![A new figure](new-figure.svg)'));
    expect(renderInMemory(project, path.join(project, 'dist'), ['syntax-tour'], undefined, process.env)).toBeUndefined();
  });
});

describe('lectern serve, fast path', () => {
  it('serves a save from memory before dist/ is written, then writes dist/', async () => {
    const shown = once<{ decks: string[] }>('shown');
    const built = once<{ decks: string[] }>('built');
    let inDistWhenShown: boolean | undefined;
    server.events.once('shown', () => (inDistWhenShown = fs.readFileSync(page(), 'utf8').includes('Second item, from memory')));
    fs.writeFileSync(deck, good.replace('- Second item', '- Second item, from memory'));
    expect((await shown).decks).toEqual(['syntax-tour']);
    expect(inDistWhenShown).toBe(false);
    const served = await (await fetch(`${server.url}intro/syntax-tour/`)).text();
    expect(served).toContain('Second item, from memory');
    expect(served).toContain('/__lectern/live.js');
    expect((await built).decks).toEqual(['syntax-tour']);
    const written = fs.readFileSync(page(), 'utf8');
    expect(written).toContain('Second item, from memory');
    expect(written).not.toContain('__lectern');
  });

  it('in a real browser: swaps edited slides in place on the same slide, and reloads when a slide is added', async () => {
    fs.writeFileSync(deck, good);
    await once('built');
    const session = browserSession(processHost());
    try {
      await session.withPage(async (tab) => {
        if (process.env.DEBUG_SERVE_TEST) tab.on('console', (m) => console.log('page:', m.text()));
        if (process.env.DEBUG_SERVE_TEST) tab.on('framenavigated', (f) => console.log('navigated', f.url()));
        await tab.goto(`${server.url}intro/syntax-tour/index.html#/nested-bullets`);
        await tab.waitForFunction('window.Reveal && Reveal.isReady()');
        await tab.evaluate(() => ((window as any).notReloaded = true));
        const swapped = tab.evaluate(() => new Promise((resolve) => document.addEventListener('lectern:swapped', resolve, { once: true })));
        fs.writeFileSync(deck, good.replace('- Second item', '- Second item, swapped in'));
        await swapped;
        expect(await tab.$eval('#nested-bullets', (s) => s.textContent)).toContain('Second item, swapped in');
        expect(await tab.evaluate(() => (window as any).notReloaded)).toBe(true);
        expect(await tab.evaluate(() => (window as any).Reveal.getCurrentSlide().id)).toBe('nested-bullets');
        expect(await tab.evaluate(() => document.querySelector('.reveal .slides section.present')?.id)).toBe('nested-bullets');
        // A new slide changes the deck's shape: the tab reloads (and comes back on the same slide).
        const reloaded = tab.waitForNavigation({ timeout: 15_000 });
        fs.writeFileSync(deck, good.replace('## Numbered list and table', '## A slide added\n\n- New\n\n## Numbered list and table'));
        await reloaded;
        await tab.waitForFunction('window.Reveal && Reveal.isReady()');
        expect(await tab.evaluate(() => (window as any).notReloaded)).toBeUndefined();
        expect(await tab.$('#a-slide-added')).not.toBeNull();
        expect(await tab.evaluate(() => (window as any).Reveal.getCurrentSlide().id)).toBe('nested-bullets');
      });
    } finally {
      await session.close();
      fs.writeFileSync(deck, good);
    }
  });
});
