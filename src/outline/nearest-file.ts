// The nearest file of a name between a deck's folder and the project root (a course's tool settings), never above.
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../paths/inside.js';

export function nearestFile(deckDir: string, root: string, name: string): string | undefined {
  for (let dir = path.resolve(deckDir); isInside(path.resolve(root), dir); dir = path.dirname(dir)) {
    const file = path.join(dir, name);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    if (dir === path.dirname(dir)) break;
  }
  return undefined;
}
