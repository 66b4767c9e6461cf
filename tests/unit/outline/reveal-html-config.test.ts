// A reveal.js page beside a Markdown deck gives that deck (and only that one) its data-separator settings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealPageSettings } from '../../../src/outline/reveal-html-config.js';
import { tempDir } from '../../helpers.js';

function folder(files: Record<string, string>): string {
  const dir = tempDir('lectern-page-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('revealPageSettings', () => {
  it('reads the section that loads this file, entities decoded', () => {
    const dir = folder({
      'index.html': `<section data-markdown="other.md" data-separator="^x$"></section>
        <section data-markdown='./slides.md' data-separator="^\\n---\\n" data-separator-vertical="^&#x2D;&#x2D;$" data-separator-notes="^Note:"></section>`,
      'slides.md': '',
    });
    expect(revealPageSettings(path.join(dir, 'slides.md'))).toEqual({
      settings: { separator: '^\\n---\\n', verticalSeparator: '^--$', notesSeparator: '^Note:' },
      file: path.join(dir, 'index.html'),
    });
  });
  it('gives nothing for a deck no page loads, or a folder without pages', () => {
    expect(revealPageSettings(path.join(folder({ 'a.html': '<section data-markdown="b.md"></section>' }), 'c.md'))).toEqual({ settings: {} });
    expect(revealPageSettings('/no/such/folder/deck.md')).toEqual({ settings: {} });
  });
  it('takes the first page in name order, and reads no page larger than 256 KB', () => {
    const dir = folder({
      'a.htm': '<section data-markdown="d.md" data-separator="^A$"></section>',
      'b.html': '<section data-markdown="d.md" data-separator="^B$"></section>',
    });
    expect(revealPageSettings(path.join(dir, 'd.md')).settings).toEqual({ separator: '^A$' });
    fs.writeFileSync(path.join(dir, 'a.htm'), `${' '.repeat(300 * 1024)}<section data-markdown="d.md" data-separator="^A$"></section>`);
    expect(revealPageSettings(path.join(dir, 'd.md')).settings).toEqual({ separator: '^B$' });
  });
});
