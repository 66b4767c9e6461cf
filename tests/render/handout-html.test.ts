// --no-html reaches the handout page too: the lecturer's notes and the students' text are escaped there.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { buildDeck } from '../../src/model/deck.js';
import { paginate } from '../../src/render/handout.js';

const text = '---\ntitle: T\n---\n\n## One\n\n- a\n\nHandout: read <img src=x onerror=alert(1)> this\n\nNote: say <script>alert(2)</script> that\n';
const deck = buildDeck(parseDeck('d.md', text), { variables: { class: { id: 'c', name: 'C' }, deck: { slug: 'd' }, vars: {} }, maxListLines: 9 }).deck;
const cellText = (layout: 'notes' | 'lecturer-notes', html: boolean) => paginate(deck, layout, html).flatMap((p) => p.slides.map((s) => s.text ?? '')).join('\n');

describe('handout text and raw HTML', () => {
  it('passes raw HTML through by default, as the slides do', () => {
    expect(cellText('lecturer-notes', true)).toContain('<script>alert(2)</script>');
    expect(cellText('notes', true)).toContain('<img src=x onerror=alert(1)>');
  });
  it('escapes it with --no-html, in the lecturer copy and the student copy', () => {
    expect(cellText('lecturer-notes', false)).not.toMatch(/<script|<img/);
    expect(cellText('lecturer-notes', false)).toContain('say &#60;script&#62;alert(2)');
    expect(cellText('notes', false)).not.toMatch(/<img/);
  });
});
