// A partial build's manifest over the previous one: rebuilt entries replace old ones, the rest stay.
import { describe, expect, it } from 'vitest';
import { mergeManifest, type Manifest, type ManifestDeck } from '../../../src/write/manifest.js';

const deck = (slug: string, slides: number): ManifestDeck => ({ slug, title: slug, source: null, slides, minutes: 1, seconds: 60, date: null, html: `c/${slug}/${slug}.html` });
const manifest = (generatedAt: string, classes: Manifest['classes']): Manifest => ({ generatedAt, generator: 'lectern', classes });

describe('mergeManifest', () => {
  const previous = manifest('2027-01-02', [
    { id: 'a', name: 'A', index: 'a/index.html', decks: [deck('one', 1), deck('two', 2)] },
    { id: 'b', name: 'B', index: 'b/index.html', decks: [deck('one', 1)] },
  ]);
  it('replaces rebuilt decks in place, adds new ones and classes, keeps the rest', () => {
    const next = manifest('2027-01-01', [
      { id: 'a', name: 'A2', index: 'a/index.html', decks: [deck('two', 5), deck('three', 3)] },
      { id: 'c', name: 'C', index: 'c/index.html', decks: [deck('x', 1)] },
    ]);
    const merged = mergeManifest(previous, next);
    expect(merged.classes.map((c) => `${c.id}:${c.name}:${c.decks.map((d) => `${d.slug}=${d.slides}`).join(',')}`)).toEqual(['a:A2:one=1,two=5,three=3', 'b:B:one=1', 'c:C:x=1']);
    expect(merged.generatedAt).toBe('2027-01-02');
  });
  it('is the new manifest when there was none', () => {
    const next = manifest('2027-01-01', []);
    expect(mergeManifest(undefined, next)).toBe(next);
  });
});
