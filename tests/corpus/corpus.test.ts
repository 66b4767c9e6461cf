// Real public lecture decks (tests/corpus/<name>/, see SOURCE.md in each) built with Lectern as a lecturer would:
// the course folder copied into decks/<name>/, HTML and PDF built. Chromium then counts what Lectern made, and the
// counts must equal what the deck's own tool makes of it (reference.json, from `npm run corpus:reference`).
// STATUS.md records which decks pass today and why the others do not.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { build } from '../../src/build.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { silentLogger } from '../../src/log.js';
import type { Manifest } from '../../src/write/manifest.js';
import { listCorpus, type CorpusDeck } from '../../scripts/corpus/corpus-decks.js';
import { countLoadedDeck } from '../../scripts/corpus/reveal-count.js';
import { writeRevealPage, writeStandIns } from '../../scripts/corpus/stand-ins.js';
import { tempDir } from '../helpers.js';
import { pdfInfo } from '../pdf-tools.js';
import { processHost } from '../../src/cli/host.js';

// The corpus's own bookkeeping, not part of the course a lecturer would copy in.
const METADATA = new Set(['SOURCE.md', 'corpus.json', 'reference.json']);

let session: BrowserSession;
beforeAll(() => {
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
});
afterAll(() => session?.close());

/**
 * A fresh project whose decks/<name>/ holds the course folder as published, plus stand-ins for the binary
 * assets the corpus cannot redistribute (corpus.json "standIns", see SOURCE.md).
 */
function projectWith(deck: CorpusDeck): string {
  const root = tempDir(`lectern-corpus-${deck.name}-`);
  const course = path.join(root, 'decks', deck.name);
  fs.cpSync(deck.dir, course, {
    recursive: true,
    filter: (source) => !(path.dirname(source) === deck.dir && METADATA.has(path.basename(source))),
  });
  writeStandIns(course, deck.config.standIns ?? []);
  if (deck.config.tool === 'reveal') writeRevealPage(course, deck.config.deck, deck.config);
  return root;
}

// npm test builds a fixed sample: the 25 decks the corpus started with and a few added since, one per family whose
// counts this test compares. LECTERN_CORPUS=all builds every deck of tests/corpus that has a reference (about 100, a
// long run); `npm run corpus` builds both corpus sets and also compares each slide's text.
const SAMPLE = new Set([
  'ddps-marp-sample',
  'kaisugi-academic-ja',
  'leouieda-talk-template',
  'marp-cli-example',
  'marp-vscode-example',
  'marpstyle-copernico',
  'marpstyle-plato',
  'marpstyle-socrates',
  'pba-activity-template',
  'pba-crypto-intro',
  'pba-hash-functions',
  'pba-howto-reveal',
  'pba-lecture-template',
  'pba-substrate-overview',
  'reveal-md-demo-deep-links',
  'reveal-md-demo-separators',
  'revealjs-markdown-example',
  'rnd195-beam-template',
  'rnd195-beamer-4x3',
  'santisoler-geociencias-es',
  'unil-advanced-programming',
  'unil-contact-manager',
  'unil-git-github',
  'unil-python-projects',
  'unil-terminal-tools',
  // Added with the harvest of issue 22, one per family, each with its own tool's reference.
  'tokium-scrum-training-2025',
  'hanmudo-archunit-cicd',
  'idiap-aidays2026-agents',
  'aarhus-i4dab-use-cases',
]);
const everything = process.env.LECTERN_CORPUS === 'all';
const decks = listCorpus().filter((deck) => (everything ? deck.reference !== undefined : SAMPLE.has(deck.name)));

describe('real lecture decks build with their own tool\'s slides and notes', () => {
  it('the sample is in the corpus with its reference counts', () => {
    const names = new Set(listCorpus().map((deck) => deck.name));
    expect([...SAMPLE].filter((name) => !names.has(name)), 'sample decks missing from tests/corpus').toEqual([]);
    expect(decks.length).toBeGreaterThanOrEqual(SAMPLE.size);
    for (const deck of decks) expect(deck.reference, `${deck.name}: run npm run corpus:reference`).toBeDefined();
  });

  for (const deck of decks) {
    it(`${deck.name} (${deck.config.tool})`, async () => {
      const reference = deck.reference!;
      const root = projectWith(deck);
      // Each build's dist/ carries its own fonts and reveal.js: drop it when the deck is done, not at the end.
      onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
      const result = await build({ root, outDir: path.join(root, 'dist'), formats: new Set(['html', 'pdf']) }, { cwd: root, logger: silentLogger, host: processHost() });
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, root));
      expect(errors, `build errors:\n${errors.join('\n')}\n`).toEqual([]);
      expect(result.ok, `build failed: ${result.failed.join('; ')}`).toBe(true);

      const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')) as Manifest;
      const built = manifest.classes.flatMap((c) => c.decks);
      // One course folder is one deck: a second one means Lectern read a file that is not a deck.
      expect(built.map((d) => d.slug), 'decks Lectern found').toHaveLength(1);
      const [entry] = built;

      const counted = await session.withPage(async (page) => {
        await page.goto(pathToFileURL(path.join(root, 'dist', entry!.html)).href, { waitUntil: 'load' });
        await page.waitForFunction('window.Reveal && Reveal.isReady()', { timeout: 20_000 });
        return countLoadedDeck(page);
      });
      expect(counted, `Lectern's slides and notes vs ${reference.countedWith}`).toEqual({ slides: reference.slides, notes: reference.notes });
      expect(Number(pdfInfo(path.join(root, 'dist', entry!.pdf!)).Pages), 'PDF pages').toBe(reference.slides);
    }, 90_000);
  }
});
