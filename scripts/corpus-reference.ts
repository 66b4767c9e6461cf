// npm run corpus:reference — asks each corpus deck's own tool how many slides and notes it has and writes
// tests/corpus/<name>/reference.json. reveal.js / reveal-md decks: reveal.js's markdown plugin in Chromium;
// Marp decks: @marp-team/marp-core. The numbers are never typed in by hand.
import fs from 'node:fs';
import path from 'node:path';
import { browserSession } from '../src/export/browser.js';
import { listCorpus, revealInput, type CorpusReference } from './corpus/corpus-decks.js';
import { countWithMarp, marpVersion } from './corpus/marp-count.js';
import { countWithReveal, revealVersion } from './corpus/reveal-count.js';
import { processHost } from '../src/cli/host.js';

const only = new Set(process.argv.slice(2));
const decks = listCorpus().filter((d) => !only.size || only.has(d.name));
const session = browserSession(processHost());
let failed = 0;
try {
  for (const deck of decks) {
    try {
      let reference: CorpusReference;
      if (deck.config.tool === 'marp') {
        reference = { tool: 'marp', ...countWithMarp(deck.text), countedWith: `@marp-team/marp-core ${marpVersion} (math: katex)` };
      } else {
        const counted = await session.withPage((page) => countWithReveal(page, revealInput(deck)));
        reference = { tool: deck.config.tool, ...counted, countedWith: `reveal.js ${revealVersion} markdown plugin in Chromium` };
      }
      fs.writeFileSync(path.join(deck.dir, 'reference.json'), JSON.stringify(reference, null, 2) + '\n');
      console.log(`${deck.name}: ${reference.slides} slides, ${reference.notes} with notes (${deck.config.tool})`);
    } catch (err) {
      failed++;
      console.error(`${deck.name}: could not count: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
} finally {
  await session.close();
}
process.exitCode = failed ? 1 : 0;
