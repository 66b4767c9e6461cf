// Builds one corpus deck as a lecturer would: the course folder copied into decks/<name>/ of a fresh project,
// `build` with HTML (and PDF when asked), then each built deck opened in Chromium and read like the reference.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '../../src/build.js';
import { processHost } from '../../src/cli/host.js';
import { deckSlugForPath } from '../../src/config/project.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import type { BrowserSession } from '../../src/export/browser.js';
import { silentLogger } from '../../src/log.js';
import type { Manifest, ManifestDeck } from '../../src/write/manifest.js';
import type { CorpusEntry } from './entries.js';
import { readSlideTexts, type SlideTexts } from './read-slides.js';
import { writeRevealPage, writeStandIns } from './stand-ins.js';

export interface LecternResult {
  /** First error lines of the build, when it failed. */
  errors: string[];
  warnings: number;
  /** How many decks Lectern made of the course (the tool makes one). */
  decks: number;
  read?: SlideTexts;
  pdfPages?: number;
}

/** The built decks for the entry's deck files, in their order; a course read as one deck gives that one. */
function pick(entry: CorpusEntry, built: ManifestDeck[]): ManifestDeck[] {
  if (built.length <= 1) return built;
  const slugs = entry.decks.map((d) => deckSlugForPath(path.join(entry.name, d)));
  const found = slugs.map((s) => built.find((b) => b.slug === s)).filter((b): b is ManifestDeck => !!b);
  return found.length ? found : built.slice(0, 1);
}

export async function buildWithLectern(entry: CorpusEntry, session: BrowserSession, pdf: boolean): Promise<LecternResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `lectern-corpus-${entry.name}-`));
  try {
    const course = path.join(root, 'decks', entry.name);
    fs.cpSync(entry.dir, course, { recursive: true, filter: (source) => !(path.dirname(source) === entry.dir && entry.metadata.includes(path.basename(source))) });
    writeStandIns(course, entry.standIns);
    if (entry.separators) writeRevealPage(course, entry.decks[0]!, entry.separators);
    const host = processHost();
    const result = await build({ root, outDir: path.join(root, 'dist'), formats: new Set(pdf ? ['html', 'pdf'] : ['html']), cache: false }, { cwd: root, logger: silentLogger, host });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, root));
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    const manifestFile = path.join(root, 'dist', 'manifest.json');
    if (!result.ok || !fs.existsSync(manifestFile)) return { errors: errors.length ? errors : result.failed, warnings, decks: 0 };
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    const built = manifest.classes.flatMap((c) => c.decks);
    const chosen = pick(entry, built);
    const parts: SlideTexts[] = [];
    for (const deck of chosen) {
      parts.push(
        await session.withPage(async (page) => {
          await page.goto(pathToFileURL(path.join(root, 'dist', deck.html)).href, { waitUntil: 'load' });
          await page.waitForFunction('window.Reveal && Reveal.isReady()', { timeout: 30_000 });
          // Quarto draws a deck's footer once, outside its slides (and Pandoc's writer, the reference, has none).
          return readSlideTexts(page, entry.family === 'quarto' ? ['.slide-footer'] : []);
        }, 60_000),
      );
    }
    const read = { slides: parts.reduce((n, p) => n + p.slides, 0), notes: parts.reduce((n, p) => n + p.notes, 0), texts: parts.flatMap((p) => p.texts) };
    const pdfPages = pdf ? chosen.reduce((n, d) => n + (d.pages?.pdf ?? 0), 0) : undefined;
    return { errors, warnings, decks: built.length, read, ...(pdfPages !== undefined && { pdfPages }) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
