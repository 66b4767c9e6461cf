// Where a project's decks, classes and templates are, and which deck files exist.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths/package-root.js';
import { entryProblem } from '../paths/project-entry.js';
import { isQuartoSlides, RE_QUARTO } from './quarto-files.js';

export interface Project {
  root: string;
  decksDir: string;
  classesDir: string;
  /** The project's templates/ if it has one, else the templates Lectern ships. */
  templatesDir: string;
  /** --follow-links: files the project links from elsewhere are used (see config/project-tree.ts). */
  followLinks: boolean;
}

export interface DeckFile {
  slug: string;
  file: string;
}

/** Documents that were probably meant as decks (a word processor's file, plain text, a web page). */
export const RE_DOCUMENT = /\.(txt|text|docx?|odt|rtf|pages|pptx?|key|odp|html?)$/i;


export function openProject(root: string, followLinks = false): Project {
  const own = path.join(root, 'templates');
  return {
    root,
    followLinks,
    decksDir: path.join(root, 'decks'),
    classesDir: path.join(root, 'classes'),
    templatesDir: fs.existsSync(path.join(own, 'layouts')) ? own : path.join(packageRoot, 'templates'),
  };
}

const RE_MARKDOWN = /\.(md|markdown|qmd)$/i;
/** Markdown files a course repository keeps beside its decks that are not slides. */
const RE_NOT_A_DECK = /^(readme|license|licence|changelog|contributing|code_of_conduct|security)\.(md|markdown|qmd)$/i;
/** Course trees are shallow; a bound keeps a symlink loop or a huge folder from stalling the scan. */
const MAX_DEPTH = 8;

/**
 * A deck's slug from its path under decks/: `intro.md` and `intro/index.md` are "intro"; nested decks join
 * their folders with "-" (`lectures/week-3/slides.md` is "lectures-week-3-slides"), so every deck gets one
 * output folder beside the others.
 */
export function deckSlugForPath(relFromDecks: string): string {
  const parts = relFromDecks.split(/[\\/]+/).filter((p) => p && p !== '.');
  const last = parts.pop() ?? '';
  if (!/^index\.(md|markdown|qmd)$/i.test(last) || !parts.length) parts.push(last.replace(RE_MARKDOWN, ''));
  // One name however the file system spells it: macOS stores "é" decomposed, Linux as typed.
  return parts.join('-').normalize('NFC');
}

/**
 * Every Markdown deck under decks/, at any depth (a course folder copied in as it is), sorted by slug.
 * Documents at the top that were probably meant as decks are listed as `ignored`.
 */
export function findDecks(decksDir: string, followLinks = false): { decks: DeckFile[]; ignored: string[]; refused: [string, string][] } {
  const decks: DeckFile[] = [];
  const ignored: string[] = [];
  const refused: [string, string][] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Symbolic links are not followed (Dirent does not), nor hidden folders and installed packages.
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, depth + 1);
      } else if (entry.isFile() && RE_MARKDOWN.test(entry.name) && !RE_NOT_A_DECK.test(entry.name)) {
        // A course's Quarto pages (syllabus, exercises) are no slides: only its revealjs .qmd are decks.
        if (RE_QUARTO.test(entry.name) && !isQuartoSlides(full, path.dirname(decksDir))) continue;
        decks.push({ slug: deckSlugForPath(path.relative(decksDir, full)), file: full });
      } else if ((entry.isSymbolicLink() || !entry.isFile()) && RE_MARKDOWN.test(entry.name) && !RE_NOT_A_DECK.test(entry.name)) {
        // A linked deck is a deck when it stays in the project (or links are followed); a pipe or a device never.
        const problem = entryProblem(path.dirname(decksDir), full, 'file', followLinks);
        if (problem) refused.push([full, problem]);
        else if (fs.existsSync(full)) decks.push({ slug: deckSlugForPath(path.relative(decksDir, full)), file: full });
      } else if (depth === 0 && RE_DOCUMENT.test(entry.name)) {
        // Images and other files beside flat decks are normal; a document here was probably meant as a deck.
        ignored.push(full);
      }
    }
  };
  if (fs.existsSync(decksDir)) walk(decksDir, 0);
  decks.sort((a, b) => a.slug.localeCompare(b.slug));
  return { decks, ignored, refused };
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
