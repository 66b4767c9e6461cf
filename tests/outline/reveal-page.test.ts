// A reveal.js course's separators are read from the HTML page that loads the Markdown.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealPageSettings } from '../../src/outline/reveal-html-config.js';
import { buildProject, tempDir } from '../helpers.js';

describe('the deck\'s reveal.js page', () => {
  it('gives its separators (entities decoded) to the Markdown file it loads, and only to that one', () => {
    const dir = tempDir('lectern-reveal-page-');
    fs.writeFileSync(path.join(dir, 'slides.md'), '# A\n');
    fs.writeFileSync(path.join(dir, 'other.md'), '# B\n');
    fs.writeFileSync(path.join(dir, 'index.html'), `<div class="slides"><section data-markdown="./slides.md" data-separator="^\\n\\*\\*\\*\\n" data-separator-vertical='^\\n--\\n' data-separator-notes="^Speaker &amp; notes:"></section></div>`);
    expect(revealPageSettings(path.join(dir, 'slides.md'))).toEqual({
      settings: { separator: '^\\n\\*\\*\\*\\n', verticalSeparator: '^\\n--\\n', notesSeparator: '^Speaker & notes:' },
      file: path.join(dir, 'index.html'),
    });
    expect(revealPageSettings(path.join(dir, 'other.md')).settings).toEqual({});
  });

  it('splits a copied course as reveal.js would: its separators, stacks and notes marker', async () => {
    const root = tempDir('lectern-reveal-page-build-');
    const course = path.join(root, 'decks', 'talk');
    fs.mkdirSync(course, { recursive: true });
    fs.writeFileSync(path.join(course, 'slides.md'), '# One\n\n***\n\n# Two\n\n--\n\n# Two, below\n\nSpeaker: said aloud\n');
    fs.writeFileSync(path.join(course, 'index.html'), '<section data-markdown="slides.md" data-separator="^\\n\\*\\*\\*\\n" data-separator-vertical="^\\n--\\n" data-separator-notes="^Speaker:"></section>');
    const result = await buildProject(root);
    expect(result.ok).toBe(true);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    expect(deck.slides).toBe(3);
    const html = fs.readFileSync(path.join(root, 'dist', deck.html), 'utf8');
    expect(html).toMatch(/<aside class="notes"><p>said aloud<\/p>\s*<\/aside>/);
  });
});
