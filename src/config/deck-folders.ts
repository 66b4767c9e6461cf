// Folders in decks/ that hold no deck: a newcomer's decks/week3/ without an index.md would otherwise be
// skipped without a word. Folders of images (decks/img/) are normal and stay quiet.
import fs from 'node:fs';
import path from 'node:path';
import { fileWarning, type Diagnostic } from '../diagnostics.js';
import { RE_DOCUMENT, type DeckFile } from './project.js';

const RE_INDEX = /^index\.(md|markdown|qmd)$/i;
const RE_PLAIN_TEXT = /\.(txt|text)$/i;

/** `not-a-deck` warnings for top-level folders of decks/ with no deck anywhere inside and something that looks meant as one. */
export function foldersWithoutDeck(decksDir: string, decks: readonly DeckFile[]): Diagnostic[] {
  if (!fs.existsSync(decksDir)) return [];
  const out: Diagnostic[] = [];
  for (const entry of fs.readdirSync(decksDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const dir = path.join(decksDir, entry.name);
    if (decks.some((d) => d.file.startsWith(dir + path.sep))) continue;
    const found = problem(dir, `decks/${entry.name}`);
    if (found) out.push(found);
  }
  return out;
}

function problem(dir: string, rel: string): Diagnostic | undefined {
  // Hidden files (.gitkeep, .DS_Store) do not make a folder a deck, nor a folder of something else.
  const entries = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  if (!entries.length) return fileWarning(dir, `is an empty folder, so it is not a deck: write its slides in ${rel}/index.md (or ${rel}.md)`, 'not-a-deck');
  const index = entries.find((e) => RE_INDEX.test(e.name) && e.isDirectory());
  if (index) return fileWarning(path.join(dir, index.name), `is a folder, not a file, so ${rel} is not a deck: remove the folder and write the slides in a file ${rel}/${index.name}`, 'not-a-deck');
  const documents = entries.filter((e) => e.isFile() && RE_DOCUMENT.test(e.name)).map((e) => e.name);
  if (!documents.length) return undefined;
  const text = documents.find((name) => RE_PLAIN_TEXT.test(name));
  const fix = text ? `rename ${text} to index.md` : `${documents[0]} is not Markdown: save its slides as Markdown in ${rel}/index.md`;
  return fileWarning(dir, `no index.md in this folder, so it is not a deck (${fix})`, 'not-a-deck');
}
