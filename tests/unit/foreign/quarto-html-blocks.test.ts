// Markdown between HTML block tags in a Quarto deck is read as Pandoc reads it (markdown_in_html_blocks): a
// `<center>` holding bold text and an image shows them, where CommonMark left the stars and brackets raw.
import { describe, expect, it } from 'vitest';
import { renderText } from './render-foreign.js';

const deck = '---\nformat: revealjs\n---\n\n## A\n\n<center>\n**Bold**\n![](x.png)\n*it*\n</center>\n\n```\n<center>\n**raw**\n```\n';

describe('a Quarto deck with Markdown inside <center>', () => {
  it('shows the Markdown as Pandoc does; a code block keeps it as written', () => {
    const { document } = renderText(deck, {}, 'deck.qmd');
    const center = document.querySelector('center')!;
    expect(center.querySelector('strong')?.textContent).toBe('Bold');
    expect(center.querySelector('em')?.textContent).toBe('it');
    expect(center.querySelector('img')).not.toBeNull();
    expect(center.textContent).not.toMatch(/\*\*|!\[/);
    expect(document.querySelector('pre code')?.textContent).toContain('**raw**');
  });
});
