// A deck planned for longer than its class's lecture slot: one warning naming the two longest slides.
import { describe, expect, it } from 'vitest';
import { lectureLengthCheck } from '../../../src/check/lecture-length.js';
import type { ClassConfig } from '../../../src/config/classes.js';
import type { DeckTiming } from '../../../src/model/timing.js';
import { deckFromText } from '../deck-text.js';

const { deck } = deckFromText('## A\nx');
const timing: DeckTiming = { seconds: 3000, slides: [{ id: 'intro', seconds: 600 }, { id: 'proofs', seconds: 1500 }, { id: 'end', seconds: 900 }].map((s) => ({ ...s, words: 0, speaking: 0, floor: 0, fragments: 0 })) };
const klass = (lecture?: string | number): ClassConfig => ({ id: 'bio', settings: { name: 'Bio', lecture }, decks: [] });

describe('lectureLengthCheck', () => {
  it('says nothing without a lecture slot, or when the deck fits', () => {
    expect(lectureLengthCheck(deck, timing, klass())).toEqual([]);
    expect(lectureLengthCheck(deck, timing, klass('50m'))).toEqual([]);
    expect(lectureLengthCheck(deck, timing, klass(50))).toEqual([]);
  });
  it('warns when the plan is longer, naming the two longest slides', () => {
    expect(lectureLengthCheck(deck, timing, klass('45m'))).toEqual([
      {
        file: '/course/decks/deck.md', line: undefined, column: undefined, severity: 'warning', rule: 'lecture-length',
        message: 'planned for 50 min, longer than the 45 min lecture of class "bio" (shorten the notes, hide slides from this class with except=, or set time= on slides; longest: #proofs 25 min, #end 15 min)',
      },
    ]);
  });
  it('ignores a slot it cannot read (the class file check reports it)', () => expect(lectureLengthCheck(deck, timing, klass('soon'))).toEqual([]));
});
