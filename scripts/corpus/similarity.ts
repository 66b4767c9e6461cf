// Per-slide text similarity between a deck as its own tool shows it and as Lectern shows it. A slide's text is
// its words, lower-cased, Unicode letters and digits only (each CJK character a word of its own, since those
// scripts put no spaces between words); two slides score the multiset F1 of their words (2·|A∩B| / (|A|+|B|),
// order ignored, 1 for two empty slides). Decks are aligned slide to slide by the order-keeping alignment that
// maximises the summed score (a slide one side lacks scores 0), and a deck scores that sum over the longer deck.
const RE_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(RE_WORD) ?? []) as string[];
}

/** Multiset F1 of two word lists. */
export function slideSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

export interface DeckComparison {
  /** Summed score of the aligned pairs over the longer deck's slide count (1 for two empty decks). */
  similarity: number;
  /** Per reference slide: its best partner's score in the alignment (0 when it has none). */
  perSlide: number[];
}

/** Order-keeping alignment (Needleman–Wunsch with gap 0) of reference slides to built slides. */
export function compareDecks(reference: readonly string[], built: readonly string[]): DeckComparison {
  const a = reference.map(words);
  const b = built.map(words);
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return { similarity: 1, perSlide: [] };
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const pair = (i: number, j: number) => slideSimilarity(a[i]!, b[j]!);
  const sims: number[][] = a.map((_, i) => b.map((_, j) => pair(i, j)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, score[i - 1]![j - 1]! + sims[i - 1]![j - 1]!);
    }
  }
  const perSlide = new Array<number>(n).fill(0);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (score[i]![j] === score[i - 1]![j - 1]! + sims[i - 1]![j - 1]! && (sims[i - 1]![j - 1]! > 0 || score[i]![j] === 0)) {
      perSlide[i - 1] = sims[i - 1]![j - 1]!;
      i--;
      j--;
    } else if (score[i]![j] === score[i - 1]![j]) i--;
    else j--;
  }
  return { similarity: score[n]![m]! / Math.max(n, m), perSlide };
}
