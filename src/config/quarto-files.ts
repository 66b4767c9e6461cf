// Quarto's settings files for a .qmd deck (the nearest _quarto.yml, its project, and each _metadata.yml between
// it and the deck), and whether the deck is slides at all (format revealjs): a course's other .qmd are web pages.
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../paths/inside.js';

/** Settings files are small; a bound keeps a stray huge file from being read whole. */
export const MAX_QUARTO_FILE_BYTES = 256 * 1024;

export const RE_QUARTO = /\.qmd$/i;

/** Quarto's settings files that apply to a deck in `deckDir`, outermost first; never above `root`. */
export function quartoConfigFiles(deckDir: string, root: string): string[] {
  const files: string[] = [];
  const top = path.resolve(root);
  for (let dir = path.resolve(deckDir); isInside(top, dir); dir = path.dirname(dir)) {
    const metadata = path.join(dir, '_metadata.yml');
    const project = path.join(dir, '_quarto.yml');
    if (isFile(metadata)) files.unshift(metadata);
    // The nearest _quarto.yml is the deck's project: settings above it are another project's.
    if (isFile(project)) {
      files.unshift(project);
      break;
    }
    if (dir === path.dirname(dir)) break;
  }
  return files;
}

const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A file's text, or '' when it is missing or too large to be a settings file. */
export function readSmall(file: string): string {
  try {
    return fs.statSync(file).size <= MAX_QUARTO_FILE_BYTES ? fs.readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}

/** The YAML between a file's opening `---` and the next `---` line, or '' without one. */
export function frontMatterText(text: string): string {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return '';
  const end = text.slice(m[0].length).search(/^(---|\.\.\.)[ \t]*\r?$/m);
  return end < 0 ? '' : text.slice(m[0].length, m[0].length + end);
}

/**
 * Whether a .qmd renders as reveal.js slides: its front matter names revealjs, or (when it sets no `format:`
 * of its own) one of its settings files does. Read as text: the dialect parses the YAML properly later.
 */
export function isQuartoSlides(file: string, root: string): boolean {
  let head = '';
  try {
    const fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(MAX_QUARTO_FILE_BYTES);
    head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    fs.closeSync(fd);
  } catch {
    return false;
  }
  const own = frontMatterText(head);
  if (/\brevealjs\b/.test(own)) return true;
  if (/^format[ \t]*:/m.test(own)) return false;
  return quartoConfigFiles(path.dirname(file), root).some((f) => /^[ \t]*(format[ \t]*:[ \t]*)?revealjs\b/m.test(readSmall(f)));
}
