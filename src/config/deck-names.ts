// Deck names become folders and URLs under dist/<class>/: which names are safe, and how big a deck may be.
import { relativePath } from '../diagnostics.js';

/** A deck's text is read whole: past this it is surely not a lecture (and would exhaust memory). */
export const MAX_DECK_BYTES = 5 * 1024 * 1024;

/** Slugs become URLs and folders under dist/<class>/: no dots-only names, no URL syntax, no two decks alike. */
export function slugProblem(slug: string, other: string | undefined, root: string): string | undefined {
  if (other) return `deck name "${slug}" is taken twice (also ${relativePath(other, root)}); rename one of them, since both would be written to the same folder`;
  if (/^\.|[#?%\\/:*"<>|\u0000-\u001f]/.test(slug)) return `deck name "${slug}" cannot be a web address folder: rename the file using letters, digits, "-" and "_" (no leading ".", no # ? % : * " < > |)`;
  return undefined;
}
