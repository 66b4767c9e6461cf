// npm run corpus [--pdf] [filter…] — builds every corpus deck (tests/corpus and ../shared/corpus) as a lecturer
// would and compares it with its own tool's reference: slide count, slides with notes, per-slide text
// (similarity.ts says how). Prints a table per family and one summary line. A deck passes when it builds into
// one deck with the reference's slides and notes, and its text similarity is at least 0.85.
import os from 'node:os';
import { browserSession } from '../../src/export/browser.js';
import { processHost } from '../../src/cli/host.js';
import { buildWithLectern } from './build-with-lectern.js';
import { corpusEntries, FAMILIES, projectDir, type CorpusEntry } from './entries.js';
import { hashWord, readQuartoReference, readReference } from './reference-file.js';
import { compareDecks, words } from './similarity.js';

export const PASS_SIMILARITY = 0.85;

interface Row {
  entry: CorpusEntry;
  status: 'pass' | 'fail' | 'no build' | 'no reference';
  slides: string;
  notes: string;
  similarity?: number;
  problem: string;
}

const args = process.argv.slice(2);
const pdf = args.includes('--pdf');
// --show: for each deck below the mark, its three weakest slides with the words one side has and the other lacks.
const show = args.includes('--show');
const entries = corpusEntries(args.filter((a) => !a.startsWith('--')));
const session = browserSession(processHost());
session.confine(os.tmpdir());
const rows: Row[] = [];
const started = Date.now();
try {
  for (const entry of entries) {
    const reference = readReference(entry.referenceFile) ?? (entry.family === 'quarto' ? readQuartoReference(projectDir, entry.name, entry.decks[0]!) : undefined);
    if (!reference) {
      rows.push({ entry, status: 'no reference', slides: '-', notes: '-', problem: 'run npm run corpus:reference' });
      continue;
    }
    let built;
    try {
      built = await buildWithLectern(entry, session, pdf);
    } catch (err) {
      built = { errors: [`harness: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`], warnings: 0, decks: 0 };
    }
    const slides = `${built.read?.slides ?? '-'}/${reference.slides}`;
    const notes = `${built.read?.notes ?? '-'}/${reference.notes}`;
    if (!built.read) {
      rows.push({ entry, status: 'no build', slides, notes, problem: (built.errors[0] ?? 'no deck built').slice(0, 160) });
      continue;
    }
    const builtTexts = 'hashed' in reference && reference.hashed ? built.read.texts.map((t) => words(t).map(hashWord).join(' ')) : built.read.texts;
    const similarity = reference.texts ? compareDecks(reference.texts, builtTexts).similarity : undefined;
    const problems: string[] = [];
    if (built.decks !== 1) problems.push(`${built.decks} decks`);
    if (built.read.slides !== reference.slides) problems.push('slides');
    if (built.read.notes !== reference.notes) problems.push('notes');
    if (similarity !== undefined && similarity < PASS_SIMILARITY) problems.push('text');
    if (show && reference.texts && similarity !== undefined && similarity < PASS_SIMILARITY) showWeakest(entry.id, reference.texts, builtTexts);
    if (pdf && built.pdfPages !== built.read.slides) problems.push(`PDF ${built.pdfPages} pages`);
    rows.push({ entry, status: problems.length ? 'fail' : 'pass', slides, notes, ...(similarity !== undefined && { similarity }), problem: problems.join(', ') });
  }
} finally {
  await session.close();
}

function showWeakest(id: string, reference: string[], built: string[]): void {
  const { perSlide } = compareDecks(reference, built);
  const weakest = perSlide.map((score, i) => ({ score, i })).sort((a, b) => a.score - b.score).slice(0, 3);
  for (const { score, i } of weakest) {
    const ref = words(reference[i]!);
    const near = built.map((t) => words(t)).sort((a, b) => overlap(ref, b) - overlap(ref, a))[0] ?? [];
    const lacks = ref.filter((w) => !near.includes(w));
    const extra = near.filter((w) => !ref.includes(w));
    console.log(`  ${id} slide ${i + 1} (${score.toFixed(2)}): Lectern lacks [${lacks.slice(0, 20).join(' ')}] has more [${extra.slice(0, 20).join(' ')}]`);
  }
}

function overlap(a: string[], b: string[]): number {
  return b.filter((w) => a.includes(w)).length;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const summary: string[] = [];
let passed = 0;
for (const family of FAMILIES) {
  const of = rows.filter((r) => r.entry.family === family);
  if (!of.length) continue;
  console.log(`\n${family} (${of.length} decks)`);
  console.log(`  ${pad('deck', 44)} ${pad('status', 12)} ${pad('slides', 9)} ${pad('notes', 7)} ${pad('text', 5)} problem`);
  for (const r of of) console.log(`  ${pad(r.entry.id, 44)} ${pad(r.status, 12)} ${pad(r.slides, 9)} ${pad(r.notes, 7)} ${pad(r.similarity === undefined ? '-' : r.similarity.toFixed(2), 5)} ${r.problem}`);
  const ok = of.filter((r) => r.status === 'pass').length;
  passed += ok;
  const sims = of.filter((r) => r.similarity !== undefined).map((r) => r.similarity!);
  summary.push(`${family} ${ok}/${of.length}${sims.length ? ` ${(sims.reduce((a, b) => a + b, 0) / sims.length).toFixed(2)}` : ''}`);
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\ncorpus: ${passed}/${rows.length} decks pass (${pdf ? 'HTML+PDF' : 'HTML'}, ${minutes} min); passing/decks and mean text similarity per family: ${summary.join('; ')}`);
process.exitCode = passed === rows.length ? 0 : 1;
