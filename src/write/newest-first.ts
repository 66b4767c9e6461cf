// The order a build renders its decks in: the most recently saved first, so that after an edit it prints at once.
import fs from 'node:fs';

/** Indexes of `files`, newest modification first (ties keep their order; a file gone counts as oldest). */
export function newestFirst(files: readonly string[]): number[] {
  const mtime = new Map<string, number>();
  const of = (file: string) => {
    if (!mtime.has(file)) {
      try {
        mtime.set(file, fs.statSync(file).mtimeMs);
      } catch {
        mtime.set(file, 0);
      }
    }
    return mtime.get(file)!;
  };
  return files.map((_, i) => i).sort((a, b) => of(files[b]!) - of(files[a]!) || a - b);
}
