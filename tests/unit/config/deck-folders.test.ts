// Folders in decks/ that hold no deck: warned about when they look meant as one, quiet for image folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersWithoutDeck } from '../../../src/config/deck-folders.js';
import { findDecks } from '../../../src/config/project.js';
import { tempDir } from '../../helpers.js';

function decksWith(files: string[]): string {
  const dir = tempDir('lectern-folders-');
  for (const f of files) {
    // A name ending in "/" is a folder.
    fs.mkdirSync(f.endsWith('/') ? path.join(dir, f) : path.dirname(path.join(dir, f)), { recursive: true });
    if (!f.endsWith('/')) fs.writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}
const warnings = (dir: string) => foldersWithoutDeck(dir, findDecks(dir).decks).map((d) => `${path.relative(dir, d.file)}: ${d.message}`);

describe('foldersWithoutDeck', () => {
  it('is quiet for decks, image folders and hidden folders', () => {
    expect(warnings(decksWith(['intro.md', 'week1/index.md', 'week2/sub/deep.md', 'img/a.png', '.git/x.txt']))).toEqual([]);
  });
  it('warns about an empty folder (hidden files do not count)', () => {
    expect(warnings(decksWith(['week3/.gitkeep']))).toEqual(['week3: is an empty folder, so it is not a deck: write its slides in decks/week3/index.md (or decks/week3.md)']);
  });
  it('suggests renaming a text file to index.md', () => {
    expect(warnings(decksWith(['week4/slides.txt', 'week4/pic.png']))).toEqual(['week4: no index.md in this folder, so it is not a deck (rename slides.txt to index.md)']);
  });
  it('names a document that is not Markdown', () => {
    expect(warnings(decksWith(['week5/talk.pptx']))[0]).toContain('talk.pptx is not Markdown');
  });
  it('warns about a folder named index.md', () => {
    expect(warnings(decksWith(['week6/index.md/']))[0]).toMatch(/^week6\/index\.md: is a folder, not a file/);
  });
  it('finds nothing when decks/ does not exist', () => expect(foldersWithoutDeck('/no/such/decks', [])).toEqual([]));
});
