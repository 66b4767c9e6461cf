// The students' reading page (read.html): every slide's text, the Handout: text, no speaker notes, axe-clean,
// linked from the class index; and the speaking-time estimate where the lecturer sees it.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import type { Manifest } from '../../src/write/manifest.js';
import { axeSource, buildProject, repoRoot, tempDir, tempProject } from '../helpers.js';
import { processHost } from '../../src/cli/host.js';

let session: BrowserSession;
let root: string;
let manifest: Manifest;

beforeAll(async () => {
  root = tempProject();
  // A Handout: block for students on one slide.
  const tour = path.join(root, 'decks', 'syntax-tour.md');
  fs.writeFileSync(tour, fs.readFileSync(tour, 'utf8').replace('Note: Code notes.', 'Handout: Read **chapter 2** before class.\n\nNote: Code notes.'));
  const result = await buildProject(root);
  expect(result.ok).toBe(true);
  manifest = result.manifest!;
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
});
afterAll(() => session?.close());

const dist = (rel: string) => path.join(root, 'dist', rel);

async function axe(file: string, width: number): Promise<{ violations: string[]; requests: string[] }> {
  return session.withPage(async (page) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width, height: 800 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'], preload: false });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes[0]?.target?.join(' ')}`);
    });
    return { violations, requests: requests.filter((u) => !u.startsWith('file://')) };
  });
}

describe('reading view', () => {
  it('is beside every deck, listed in the manifest and linked from the class index as "Read"', () => {
    for (const c of manifest.classes) {
      const index = parseHTML(fs.readFileSync(dist(c.index), 'utf8')).document;
      for (const d of c.decks) {
        expect(d.read).toBe(`${c.id}/${d.slug}/read.html`);
        expect(fs.existsSync(dist(d.read!))).toBe(true);
        const links = [...index.querySelectorAll(`a[href="${d.slug}/read.html"]`)].map((a: any) => a.textContent.trim());
        expect(links.some((t: string) => t.startsWith('Read'))).toBe(true);
      }
    }
  });

  it('has each slide heading and body, the handout text, and none of the speaker notes', () => {
    const deck = manifest.classes[0]!.decks.find((d) => d.slug === 'syntax-tour')!;
    const page = parseHTML(fs.readFileSync(dist(deck.read!), 'utf8')).document;
    const slides = parseHTML(fs.readFileSync(dist(deck.html), 'utf8')).document;
    const text = page.body.textContent!;
    // Headings as outline (a "(cont.)" slide's list joins its first part), and every list item's text.
    for (const h of slides.querySelectorAll('section[id]:not(.continued) h2.slide-title')) expect(text).toContain(h.textContent!.trim());
    expect(text).not.toContain('(cont.)');
    for (const li of slides.querySelectorAll('.slide-body li')) expect(text).toContain(li.textContent!.trim().split('\n')[0]);
    for (const note of slides.querySelectorAll('aside.notes')) expect(text).not.toContain(note.textContent!.trim());
    // The students' Handout: text shows on the reading page, never on the slide.
    expect(page.querySelector('.reading-handout')?.textContent).toContain('Read chapter 2 before class.');
    expect(slides.body.textContent).not.toContain('Read chapter 2 before class.');
    // Slide links point at the page's own sections.
    for (const a of page.querySelectorAll('a[href^="#"]')) expect(page.getElementById(a.getAttribute("href")!.slice(1)), String(a.getAttribute("href"))).not.toBeNull();
  });

  it('passes axe-core on a phone and a laptop and asks for nothing from the network', async () => {
    for (const c of manifest.classes) {
      for (const d of c.decks) {
        for (const width of [390, 1280]) expect(await axe(dist(d.read!), width), `${d.read} at ${width}px`).toEqual({ violations: [], requests: [] });
      }
    }
  });

  it('the shipped decks\' reading pages pass axe-core', async () => {
    const out = tempDir('lectern-read-shipped-');
    const shipped = await buildProject(repoRoot, ['html'], { outDir: out });
    expect(shipped.ok).toBe(true);
    for (const c of shipped.manifest!.classes) {
      for (const d of c.decks) expect(await axe(path.join(out, d.read!), 390), d.read).toEqual({ violations: [], requests: [] });
    }
  });
});

