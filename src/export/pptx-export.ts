// One deck job → <deck>.pptx in its output folder: its pictures drawn in the page, then the model written by
// PptxGenJS; what the package cannot carry is a warning at its slide's line.
import type { Page } from 'puppeteer-core';
import type { DeckJob } from '../render/render-job.js';
import type { Output } from '../write/output.js';
import { warning, type Diagnostic } from '../diagnostics.js';
import { locateIn } from '../model/deck.js';
import { loadFont } from '../config/fonts.js';
import { rewriteUrl } from '../paths/asset-target.js';
import { timed } from '../profile.js';
import { deckBlocks, writePptx } from './pptx-deck.js';
import { flatBlocks } from '../render/slide-blocks.js';
import { drawPictures } from './pictures.js';
import { loadPptxLibrary } from './pptx-library.js';

export async function exportPptx(page: Page, job: DeckJob, output: Output): Promise<{ file: string; warnings: Diagnostic[] }> {
  const blocks = deckBlocks(job.deck);
  const all = flatBlocks([...blocks.values()].flat());
  const pictures = await timed('pptx: draw pictures', () => drawPictures(page, output, job.dir, all, (src) => rewriteUrl(job.projectRoot, job.deck.dir, src)));
  const library = loadPptxLibrary();
  const input = { deck: job.deck, look: job.look, info: job.info, date: job.date, family: (font: string) => familyOf(font, job.look.fontDirs) };
  const { bytes, dropped } = await timed('pptx: write', () => writePptx(input, blocks, pictures, library));
  const file = `${job.dir}/${job.deck.slug}.pptx`;
  output.write(file, bytes);
  const warnings = dropped.map((d) => {
    const at = locateIn(d.slide.bodyLines, d.source, { line: d.slide.line, column: 1 });
    return warning(job.deck.file, at.line, at.column, `${d.what} cannot be carried into PowerPoint: left out of ${job.deck.slug}.pptx (its text and images are kept)`, 'pptx-dropped');
  });
  return { file, warnings };
}

/** The family name a font package draws ("source-sans-3" → "Source Sans 3"), as PowerPoint looks fonts up. */
function familyOf(font: string, dirs?: Readonly<Record<string, string>>): string {
  try {
    return loadFont(font, dirs).family;
  } catch {
    return font.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }
}
