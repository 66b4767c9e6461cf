// Skipping a build: its stamp stands while the inputs are the same and dist/ is exactly as that build left it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBefore, recordBuild, upToDate } from '../../../src/cache/up-to-date.js';
import { tempDir } from '../../helpers.js';

const summary = { decks: 2, classes: 1, slides: 9, files: 3, diagnostics: [] };

function built() {
  const cache = tempDir('lectern-stamp-');
  const out = tempDir('lectern-dist-');
  fs.writeFileSync(path.join(out, 'manifest.json'), '{}');
  fs.writeFileSync(path.join(out, 'deck.html'), '<html>');
  recordBuild(cache, out, { formats: ['html'] }, 'inputs-1', summary);
  return { cache, out };
}

describe('up-to-date stamps', () => {
  it('gives the recorded summary for the same inputs, settings and dist/', () => {
    const { cache, out } = built();
    expect(upToDate(cache, out, { formats: ['html'] }, 'inputs-1')).toEqual(summary);
    expect(builtBefore(cache, out, { formats: ['html'] })).toBe(true);
  });
  it('stands for nothing when inputs or settings differ', () => {
    const { cache, out } = built();
    expect(upToDate(cache, out, { formats: ['html'] }, 'inputs-2')).toBeUndefined();
    expect(upToDate(cache, out, { formats: ['html', 'pdf'] }, 'inputs-1')).toBeUndefined();
    expect(builtBefore(cache, out, { formats: ['html', 'pdf'] })).toBe(false);
  });
  it('stands for nothing once dist/ was changed, or lost its manifest', () => {
    const changed = built();
    fs.appendFileSync(path.join(changed.out, 'deck.html'), '<!-- edited -->');
    expect(upToDate(changed.cache, changed.out, { formats: ['html'] }, 'inputs-1')).toBeUndefined();
    const added = built();
    fs.writeFileSync(path.join(added.out, 'stray.txt'), 'x');
    expect(upToDate(added.cache, added.out, { formats: ['html'] }, 'inputs-1')).toBeUndefined();
    const gone = built();
    fs.rmSync(path.join(gone.out, 'manifest.json'));
    expect(upToDate(gone.cache, gone.out, { formats: ['html'] }, 'inputs-1')).toBeUndefined();
  });
});
