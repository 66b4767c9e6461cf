// How closely a deck's sentences follow the source documents: each sentence's word set against the nearest source
// sentence's (Jaccard overlap), so a paraphrase that keeps the source's words shows up even without a shared run.

export interface CloseSentence {
  sentence: string;
  source: string;
  score: number;
}

/** Sentences and list lines of at least `minWords` words. */
export function sentencesOf(text: string, words: (s: string) => string[], minWords = 10): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => words(s).length >= minWords);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The deck sentences whose overlap with some source sentence reaches `threshold`, closest first. */
export function closeSentences(deck: string[], sources: string[], words: (s: string) => string[], threshold: number): CloseSentence[] {
  const sourceSets = sources.map((s) => ({ s, set: new Set(words(s)) }));
  const close: CloseSentence[] = [];
  for (const sentence of deck) {
    const set = new Set(words(sentence));
    let best = { source: '', score: 0 };
    for (const src of sourceSets) {
      const score = jaccard(set, src.set);
      if (score > best.score) best = { source: src.s, score };
    }
    if (best.score >= threshold) close.push({ sentence, ...best });
  }
  return close.sort((a, b) => b.score - a.score);
}
