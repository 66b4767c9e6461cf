// Deck names become folders and URLs under dist/<class>/: which names are safe, and which collide.
import { relativePath } from '../diagnostics.js';
import { codePoint, firstInvisible, showInvisible } from '../paths/invisible-chars.js';

/** The key two deck names collide under on a case-insensitive, normalising file system (macOS, Windows). */
export function nameKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

/** Slugs become URLs and folders under dist/<class>/: no dots-only names, no URL syntax, no two decks alike. */
export function slugProblem(slug: string, other: string | undefined, root: string): string | undefined {
  if (other) return `deck name "${slug}" is taken twice (also ${relativePath(other, root)}); rename one of them, since both would be written to the same folder`;
  const invisible = firstInvisible(slug);
  if (invisible) return `deck name "${showInvisible(slug)}" holds an invisible control or text-direction character (${codePoint(invisible)}), which can make one name look like another: rename the file`;
  if (/^\.|[#?%\\/:*"<>|\u0000-\u001f]/.test(slug)) return `deck name "${slug}" cannot be a web address folder: rename the file using letters, digits, "-" and "_" (no leading ".", no # ? % : * " < > |)`;
  return undefined;
}
