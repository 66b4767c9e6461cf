// Saved files → which decks to rebuild: one deck's own files rebuild that deck; templates and classes rebuild all.
import path from 'node:path';
import { deckSlugForPath } from '../config/project.js';

export interface Change {
  kind: string;
  file: string;
}

/** Deck slugs to rebuild, or undefined for everything. */
export function affectedDecks(root: string, changes: readonly Change[]): string[] | undefined {
  const slugs = new Set<string>();
  for (const { kind, file } of changes) {
    const parts = path.relative(root, file).split(path.sep);
    // A deck added or removed changes the class indexes and the manifest: rebuild everything.
    if (parts[0] !== 'decks' || parts.length < 2 || kind === 'add' || kind === 'unlink' || kind === 'addDir' || kind === 'unlinkDir') return undefined;
    if (/\.(md|markdown|qmd)$/i.test(parts[parts.length - 1]!)) slugs.add(deckSlugForPath(parts.slice(1).join('/')));
    // An image beside flat decks or in a shared course folder: any deck may use it.
    else if (parts.length !== 3) return undefined;
    else slugs.add(parts[1]!);
  }
  return [...slugs];
}
