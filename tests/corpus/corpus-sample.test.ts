// A sample of the shared real-course corpus (../shared/corpus, read in place), a few decks per family, built as
// `npm run corpus` builds them and held to their own tool's reference: slides, slides with notes, and per-slide
// text similarity at least the harness's pass mark. The whole corpus runs in `npm run corpus`.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { processHost } from '../../src/cli/host.js';
import { buildWithLectern } from '../../scripts/corpus/build-with-lectern.js';
import { corpusEntries } from '../../scripts/corpus/entries.js';
import { readReference } from '../../scripts/corpus/reference-file.js';
import { compareDecks } from '../../scripts/corpus/similarity.js';

const SAMPLE = [
  'reveal-md/maigard-git-class',
  'reveal-md/octocorn-sql-jointures',
  'reveal-page/uwb-css551-cg-overview',
  'reveal-page/pyladies-visualization',
  'mkslides/geotribu-qgisfr2025',
  'mkslides/uab-lean-bootcamp',
  'marp/acuity-python-day1',
  'marp/cmu-rust-stuco-ownership',
  'slidev/parham-llm101',
  'slidev/aalesund-intro-javascript',
  'slidev/colglazier-livecoding',
];
const entries = corpusEntries(SAMPLE).filter((e) => SAMPLE.includes(e.id));

let session: BrowserSession;
beforeAll(() => {
  session = browserSession(processHost());
  session.confine(os.tmpdir());
});
afterAll(() => session?.close());

describe.skipIf(entries.length === 0)('a sample of the shared corpus builds as its own tool shows it', () => {
  for (const entry of entries) {
    it(entry.id, async () => {
      const reference = readReference(entry.referenceFile)!;
      expect(reference, `${entry.id}: run npm run corpus:reference`).toBeDefined();
      const built = await buildWithLectern(entry, session, false);
      expect(built.errors).toEqual([]);
      expect(built.decks).toBe(1);
      expect({ slides: built.read!.slides, notes: built.read!.notes }).toEqual({ slides: reference.slides, notes: reference.notes });
      expect(compareDecks(reference.texts!, built.read!.texts).similarity).toBeGreaterThanOrEqual(0.85);
    }, 90_000);
  }
});
