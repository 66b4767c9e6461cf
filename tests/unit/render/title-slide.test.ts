// The title slide's title, cut into phrases that each stay on a line, and its order of lines.
import { describe, expect, it } from 'vitest';
import { titlePhrases } from '../../../src/render/typography.js';
import { pageFromText } from '../deck-text.js';

describe('title phrases', () => {
  it('cuts after the first colon or spaced dash when both phrases fit a line of the title', () => {
    expect(titlePhrases('After Stalin: Hopes and Missed Chances, 1953–56')).toEqual(['After Stalin:', 'Hopes and Missed Chances, 1953–56']);
    expect(titlePhrases('Khrushchev — a reformer?')).toEqual(['Khrushchev —', 'a reformer?']);
  });
  it('leaves a title whole when it has no such break or a phrase is longer than a line (balance does better)', () => {
    expect(titlePhrases('The USSR Asks to Join NATO, 1954')).toEqual(['The USSR Asks to Join NATO, 1954']);
    expect(titlePhrases('Simple Linear Regression: Fitting, Checking and Reading a Model')).toEqual(['Simple Linear Regression: Fitting, Checking and Reading a Model']);
    expect(titlePhrases('Ratio 1953–56')).toEqual(['Ratio 1953–56']);
    expect(titlePhrases(`${'a'.repeat(50_000)}: b`)).toHaveLength(1);
  });
});

describe('the title slide', () => {
  it('sets each phrase in a span of its own, then subtitle, byline and the body line, in that order', () => {
    const { document } = pageFromText('---\ntitle: "After Stalin: Hopes and Missed Chances, 1953-56"\nsubtitle: A lecture\nauthor: Dr. X\n---\n\nThe line from the body.\n\n## Next\n\n- a\n');
    const h1 = document.querySelector('h1.title-main')!;
    expect([...h1.querySelectorAll('.title-phrase')].map((s) => s.textContent)).toEqual(['After Stalin:', 'Hopes and Missed Chances, 1953–56']);
    expect(h1.textContent).toBe('After Stalin: Hopes and Missed Chances, 1953–56');
    const order = [...document.querySelector('.title-slide')!.children].map((el) => el.className);
    expect(order.indexOf('title-subtitle')).toBeLessThan(order.indexOf('title-byline'));
    expect(order.indexOf('title-byline')).toBeLessThan(order.indexOf('slide-body'));
  });
});
