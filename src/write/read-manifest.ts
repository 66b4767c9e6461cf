// dist/manifest.json back into memory (a partial build merges into it; a skipped build reports it).
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.js';
import { isManifest } from './manifest-shape.js';

/** The manifest in `outDir`, or undefined when there is none Lectern could have written (a link, a FIFO, junk). */
export function readManifest(outDir: string): Manifest | undefined {
  const file = path.join(outDir, 'manifest.json');
  try {
    // A link (maybe to a file outside the project) or a special file is never followed or opened.
    if (!fs.lstatSync(file).isFile()) return undefined;
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isManifest(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
