// npm run corpus:reference [filter…] — asks each corpus deck's own tool what it shows (slides, slides with notes,
// per-slide text) and writes the deck's reference.json. Quarto references come from Pandoc (written by the
// Quarto work); a family without a runnable tool is skipped with a line saying so.
import { browserSession } from '../../src/export/browser.js';
import { processHost } from '../../src/cli/host.js';
import { corpusEntries, type CorpusEntry } from './entries.js';
import { marpReference } from './ref-marp.js';
import { revealMdReference } from './ref-reveal-md.js';
import { revealPluginReference } from './ref-reveal-plugin.js';
import { slidevReference } from './ref-slidev.js';
import { writeReference, type Reference } from './reference-file.js';
import os from 'node:os';

const session = browserSession(processHost());
session.confine(os.tmpdir());

async function referenceOf(entry: CorpusEntry): Promise<Reference | undefined> {
  switch (entry.family) {
    case 'reveal-md':
      return revealMdReference(entry, session);
    case 'marp':
      return marpReference(entry);
    case 'slidev':
      return slidevReference(entry);
    case 'reveal-page':
    case 'mkslides':
      return revealPluginReference(entry, session);
    default:
      return undefined;
  }
}

let failed = 0;
try {
  for (const entry of corpusEntries(process.argv.slice(2))) {
    try {
      const reference = await referenceOf(entry);
      if (!reference) {
        console.log(`${entry.id}: no reference tool run here (${entry.family})`);
        continue;
      }
      writeReference(entry.referenceFile, reference);
      console.log(`${entry.id}: ${reference.slides} slides, ${reference.notes} with notes (${reference.countedWith})`);
    } catch (err) {
      failed++;
      // A tool's own words: the last lines of its stderr that are not a stack frame.
      const stderr = String((err as { stderr?: unknown }).stderr ?? '');
      const lines = (stderr || (err instanceof Error ? err.message : String(err))).split('\n').filter((l) => l.trim() && !/^\s+at /.test(l));
      console.error(`${entry.id}: could not make a reference: ${lines.slice(-3).join(' | ')}`);
    }
  }
} finally {
  await session.close();
}
process.exitCode = failed ? 1 : 0;
