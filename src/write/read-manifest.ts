// dist/manifest.json back into memory (a partial build merges into it; a skipped build reports it).
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.js';

export function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
