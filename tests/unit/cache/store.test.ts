// The print cache: entries stored atomically, refused when a linked file was changed in place, trimmed oldest first.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrintStore } from '../../../src/cache/store.js';
import { tempDir } from '../../helpers.js';

function pdf(dir: string, name: string, bytes: number): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, 'x'.repeat(bytes));
  return file;
}
const key = (n: number) => n.toString(16).padStart(64, 'a');

describe('PrintStore', () => {
  it('gives back what was put, with its pages, and nothing for an unknown key', () => {
    const dir = tempDir('lectern-store-');
    const store = new PrintStore(dir);
    store.put(key(1), { files: { pdf: pdf(dir, 'a.pdf', 10), handout: pdf(dir, 'b.pdf', 20) }, pages: { pdf: 3, handout: 1 }, overflow: [] });
    const entry = store.get(key(1))!;
    expect(entry.pages).toEqual({ pdf: 3, handout: 1 });
    expect(fs.readFileSync(entry.files.handout!, 'utf8')).toHaveLength(20);
    expect(store.get(key(2))).toBeUndefined();
  });
  it('drops an entry whose file was changed in place (dist/ and the cache share it)', () => {
    const dir = tempDir('lectern-store-');
    const store = new PrintStore(dir);
    const file = pdf(dir, 'a.pdf', 10);
    store.put(key(1), { files: { pdf: file }, pages: { pdf: 1 }, overflow: [] });
    fs.appendFileSync(store.get(key(1))!.files.pdf!, 'edited');
    expect(store.get(key(1))).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'prints', key(1).slice(0, 2), key(1)))).toBe(false);
  });
  it('prints again a slide PDF stored before build reported overflow (it would report none)', () => {
    const dir = tempDir('lectern-store-');
    const store = new PrintStore(dir);
    store.put(key(1), { files: { pdf: pdf(dir, 'a.pdf', 10) }, pages: { pdf: 1 } });
    expect(store.get(key(1))).toBeUndefined();
    store.put(key(2), { files: { handout: pdf(dir, 'h.pdf', 10) }, pages: { handout: 1 } });
    expect(store.get(key(2))?.pages).toEqual({ handout: 1 });
    store.put(key(3), { files: { pdf: pdf(dir, 'b.pdf', 10) }, pages: { pdf: 1 }, overflow: ['s2'] });
    expect(store.get(key(3))?.overflow).toEqual(['s2']);
  });
  it('never replaces an entry already stored', () => {
    const dir = tempDir('lectern-store-');
    const store = new PrintStore(dir);
    store.put(key(1), { files: { pdf: pdf(dir, 'a.pdf', 10) }, pages: { pdf: 1 }, overflow: [] });
    store.put(key(1), { files: { pdf: pdf(dir, 'b.pdf', 99) }, pages: { pdf: 9 }, overflow: [] });
    expect(store.get(key(1))!.pages).toEqual({ pdf: 1 });
  });
  it('trims the least recently used entries down to its limit', () => {
    const dir = tempDir('lectern-store-');
    const store = new PrintStore(dir, 2500);
    for (const n of [1, 2, 3]) store.put(key(n), { files: { pdf: pdf(dir, `${n}.pdf`, 1000) }, pages: { pdf: 1 }, overflow: [] });
    // Entry 1 used just now, entry 2 longest ago.
    const entryJson = (n: number) => path.join(dir, 'prints', key(n).slice(0, 2), key(n), 'entry.json');
    fs.utimesSync(entryJson(2), new Date(1000), new Date(1000));
    fs.utimesSync(entryJson(3), new Date(2000), new Date(2000));
    store.get(key(1));
    store.trim();
    expect([1, 2, 3].map((n) => store.get(key(n)) !== undefined)).toEqual([true, false, true]);
    expect(Number(fs.readFileSync(path.join(dir, 'prints-total-bytes'), 'utf8'))).toBeLessThanOrEqual(2500);
  });
});
