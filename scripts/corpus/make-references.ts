// npm run corpus:reference [filter…] — asks each corpus deck's own tool what it shows (slides, slides with notes,
// per-slide text) and writes the deck's reference.json. Quarto decks of tests/corpus get Pandoc's revealjs writer
// here; the shared Quarto courses' references are written by `npm run corpus:quarto-reference`.
import { browserSession } from '../../src/export/browser.js';
import { processHost } from '../../src/cli/host.js';
import { corpusEntries, type CorpusEntry } from './entries.js';
import { marpReference } from './ref-marp.js';
import { revealMdReference } from './ref-reveal-md.js';
import { revealPluginReference } from './ref-reveal-plugin.js';
import { slidevReference } from './ref-slidev.js';
import { writeReference, type Reference } from './reference-file.js';
import { pandocVersion, quartoReference } from './quarto-reference.js';
import os from 'node:os';
import path from 'node:path';

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
    case 'quarto':
      return entry.set === 'tests' ? quartoTestReference(entry) : undefined;
    default:
      return undefined;
  }
}

/** Pandoc's revealjs writer on the deck, with the course's _quarto.yml, as the shared Quarto courses get it. */
function quartoTestReference(entry: CorpusEntry): Reference {
  const r = quartoReference(entry.dir, path.join(entry.dir, entry.decks[0]!), pandocVersion(), true);
  return { tool: 'quarto', slides: r.slides, notes: r.notes, countedWith: r.countedWith, texts: r.text };
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
