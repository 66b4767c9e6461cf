// The corpus harness's text measure: words, multiset F1 per slide, order-keeping alignment per deck.
import { describe, expect, it } from 'vitest';
import { compareDecks, slideSimilarity, words } from '../../../scripts/corpus/similarity.js';

describe('corpus text similarity', () => {
  it('reads words without case or punctuation, and CJK characters one by one', () => {
    expect(words('Hello, *World*! x>=2')).toEqual(['hello', 'world', 'x', '2']);
    expect(words('日本語 text')).toEqual(['日', '本', '語', 'text']);
  });

  it('scores two slides by the multiset F1 of their words', () => {
    expect(slideSimilarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(slideSimilarity(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(2 / 5);
    expect(slideSimilarity([], [])).toBe(1);
    expect(slideSimilarity(['a'], [])).toBe(0);
  });

  it('aligns decks in order, so one missing slide costs that slide only', () => {
    const reference = ['one two', 'three four', 'five six'];
    expect(compareDecks(reference, reference).similarity).toBe(1);
    const merged = compareDecks(reference, ['one two', 'five six']);
    expect(merged.similarity).toBeCloseTo(2 / 3);
    expect(merged.perSlide).toEqual([1, 0, 1]);
    // Lectern's footer words on every slide lower each slide's score.
    expect(compareDecks(['a b c d'], ['a b c d all lectures']).similarity).toBeCloseTo(8 / 10);
  });
});
