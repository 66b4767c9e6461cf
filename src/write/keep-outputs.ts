// Outputs a build did not make again (serve and `--format html` print no PDFs) stay in dist/ and in the manifest.
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.js';
import type { Output } from './output.js';

const PRINTED = ['pdf', 'handout'] as const;

export function keepOutputs(manifest: Manifest, previous: Manifest | undefined, outDir: string, output: Output, rebuilt: ReadonlySet<string>): void {
  if (!previous?.classes) return;
  const root = path.resolve(outDir);
  for (const klass of manifest.classes) {
    const old = previous.classes.find((c) => c.id === klass.id);
    for (const deck of klass.decks) {
      const before = old?.decks?.find((d) => d.slug === deck.slug);
      if (!before) continue;
      for (const format of PRINTED) {
        const rel = before[format];
        if (rebuilt.has(format) || deck[format] || typeof rel !== 'string') continue;
        // The old manifest is a file in dist/ like any other: never follow it outside the output folder.
        const file = path.resolve(root, rel);
        if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) continue;
        output.copy(rel, file);
        deck[format] = rel;
        const pages = before.pages?.[format];
        if (typeof pages === 'number') deck.pages = { ...deck.pages, [format]: pages };
      }
    }
  }
}
