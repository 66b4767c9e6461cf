// Outputs a build did not make again stay in dist/ and the manifest; an old manifest never reaches outside dist/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepOutputs } from '../../../src/write/keep-outputs.js';
import { readManifest } from '../../../src/write/read-manifest.js';
import type { Manifest, ManifestDeck } from '../../../src/write/manifest.js';
import type { Output } from '../../../src/write/output.js';
import { tempDir } from '../../helpers.js';

const deck = (extra: Partial<ManifestDeck> = {}): ManifestDeck => ({ slug: 'one', title: 'One', source: null, slides: 3, minutes: 1, seconds: 60, date: null, html: 'c/one/one.html', ...extra });
const manifest = (d: ManifestDeck): Manifest => ({ generatedAt: '2027', generator: 'lectern', classes: [{ id: 'c', name: 'C', index: 'c/index.html', decks: [d] }] });

function setup(previousDeck: Partial<ManifestDeck>) {
  const out = tempDir('lectern-keep-');
  fs.mkdirSync(path.join(out, 'c', 'one'), { recursive: true });
  fs.writeFileSync(path.join(out, 'c', 'one', 'one.pdf'), '%PDF');
  const copies: string[] = [];
  const output = { copy: (rel: string, file: string) => copies.push(`${rel} <- ${path.relative(out, file)}`) } as unknown as Output;
  const now = manifest(deck());
  return { out, copies, now, run: (rebuilt: string[]) => keepOutputs(now, manifest(deck(previousDeck)), out, output, new Set(rebuilt)) };
}

describe('keepOutputs', () => {
  it('keeps the previous PDF and its page count when this build printed none', () => {
    const s = setup({ pdf: 'c/one/one.pdf', pages: { pdf: 3 } });
    s.run([]);
    expect(s.copies).toEqual(['c/one/one.pdf <- c/one/one.pdf']);
    expect(s.now.classes[0]!.decks[0]).toMatchObject({ pdf: 'c/one/one.pdf', pages: { pdf: 3 } });
  });
  it('keeps nothing of a format this build made, or of a file that is gone', () => {
    const made = setup({ pdf: 'c/one/one.pdf' });
    made.run(['pdf']);
    expect(made.copies).toEqual([]);
    const gone = setup({ handout: 'c/one/one-handout.pdf' });
    gone.run([]);
    expect(gone.copies).toEqual([]);
  });
  it('never follows an old manifest outside the output folder', () => {
    const s = setup({ pdf: '../../etc/passwd' });
    s.run([]);
    expect(s.copies).toEqual([]);
    expect(s.now.classes[0]!.decks[0]!.pdf).toBeUndefined();
  });
});

describe('readManifest', () => {
  it('reads dist/manifest.json, and gives undefined when it is missing or broken', () => {
    const out = tempDir('lectern-manifest-');
    expect(readManifest(out)).toBeUndefined();
    fs.writeFileSync(path.join(out, 'manifest.json'), '{ broken');
    expect(readManifest(out)).toBeUndefined();
    fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest(deck())));
    expect(readManifest(out)!.classes[0]!.decks[0]!.slug).toBe('one');
  });
});
