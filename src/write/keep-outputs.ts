// Outputs a build did not make again (serve and `--format html` print no PDFs) stay in dist/ and in the manifest.
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.js';
import type { Output } from './output.js';

const PRINTED = ['pdf', 'handout', 'pptx'] as const;

/** The slide images of the last build that made them, when each of them is still there. */
function keepImages(deck: Manifest['classes'][number]['decks'][number], png: { dir: string; count: number }, root: string, output: Output): void {
  const count = Number(png.count);
  if (typeof png.dir !== 'string' || !Number.isInteger(count) || count < 1 || count > 100_000) return;
  const files = Array.from({ length: count }, (_, i) => `${png.dir}/${String(i + 1).padStart(3, '0')}.png`);
  const inside = (rel: string) => {
    const file = path.resolve(root, rel);
    return file.startsWith(root + path.sep) && fs.existsSync(file) ? file : undefined;
  };
  if (!files.every(inside)) return;
  for (const rel of files) output.copy(rel, inside(rel)!);
  deck.png = { dir: png.dir, count };
}

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
        if (format === 'pptx') continue;
        const pages = before.pages?.[format];
        if (typeof pages === 'number') deck.pages = { ...deck.pages, [format]: pages };
      }
      if (!rebuilt.has('png') && !deck.png && before.png) keepImages(deck, before.png, root, output);
    }
  }
}
