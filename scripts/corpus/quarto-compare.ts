// Lectern's build of a Quarto deck against Pandoc's reference: slide counts, slides with notes, and the text of
// each slide side by side (Dice similarity of their words), with the slides that differ most.
import { hashWords, pageSlides, similarity } from './quarto-slide-text.js';
import type { QuartoReference } from './quarto-reference.js';

export interface QuartoComparison {
  slides: { lectern: number; reference: number };
  notes: { lectern: number; reference: number };
  /** Mean over the slides of both, aligned in order as a diff aligns lines (a slide only one side has counts 0). */
  meanSimilarity: number;
  /** The same for the slides' text outside code blocks (Quarto hides code Pandoc shows: echo: false). */
  proseSimilarity: number;
  /** Reference slides with no text outside code blocks that Lectern has no slide for (a hidden cell's slide). */
  codeOnlyUnpaired: number;
  /** The least alike slides (by their text outside code): 1-based number, similarity, both texts shortened. */
  worst: { slide: number; similarity: number; lectern: string; reference: string }[];
}

/**
 * Slides paired in order so that the total similarity is largest (Needleman-Wunsch; a slide may pair with none):
 * one slide more or less on either side shifts no other pair. Decks have at most a few hundred slides.
 */
export function alignSlides(a: readonly string[], b: readonly string[]): { i?: number; j?: number; score: number }[] {
  const sim = a.map((x) => b.map((y) => similarity(x, y)));
  const best = Array.from({ length: a.length + 1 }, () => new Float64Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) best[i]![j] = Math.max(sim[i]![j]! + best[i + 1]![j + 1]!, best[i + 1]![j]!, best[i]![j + 1]!);
  }
  const pairs: { i?: number; j?: number; score: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && best[i]![j] === sim[i]![j]! + best[i + 1]![j + 1]!) pairs.push({ i, j, score: sim[i++]![j++]! });
    else if (i < a.length && (j >= b.length || best[i]![j] === best[i + 1]![j])) pairs.push({ i: i++, score: 0 });
    else pairs.push({ j: j++, score: 0 });
  }
  return pairs;
}

export function compareWithReference(lecternHtml: string, reference: QuartoReference): QuartoComparison {
  const page = pageSlides(lecternHtml);
  const ours = reference.hashed ? { ...page, text: page.text.map(hashWords), prose: page.prose.map(hashWords) } : page;
  const pairs = alignSlides(ours.text, reference.text);
  const prosePairs = alignSlides(ours.prose, reference.prose);
  const short = (s: string | undefined) => (s ?? '(none)').slice(0, 120);
  const worst = prosePairs
    .map((p) => ({ slide: (p.j ?? p.i ?? 0) + 1, similarity: Math.round(p.score * 100) / 100, lectern: short(p.i === undefined ? undefined : ours.prose[p.i]), reference: short(p.j === undefined ? undefined : reference.prose[p.j]) }))
    .sort((a, b) => a.similarity - b.similarity)
    .slice(0, 5);
  return {
    slides: { lectern: ours.text.length, reference: reference.slides },
    notes: { lectern: ours.notes.length, reference: reference.notes },
    meanSimilarity: pairs.reduce((n, p) => n + p.score, 0) / Math.max(1, pairs.length),
    proseSimilarity: prosePairs.reduce((n, p) => n + p.score, 0) / Math.max(1, prosePairs.length),
    codeOnlyUnpaired: prosePairs.filter((p) => p.i === undefined && !reference.prose[p.j!]).length,
    worst,
  };
}
