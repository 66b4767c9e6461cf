// Stand-ins for a course's binary assets that the corpus cannot redistribute (its copies were made with text-only
// tools). corpus.json lists them ("standIns"); each is a tiny valid file of the same type, written into the test's
// copy of the course so that image paths resolve as they do in the original repository. Nothing here is committed.
import fs from 'node:fs';
import path from 'node:path';

// Smallest well-formed files per type (1×1 pixel images; an empty video, which nothing decodes when counting).
const BASE64: Record<string, string> = {
  '.png': 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  '.gif': 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
  '.jpg':
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  '.webp': 'UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA',
};
BASE64['.jpeg'] = BASE64['.jpg']!;

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#888"/></svg>\n';

export function standInContent(file: string): Buffer {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.svg') return Buffer.from(SVG);
  const base64 = BASE64[ext];
  return base64 ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
}

/** Writes each listed stand-in under `dir` unless a real file is already there. Paths stay inside `dir`. */
export function writeStandIns(dir: string, files: readonly string[]): void {
  const root = path.resolve(dir);
  for (const file of files) {
    const target = path.resolve(root, file);
    if (!target.startsWith(root + path.sep)) throw new Error(`stand-in ${file} is outside ${dir}`);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, standInContent(target));
  }
}

/**
 * A reveal.js course keeps its separators in the HTML page that loads the Markdown (corpus.json records them
 * from that page): the lecturer's folder has the page, so the copy gets its <section data-markdown> again.
 */
export function writeRevealPage(course: string, deck: string, separators: { separator?: string; verticalSeparator?: string; notesSeparator?: string }): void {
  const { separator, verticalSeparator, notesSeparator } = separators;
  if (!separator && !verticalSeparator && !notesSeparator) return;
  const attr = (name: string, value?: string) => (value === undefined ? '' : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  const section = `<section data-markdown="${deck}"${attr('data-separator', separator)}${attr('data-separator-vertical', verticalSeparator)}${attr('data-separator-notes', notesSeparator)}></section>`;
  const page = path.join(course, path.dirname(deck), 'index.html');
  if (!fs.existsSync(page)) fs.writeFileSync(page, `<!DOCTYPE html>\n<div class="reveal"><div class="slides">${section}</div></div>\n`);
}
