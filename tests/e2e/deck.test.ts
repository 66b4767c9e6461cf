// A real Chromium loads built decks from file://: Reveal's slide count, notes, no errors, no network, axe-core.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { openPrintView } from '../../src/export/slides-pdf.js';
import type { Manifest } from '../../src/write/manifest.js';
import { axeSource, buildProject, repoRoot, tempProject } from '../helpers.js';
import { processHost } from '../../src/cli/host.js';

let session: BrowserSession;
let root: string;
let manifest: Manifest;

beforeAll(async () => {
  root = tempProject();
  const result = await buildProject(root);
  expect(result.ok).toBe(true);
  manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
});
afterAll(() => session?.close());

interface PageReport {
  total: number;
  notes: string[];
  errors: string[];
  requests: string[];
  violations: { id: string; nodes: number; first?: string }[];
}

async function inspect(htmlFile: string): Promise<PageReport> {
  return session.withPage(async (page) => {
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.waitForFunction('window.Reveal && Reveal.isReady()');
    await page.evaluate(() => document.fonts.ready);
    const total = await page.evaluate('Reveal.getTotalSlides()') as number;
    const notes = await page.evaluate(() => [...document.querySelectorAll('aside.notes')].map((n) => n.textContent!.trim()));
    // On screen: the slide as presented (theme background behind it), for contrast.
    await page.addScriptTag({ content: axeSource });
    const onScreen = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ['color-contrast'], preload: false });
      return result.violations.map((v: any) => ({ id: `screen:${v.id}`, nodes: v.nodes.length, first: v.nodes[0]?.target?.join(' ') }));
    });
    // axe reads only what is shown: the print view shows every slide at once.
    await openPrintView(page, htmlFile, { margin: '0' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as any).axe;
      // preload: false, or axe fetches every stylesheet by XHR, which file:// pages may not.
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'], preload: false });
      return result.violations.map((v: any) => ({ id: v.id, nodes: v.nodes.length, first: v.nodes[0]?.target?.join(' ') }));
    });
    return { total, notes, errors, requests, violations: [...onScreen, ...violations] };
  });
}

describe('built decks in Chromium', () => {
  it('Reveal counts the slides the manifest promises, for every deck of every class', async () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        const report = await inspect(path.join(root, 'dist', d.html));
        expect(report.total, `${c.id}/${d.slug}`).toBe(d.slides);
        expect(report.errors, `${c.id}/${d.slug}`).toEqual([]);
        expect(report.requests.filter((u) => !u.startsWith('file://')), `${c.id}/${d.slug}`).toEqual([]);
      }
    }
  });

  it('carries speaker notes and passes axe-core with no violations', async () => {
    const deck = manifest.classes[0]!.decks.find((d) => d.slug === 'syntax-tour')!;
    const report = await inspect(path.join(root, 'dist', deck.html));
    expect(report.notes).toContain('Table notes.');
    expect(report.violations).toEqual([]);
  });

  it('the shipped decks load cleanly in each shipped class', async () => {
    const shipped = await buildProject(repoRoot, ['html'], { outDir: path.join(root, 'shipped') });
    expect(shipped.ok).toBe(true);
    for (const c of shipped.manifest!.classes) {
      for (const d of c.decks) {
        const report = await inspect(path.join(root, 'shipped', d.html));
        expect(report.total, `${c.id}/${d.slug}`).toBe(d.slides);
        expect(report.errors).toEqual([]);
        expect(report.violations, `${c.id}/${d.slug}`).toEqual([]);
      }
    }
  });

  it('opens the speaker view with the current slide\'s notes from file://', async () => {
    const deck = manifest.classes[0]!.decks.find((d) => d.slug === 'syntax-tour')!;
    await session.withPage(async (page) => {
      await page.goto(`${pathToFileURL(path.join(root, 'dist', deck.html)).href}#/nested-bullets`);
      await page.waitForFunction('window.Reveal && Reveal.isReady()');
      const opened = new Promise<import('puppeteer-core').Target>((resolve) => page.browser().once('targetcreated', resolve));
      await page.keyboard.press('s');
      const speaker = (await (await opened).page())!;
      await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('Notes for nested bullets'), { timeout: 15_000 });
      await speaker.close();
    });
  });

  it('index pages pass axe-core and work from file://', async () => {
    for (const page of ['index.html', ...manifest.classes.map((c) => c.index)]) {
      const report = await session.withPage(async (p) => {
        const requests: string[] = [];
        p.on('request', (r) => requests.push(r.url()));
        await p.goto(pathToFileURL(path.join(root, 'dist', page)).href, { waitUntil: 'load' });
        await p.addScriptTag({ content: axeSource });
        const violations = await p.evaluate(async () => {
          const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'], preload: false });
          return result.violations.map((v: any) => `${v.id}: ${v.nodes[0]?.target?.join(' ')}`);
        });
        return { violations, requests: requests.filter((u) => !u.startsWith('file://')) };
      });
      expect(report, page).toEqual({ violations: [], requests: [] });
    }
  });
});