describe('planned time where the lecturer sees it', () => {
  it('each slide carries its planned seconds for the speaker view; they add up to the manifest and the index', async () => {
    for (const c of manifest.classes) {
      const index = parseHTML(fs.readFileSync(dist(c.index), 'utf8')).document;
      for (const d of c.decks) {
        const timings = await session.withPage(async (page) => {
          await page.goto(pathToFileURL(dist(d.html)).href);
          await page.waitForFunction('window.Reveal && Reveal.isReady()');
          return page.evaluate(() => {
            const R = (window as any).Reveal;
            return { slides: R.getSlidesAttributes().map((a: Record<string, string>) => a['data-timing']), pacing: R.getConfig().defaultTiming };
          });
        });
        // Every slide has a time (else the speaker view falls back to defaultTiming), and they sum to the plan.
        expect(timings.slides.every((t: string | undefined) => t !== undefined && Number(t) > 0), d.slug).toBe(true);
        expect(timings.slides.reduce((n: number, t: string) => n + Number(t), 0), d.slug).toBe(d.seconds);
        expect(timings.pacing).not.toBeNull();
        expect(d.minutes).toBe(Math.round(d.seconds / 60));
        const entry = [...index.querySelectorAll('.lecture')].find((li: any) => li.querySelector(`a[href="${d.slug}/index.html"]`)) as any;
        expect(entry.querySelector('.lecture-time').textContent).toBe(`${d.minutes} min`);
      }
    }
  });
});

describe('speaker view plan', () => {
  it('shows the current slide\'s planned time and where the lecture should be, from the slides\' own timings', async () => {
    const deck = manifest.classes[0]!.decks.find((d) => d.slug === 'syntax-tour')!;
    await session.withPage(async (page) => {
      await page.goto(`${pathToFileURL(dist(deck.html)).href}#/nested-bullets`);
      await page.waitForFunction('window.Reveal && Reveal.isReady()');
      const planned = await page.evaluate(() => {
        const R = (window as any).Reveal;
        const times = R.getSlides().map((s: Element) => Number(s.getAttribute('data-timing')));
        const at = R.getSlides().indexOf(R.getCurrentSlide());
        return { own: times[at], start: times.slice(0, at).reduce((n: number, t: number) => n + t, 0) };
      });
      const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
      const opened = new Promise<import('puppeteer-core').Target>((resolve) => page.browser().once('targetcreated', resolve));
      await page.keyboard.press('s');
      const speaker = (await (await opened).page())!;
      try {
        await speaker.waitForFunction(() => document.querySelectorAll('iframe').length === 2, { timeout: 15_000 });
        const frame = async (part: string) => {
          for (let i = 0; i < 100; i++) {
            const f = speaker.frames().find((x) => x.url().includes(part));
            if (f) return f;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error(`no frame ${part}`);
        };
        const current = await frame('postMessageEvents=true');
        await current.waitForSelector('.speaker-plan', { timeout: 15_000 });
        expect(await current.$eval('.speaker-plan', (e) => e.textContent)).toBe(`Plan ${clock(planned.own)} · from ${clock(planned.start)} to ${clock(planned.start + planned.own)} of ${clock(deck.seconds)}`);
        // In the theme's body font, not the system's.
        const fonts = await current.$eval('.speaker-plan', (e) => [getComputedStyle(e).fontFamily, getComputedStyle(document.querySelector('.reveal')!).fontFamily]);
        expect(fonts[0]!.split(',')[0]).toBe(fonts[1]!.split(',')[0]);
        // The upcoming-slide preview carries no plan, and neither does the presented slide.
        expect(await (await frame('controls=false')).$('.speaker-plan')).toBeNull();
        expect(await page.$('.speaker-plan')).toBeNull();
      } finally {
        await speaker.close();
      }
    });
  });
});
