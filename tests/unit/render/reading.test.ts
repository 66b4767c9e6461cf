// The students' reading page from a deck model: handout text in, speaker notes out, headings that never skip.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderReading } from '../../../src/render/reading.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { deckFromText, klass, pageFromText, templatesDir } from '../deck-text.js';

function reading(text: string, options: { html?: boolean; minutes?: number; rewrite?: (u: string) => string } = {}) {
  const { look } = pageFromText('## x');
  const { deck } = deckFromText(text, { maxListLines: 9 });
  const html = renderReading(deck, look, klass, { heading: 'H', body: 'B' }, loadTemplates(templatesDir, look.theme), { assets: '../../assets', ...options });
  return parseHTML(html).document;
}

describe('renderReading', () => {
  const doc = reading('---\ntitle: Cells\n---\nIntro text.\n# Part\n## Slide\nBody [next](#/other)\nNote: secret words\nHandout: read chapter 2\n## Other\nx\n### Deeper\ny');
  it('gives the handout text and never the speaker notes', () => {
    expect(doc.body.textContent).toContain('read chapter 2');
    expect(doc.body.textContent).not.toContain('secret words');
  });
  it('nests headings without skipping a level', () => {
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4')].map((h: any) => `${h.tagName}:${h.textContent.trim()}`);
    expect(levels).toEqual(expect.arrayContaining(['H1:Cells', 'H2:Part', 'H3:Slide', 'H3:Other', 'H4:Deeper']));
  });
  it('points slide links at the page\'s own sections', () => {
    expect(doc.querySelector('a[href="#other"]')).not.toBeNull();
    expect(doc.querySelector('#other')).not.toBeNull();
  });
  it('reads a list split over "(cont.)" slides as one section', () => {
    const list = Array.from({ length: 20 }, (_, i) => `- item ${i}`).join('\n');
    const split = reading(`## Long\n${list}`);
    expect([...split.querySelectorAll('h2, h3')].map((h: any) => h.textContent.trim())).toEqual(['Long']);
    expect(split.querySelectorAll('li')).toHaveLength(20);
  });
  it('shows raw HTML as text when asked, and rewrites local files', () => {
    const page = reading('## A\n<b>raw</b> ![pic](../img/a.png)', { html: false, rewrite: (u) => u.replace('../', '_project/') });
    expect(page.querySelector('.slide-body b, section b')).toBeNull();
    expect(page.body.textContent).toContain('<b>raw</b>');
    expect(page.querySelector('img')!.getAttribute('src')).toBe('_project/img/a.png');
  });
});
