// Where a project's decks, classes and templates are, and which deck files exist.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Project {
  root: string;
  decksDir: string;
  classesDir: string;
  /** The project's templates/ if it has one, else the templates Lectern ships. */
  templatesDir: string;
}

export interface DeckFile {
  slug: string;
  file: string;
}

const RE_DOCUMENT = /\.(txt|text|docx?|odt|rtf|pages|pptx?|key|odp|html?)$/i;

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function openProject(root: string): Project {
  const own = path.join(root, 'templates');
  return {
    root,
    decksDir: path.join(root, 'decks'),
    classesDir: path.join(root, 'classes'),
    templatesDir: fs.existsSync(path.join(own, 'layouts')) ? own : path.join(packageRoot, 'templates'),
  };
}

/** `decks/<slug>.md` and `decks/<slug>/index.md`, sorted by slug; other files are listed as `ignored`. */
export function findDecks(decksDir: string): { decks: DeckFile[]; ignored: string[] } {
  const decks: DeckFile[] = [];
  const ignored: string[] = [];
  if (!fs.existsSync(decksDir)) return { decks, ignored };
  for (const entry of fs.readdirSync(decksDir, { withFileTypes: true })) {
    const full = path.join(decksDir, entry.name);
    if (entry.isDirectory()) {
      const index = path.join(full, 'index.md');
      if (fs.existsSync(index)) decks.push({ slug: entry.name, file: index });
    } else if (/\.(md|markdown)$/i.test(entry.name)) {
      decks.push({ slug: entry.name.replace(/\.(md|markdown)$/i, ''), file: full });
    } else if (RE_DOCUMENT.test(entry.name)) {
      // Images and other files beside flat decks are normal; a document here was probably meant as a deck.
      ignored.push(full);
    }
  }
  decks.sort((a, b) => a.slug.localeCompare(b.slug));
  return { decks, ignored };
}

/** Whether a buffer looks like text we can read as Markdown (no NUL bytes, valid UTF-8). */
export function isText(buffer: Buffer): boolean {
  if (buffer.subarray(0, 8000).includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}
