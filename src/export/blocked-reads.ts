// Files a printing page was refused (request-filter.ts), reported where the deck refers to them.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeckError, error, hasErrors, type Diagnostic } from '../diagnostics.js';
import { locateIn } from '../model/deck.js';
import type { Deck } from '../model/deck.js';
import type { BlockedRequest, PageRequests } from './request-filter.js';

/**
 * Runs one task of `deck` on a page and fails it with the deck's errors when the page reached for a file
 * outside the project, whether or not the task failed otherwise (a refused file is often why it did).
 */
export async function refusingReads<T>(deck: Deck, requests: PageRequests, task: () => Promise<T>): Promise<T> {
  const refused = () => {
    const found = blockedReads(deck, requests.takeBlocked());
    return hasErrors(found) ? new DeckError(found) : undefined;
  };
  let result: T;
  try {
    result = await task();
  } catch (e) {
    throw refused() ?? e;
  }
  const e = refused();
  if (e) throw e;
  return result;
}

/**
 * One error per file read refused, at the deck line that names it. A root-relative path the deck wrote itself
 * (`/img/x.png`, `url(/img/x.png)`) is a path on the web site the deck is published on: the renderer already
 * warned (site-link) and the page prints without it, so it is no error here. Anything else the page reached
 * for on the disk (a `file:` URL, a path through `<base>`, one a script made up) fails the deck.
 */
export function blockedReads(deck: Deck, blocked: readonly BlockedRequest[]): Diagnostic[] {
  const files = blocked.filter((b) => b.kind === 'file');
  if (!files.length) return [];
  const lines = sourceLines(deck);
  return files.flatMap(({ url }) => {
    const file = pathOf(url);
    if (file && writtenAsSitePath(lines, file)) return [];
    const written = [url, file, file && encodeURI(file)].find((needle) => needle && lines.some((l) => l.text.includes(needle))) ?? file ?? url;
    const { line, column } = locateIn(lines, written);
    return [error(deck.file, line, column, `"${short(written)}" refers to a file outside the project: a printed page reads only the files the build copied (copy it into the project and refer to it relative to the deck)`)];
  });
}

function pathOf(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/** The deck names `file` as a root-relative path: after a quote, a bracket, `=`, a comma or a space, not `file://`. */
function writtenAsSitePath(lines: readonly { text: string }[], file: string): boolean {
  const needles = [...new Set([file, encodeURI(file)])];
  return lines.some(({ text }) => needles.some((needle) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (at === 0 || /["'(=,\s]/.test(text[at - 1]!)) return true;
    }
    return false;
  }));
}

/** Every line of the deck's file (handout text and notes included), else its slides' lines. */
function sourceLines(deck: Deck): { text: string; line: number }[] {
  try {
    return fs.readFileSync(deck.file, 'utf8').split('\n').map((text, i) => ({ text, line: i + 1 }));
  } catch {
    return [];
  }
}

const short = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}…` : text);
