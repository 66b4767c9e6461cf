// reveal.js's markdown plugin as the reference, for the tools that are that plugin on a page: a course's own
// reveal.js page (its <div class="slides"> as written, served from the course folder so that every
// data-markdown path resolves as on the course's site), mkslides (its page template: one <section data-markdown>
// with mkslides.yml's separators, the Markdown after its front matter) and tests/corpus's reveal decks.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { BrowserSession } from '../../src/export/browser.js';
import { readCorpusDeck, revealInput } from './corpus-decks.js';
import type { CorpusEntry } from './entries.js';
import type { Reference } from './reference-file.js';
import { readSlideTexts } from './read-slides.js';
import { revealVersion } from './reveal-count.js';

const require = createRequire(import.meta.url);
const revealDist = path.dirname(require.resolve('reveal.js'));
const ORIGIN = 'http://corpus.invalid';
const ASSETS: Record<string, string> = {
  '/__reveal/reveal.js': path.join(revealDist, 'reveal.js'),
  '/__reveal/reveal.css': path.join(revealDist, 'reveal.css'),
  '/__reveal/markdown.js': path.join(revealDist, 'plugin', 'markdown.js'),
};

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

interface Served {
  /** URL path of the page, relative to the course folder. */
  pagePath: string;
  slidesHtml: string;
  /** Extra files by URL path (generated Markdown). */
  extra?: Record<string, string>;
  /** What the reference assumed where the tool itself would not run (Reference.remarks). */
  remarks?: string[];
}

async function readWithPlugin(session: BrowserSession, dir: string, served: Served): Promise<Pick<Reference, 'slides' | 'notes' | 'texts'>> {
  const pageUrl = `${ORIGIN}/${served.pagePath}`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/__reveal/reveal.css"></head><body>
<div class="reveal"><div class="slides">${served.slidesHtml}</div></div>
<script src="/__reveal/reveal.js"></script><script src="/__reveal/markdown.js"></script>
<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown], hash: false }).then(() => true);</script></body></html>`;
  return session.withPage(async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== ORIGIN) return void request.respond({ status: 404, body: '' });
      const rel = decodeURIComponent(url.pathname);
      if (rel === `/${served.pagePath}`) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const extra = served.extra?.[rel];
      if (extra !== undefined) return void request.respond({ status: 200, contentType: 'text/markdown; charset=utf-8', body: extra });
      const asset = ASSETS[rel];
      const file = asset ?? path.join(dir, rel);
      // Only Markdown and the plugin are needed to read slides: images and styles are answered empty.
      if (!/\.(md|markdown|js|css)$/i.test(file) || !path.resolve(file).startsWith(dir) && !asset || !fs.existsSync(file)) return void request.respond({ status: 404, body: '' });
      return void request.respond({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/plain; charset=utf-8', body: fs.readFileSync(file) });
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForFunction('window.ready && Reveal.isReady()', { timeout: 30_000 });
    return readSlideTexts(page);
  }, 60_000);
}

/** The page's slides as written; reveal.js 6's plugin reads them (the course may have used an older reveal.js). */
function coursePage(entry: CorpusEntry): Served {
  const { document } = parseHTML(fs.readFileSync(path.join(entry.dir, entry.page!), 'utf8'));
  const slides = document.querySelector('.reveal .slides') ?? document.querySelector('.slides');
  if (!slides) throw new Error(`${entry.page} has no <div class="slides">`);
  return { pagePath: entry.page!.split(path.sep).join('/'), slidesHtml: slides.innerHTML };
}

// mkslides.yml's `slides:` keys → the attributes its template writes (markupgenerator.py, markdown_data_options).
const MKSLIDES = { separator: 'data-separator', separator_vertical: 'data-separator-vertical', separator_notes: 'data-separator-notes', charset: 'data-charset' } as const;
const RE_FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type MkslidesConfig = { slides?: Record<string, unknown> };

/** The course's mkslides.yml; one that is not YAML stops mkslides (OmegaConf.load raises), so its defaults stand in. */
function mkslidesConfig(entry: CorpusEntry): { config: MkslidesConfig; remarks?: string[] } {
  const configFile = path.join(entry.dir, 'mkslides.yml');
  if (!fs.existsSync(configFile)) return { config: {} };
  try {
    return { config: (parseYaml(fs.readFileSync(configFile, 'utf8')) ?? {}) as MkslidesConfig };
  } catch {
    return { config: {}, remarks: ["mkslides.yml is not YAML (mkslides itself stops on it): the page is mkslides' template with its defaults, no separator set, as Lectern builds the deck"] };
  }
}

function mkslidesPage(entry: CorpusEntry): Served {
  const { config, remarks } = mkslidesConfig(entry);
  const deck = entry.decks[0]!;
  const text = fs.readFileSync(path.join(entry.dir, deck), 'utf8').replace(/^\uFEFF/, '');
  const front = RE_FRONT.exec(text);
  const meta = front ? ((parseYaml(front[1]!) ?? {}) as { slides?: Record<string, unknown> }) : {};
  const slides = { ...config.slides, ...meta.slides };
  const options = Object.entries(MKSLIDES)
    .map(([key, name]) => (typeof slides[key] === 'string' && slides[key] ? attr(name, slides[key] as string) : ''))
    .join('');
  const dir = path.posix.dirname(deck.split(path.sep).join('/'));
  const markdownPath = `${dir === '.' ? '' : dir + '/'}__mkslides__.md`;
  return {
    pagePath: `${dir === '.' ? '' : dir + '/'}__mkslides__.html`,
    slidesHtml: `<section data-markdown="__mkslides__.md"${options}></section>`,
    extra: { [`/${markdownPath}`]: front ? text.slice(front[0].length) : text },
    ...(remarks && { remarks }),
  };
}

function testsRevealPage(entry: CorpusEntry): Served {
  const input = revealInput(readCorpusDeck(entry.name));
  return {
    pagePath: '__page.html',
    slidesHtml: `<section data-markdown="__deck.md"${attr('data-separator', input.separator)}${attr('data-separator-vertical', input.verticalSeparator)}${attr('data-separator-notes', input.notesSeparator)}></section>`,
    extra: { '/__deck.md': input.markdown },
  };
}

export async function revealPluginReference(entry: CorpusEntry, session: BrowserSession): Promise<Reference> {
  const served = entry.family === 'mkslides' ? mkslidesPage(entry) : entry.page ? coursePage(entry) : testsRevealPage(entry);
  const read = await readWithPlugin(session, path.resolve(entry.dir), served);
  const how =
    entry.family === 'mkslides'
      ? "mkslides' page template (its published source: one data-markdown section with mkslides.yml's separators; mkslides itself is a Python tool not installable here)"
      : entry.page
        ? `the course's own page ${entry.page} (its <div class="slides">)`
        : "the separators of the deck's page (corpus.json)";
  return { tool: entry.set === 'tests' ? 'reveal' : entry.family, ...read, countedWith: `reveal.js ${revealVersion} markdown plugin in Chromium, on ${how}`, ...(served.remarks && { remarks: served.remarks }) };
}
