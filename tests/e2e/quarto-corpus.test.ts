// The eight real Quarto course decks in the shared corpus folder (copied into a temporary project, never into this one),
// built by Lectern and compared with Pandoc's revealjs writer (npm run corpus:quarto-reference wrote
// tests/quarto-corpus/<course>.json): the same slides, the same slides with notes, the same text outside code.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, tempDir } from '../helpers.js';
import { packageRoot } from '../../src/paths/package-root.js';
import { compareWithReference, type QuartoComparison } from '../../scripts/corpus/quarto-compare.js';
import { quartoDecks, type QuartoReference } from '../../scripts/corpus/quarto-reference.js';

const shared = path.resolve(packageRoot, '..', 'shared', 'corpus', 'quarto');
const references = path.join(packageRoot, 'tests', 'quarto-corpus');
const courses = fs.existsSync(shared) ? fs.readdirSync(shared).filter((c) => fs.existsSync(path.join(references, `${c}.json`))).sort() : [];
const slugOf = (course: string, deck: string) => `${course}/${deck}`.replace(/\.qmd$/i, '').replace(/\//g, '-');

let root: string;
const results = new Map<string, QuartoComparison>();

describe.skipIf(!courses.length)('the shared Quarto decks against Pandoc', () => {
  beforeAll(async () => {
    root = tempDir('lectern-quarto-corpus-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.mkdirSync(path.join(root, 'classes'));
    for (const c of courses) fs.cpSync(path.join(shared, c), path.join(root, 'decks', c), { recursive: true });
    const slugs = courses.flatMap((c) => quartoDecks(path.join(shared, c)).map((d) => slugOf(c, path.relative(path.join(shared, c), d))));
    fs.writeFileSync(path.join(root, 'classes', 'q.yaml'), `name: Quarto corpus\ndecks: [${slugs.join(', ')}]\n`);
    const result = await buildProject(root, ['html']);
    expect(result.ok, result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n')).toBe(true);
    for (const c of courses) {
      for (const ref of JSON.parse(fs.readFileSync(path.join(references, `${c}.json`), 'utf8')) as QuartoReference[]) {
        const html = fs.readFileSync(path.join(root, 'dist', 'q', slugOf(c, ref.deck), 'index.html'), 'utf8');
        results.set(c, compareWithReference(html, ref));
      }
    }
  }, 300_000);

  for (const course of courses) {
    it(`${course}: Pandoc's slides and notes, and its text outside code (>= 0.85 alike)`, () => {
      const r = results.get(course)!;
      // A slide Pandoc fills only with a cell Quarto hides (include: false before the first heading) is not made.
      expect(r.slides.lectern + r.codeOnlyUnpaired, JSON.stringify(r.worst, null, 1)).toBe(r.slides.reference);
      expect(r.notes.lectern).toBe(r.notes.reference);
      expect(r.proseSimilarity, JSON.stringify(r.worst, null, 1)).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('all of them: mean text alike >= 0.9 outside code', () => {
    const mean = [...results.values()].reduce((n, r) => n + r.proseSimilarity, 0) / results.size;
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });
});
