import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { buildDeck } from '../../src/model/deck.js';
import { parseDuration } from '../../src/config/duration.js';
import { countWords, estimateDeck, FLOOR, SECONDS_PER_FRAGMENT } from '../../src/model/timing.js';

// A known deck: every part of the estimate shows up on exactly one slide.
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const source = `---
title: Timing
---

# Part one

## Spoken

- one point

Note: ${words(260)}

## Shown

- first
  - nested
- second

![A map of Europe](map.svg)

| Year | Event |
|---|---|
| 1953 | Stalin dies |
| 1954 | The note |

Note: ${words(13)}

## Stepped {incremental=1}

- a
  - a.1
- b
- c

## Clicked

A fragment of the letter, quoted.

- shown later <!-- .element: class="fragment" -->

## Fixed {time=3m}

Note: ${words(1000)}

## Commented

<!-- .slide: data-time="1m30s" -->
Body
`;

const parsed = parseDeck('/tmp/timing.md', source);
const { deck } = buildDeck(parsed, { variables: { class: {}, deck: {}, vars: {} }, maxListLines: 50 });
const byTitle = (timing: ReturnType<typeof estimateDeck>, title: string) => {
  const id = [deck.slides, ...deck.slides.map((s) => s.children)].flat().find((s) => s.title === title)!.id;
  return timing.slides.find((s) => s.id === id)!;
};

describe('speaking-time estimate', () => {
  const timing = estimateDeck(deck, 130);

  it('parses the deck cleanly', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(timing.slides).toHaveLength(8);
  });

  it('speaks the notes at the rate: 260 words at 130 wpm are two minutes', () => {
    const s = byTitle(timing, 'Spoken');
    expect(s.words).toBe(260);
    expect(s.speaking).toBe(120);
    expect(s.seconds).toBe(120);
    expect(estimateDeck(deck, 65).slides.find((x) => x.id === s.id)!.seconds).toBe(240);
  });

  it('gives a slide with little to say the floor of what it shows', () => {
    const s = byTitle(timing, 'Shown');
    // three list items, one image, two table rows; 13 words are 6 s, less than the floor
    expect(s.floor).toBe(FLOOR.content + 3 * FLOOR.perBullet + FLOOR.perImage + 2 * FLOOR.perTableRow);
    expect(s.speaking).toBe(6);
    expect(s.seconds).toBe(s.floor);
  });

  it('adds a pause per fragment step (incremental=1: top-level items only)', () => {
    const s = byTitle(timing, 'Stepped');
    expect(s.fragments).toBe(3);
    expect(s.seconds).toBe(s.floor + 3 * SECONDS_PER_FRAGMENT);
  });

  it('counts explicit .fragment elements, not the word in prose', () => {
    const s = byTitle(timing, 'Clicked');
    expect(s.fragments).toBe(1);
    expect(s.seconds).toBe(s.floor + SECONDS_PER_FRAGMENT);
  });

  it('lets time= and data-time override the estimate', () => {
    expect(byTitle(timing, 'Fixed')).toMatchObject({ override: 180, seconds: 180, words: 1000 });
    expect(byTitle(timing, 'Commented')).toMatchObject({ override: 90, seconds: 90 });
  });

  it('gives title and section slides their floors, and sums the deck', () => {
    expect(timing.slides[0]!.seconds).toBe(FLOOR.title);
    expect(byTitle(timing, 'Part one').seconds).toBe(FLOOR.section);
    expect(timing.seconds).toBe(timing.slides.reduce((n, s) => n + s.seconds, 0));
  });

  it('counts words, not Markdown', () => {
    expect(countWords('**Bold** [a link](https://example.org/x y) - and `code` <b>tag</b> <!-- hidden -->')).toBe(6);
  });

  it('reads durations as lecturers write them', () => {
    expect([parseDuration('3m'), parseDuration('90s'), parseDuration('1m30s'), parseDuration('1h'), parseDuration('2:30'), parseDuration(50), parseDuration('50 min')]).toEqual([180, 90, 90, 3600, 150, 3000, 3000]);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });

  it('reports a bad time= at its column', () => {
    const bad = parseDeck('/tmp/bad.md', '# T\n\n## Slide {time=later}\n');
    expect(bad.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['3:11 time takes a duration such as 3m, 90s, 1m30s or 2:30, not "later"']);
  });
});
