// Saved files → which decks to rebuild: one deck's own files rebuild that deck; templates and classes rebuild all.
import path from 'node:path';

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
    if (parts.length === 2) {
      if (!/\.(md|markdown)$/i.test(parts[1]!)) return undefined; // an image beside flat decks: any of them may use it
      slugs.add(parts[1]!.replace(/\.(md|markdown)$/i, ''));
    } else slugs.add(parts[1]!);
  }
  return [...slugs];
}
