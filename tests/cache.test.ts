// The print cache and the up-to-date check, with a real Chromium whose launches are counted by a wrapper script.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/export/find-browser.js';
import { buildProject, tempDir, tempProject } from './helpers.js';
import { pdfInfo, pageText } from './pdf-tools.js';

/** Every file under dir → its bytes, by relative path. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name)));
  }
  return files;
}

function expectSameTree(a: string, b: string): void {
  const left = tree(a);
  const right = tree(b);
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
  const differing = [...left].filter(([rel, bytes]) => !bytes.equals(right.get(rel)!)).map(([rel]) => rel);
  expect(differing).toEqual([]);
}

describe('print cache', () => {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
  let launches: string;
  beforeAll(async () => {
    const real = await findBrowser(process.env);
    const bin = tempDir('lectern-wrapper-');
    launches = path.join(bin, 'launches.log');
    fs.writeFileSync(launches, '');
    const wrapper = path.join(bin, 'chromium');
    fs.writeFileSync(wrapper, `#!/bin/sh\necho launched >> '${launches}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    process.env.PUPPETEER_EXECUTABLE_PATH = wrapper;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
    else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  });
  const launchCount = () => fs.readFileSync(launches, 'utf8').split('\n').filter(Boolean).length;

  it('shares a cached PDF with dist/ as a hard link, and prints again one edited in place in dist/', async () => {
    const root = tempProject();
    const cache = { dir: path.join(root, '.lectern-cache') };
    const first = await buildProject(root, ['html', 'pdf'], { cache, classes: ['intro'], decks: ['syntax-tour'] });
    expect(first.ok).toBe(true);
    const pdf = path.join(root, 'dist', first.manifest!.classes[0]!.decks[0]!.pdf!);
    const original = fs.readFileSync(pdf);
    // The build's PDF and the cache's entry are one file (no bytes copied).
    expect(fs.statSync(pdf).nlink).toBe(2);
    // Another output folder takes the same file from the cache.
    const other = await buildProject(root, ['html', 'pdf'], { cache, classes: ['intro'], decks: ['syntax-tour'], outDir: path.join(root, 'dist2') });
    expect(other.reused).toEqual(['intro/syntax-tour']);
    expect(fs.statSync(pdf).ino).toBe(fs.statSync(path.join(root, 'dist2', path.relative(path.join(root, 'dist'), pdf))).ino);
    // Someone edits dist/…pdf in place (so the cache's copy changes too): that entry is never reused.
    fs.appendFileSync(pdf, '% edited in place\n');
    const again = await buildProject(root, ['html', 'pdf'], { cache, classes: ['intro'], decks: ['syntax-tour'], outDir: path.join(root, 'dist3') });
    expect(again.reused).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'dist3', path.relative(path.join(root, 'dist'), pdf))).equals(original)).toBe(true);
    // The other tests count launches from zero.
    fs.writeFileSync(launches, '');
  });

  it('reuses PDFs byte for byte, starts no Chromium when nothing changed, and reprints what an image or the theme changes', async () => {
    const root = tempProject();
    const cache = { dir: path.join(root, '.lectern-cache') };
    const formats = ['html', 'pdf', 'handout'] as const;
    const at = (name: string) => path.join(root, name);

    const first = await buildProject(root, [...formats], { cache, outDir: at('dist') });
    expect(first.ok).toBe(true);
    expect(first.reused).toEqual([]);
    expect(launchCount()).toBe(1);
    const decks = first.manifest!.classes.flatMap((c) => c.decks.map((d) => `${c.id}/${d.slug}`));
    expect(decks).toHaveLength(5);

    // Another output folder: the HTML is built again, every PDF comes from the cache, Chromium never starts.
    const second = await buildProject(root, [...formats], { cache, outDir: at('dist2') });
    expect(second.reused.sort()).toEqual([...decks].sort());
    expect(launchCount()).toBe(1);
    expectSameTree(at('dist'), at('dist2'));

    // The same output folder again: nothing to do at all, and dist/ is not touched.
    const stamp = fs.statSync(at('dist/manifest.json')).mtimeMs;
    const third = await buildProject(root, [...formats], { cache, outDir: at('dist') });
    expect(third.upToDate).toBe(true);
    expect(third.manifest).toEqual(first.manifest);
    expect(fs.statSync(at('dist/manifest.json')).mtimeMs).toBe(stamp);

    // An image changes: only the decks that show it are printed again, and their PDF shows the change.
    const svg = at('decks/with-image/square.svg');
    fs.writeFileSync(svg, fs.readFileSync(svg, 'utf8').replace(/<svg /, '<svg data-edited="1" '));
    const fourth = await buildProject(root, [...formats], { cache, outDir: at('dist') });
    expect(fourth.ok).toBe(true);
    expect(fourth.upToDate).toBeUndefined();
    expect(fourth.reused.sort()).toEqual(decks.filter((d) => !d.endsWith('with-image')).sort());
    expect(launchCount()).toBe(2);

    // The theme changes: decks in that theme are printed again with it.
    const before = fs.readFileSync(at('dist/intro/syntax-tour/syntax-tour.pdf'));
    const css = at('templates/themes/light/theme.css');
    fs.appendFileSync(css, '\n.reveal .slides section h2 { letter-spacing: 0.2em; }\n');
    const fifth = await buildProject(root, [...formats], { cache, outDir: at('dist') });
    expect(fifth.reused).not.toContain('intro/syntax-tour');
    expect(launchCount()).toBe(3);
    expect(fs.readFileSync(at('dist/intro/syntax-tour/syntax-tour.pdf')).equals(before)).toBe(false);

    // Without the cache the same inputs give the same bytes: the cache changes nothing but the time.
    const uncached = await buildProject(root, [...formats], { cache: false, outDir: at('dist-uncached') });
    expect(uncached.ok).toBe(true);
    expectSameTree(at('dist'), at('dist-uncached'));
    expect(fs.existsSync(at('dist-uncached/intro/syntax-tour/syntax-tour.pdf'))).toBe(true);
    expect(pageText(at('dist-uncached/intro/syntax-tour/syntax-tour.pdf'), 1)).toContain('Syntax tour');
  }, 300_000); // six builds, four of them printing: minutes on a busy 2-core machine

  it('prints a deck to the same bytes whether or not the page printed other decks before it', async () => {
    const root = tempProject();
    const file = 'seminar/syntax-tour/syntax-tour.pdf';
    // One page prints reveal-md, then syntax-tour (its table's tagged headers come after another deck's nodes).
    const after = await buildProject(root, ['html', 'pdf'], { cache: false, classes: ['seminar'], outDir: path.join(root, 'after'), export: { concurrency: 1 } });
    const alone = await buildProject(root, ['html', 'pdf'], { cache: false, classes: ['seminar'], decks: ['syntax-tour'], outDir: path.join(root, 'alone') });
    expect(after.ok && alone.ok).toBe(true);
    expect(fs.readFileSync(path.join(root, 'after', file)).equals(fs.readFileSync(path.join(root, 'alone', file)))).toBe(true);
  });

  it('renders a deck again when it changes, and looks for linked files again, with rendered decks reused', async () => {
    const root = tempProject();
    const cache = { dir: path.join(root, '.lectern-cache') };
    const deck = path.join(root, 'decks', 'syntax-tour.md');
    fs.writeFileSync(path.join(root, 'decks', 'reading.txt'), 'a reading');
    fs.appendFileSync(deck, '\n## Further reading\n\n- [The reading](reading.txt)\n\nNote: Hand it out.\n');
    const html = (dir: string) => fs.readFileSync(path.join(root, dir, 'intro', 'syntax-tour', 'index.html'), 'utf8');
    expect((await buildProject(root, ['html'], { cache })).ok).toBe(true);
    expect(fs.readdirSync(path.join(cache.dir, 'render')).length).toBeGreaterThan(0);

    fs.writeFileSync(deck, fs.readFileSync(deck, 'utf8').replace('## Further reading', '## Reading for next week'));
    await buildProject(root, ['html'], { cache });
    expect(html('dist')).toContain('Reading for next week');
    await buildProject(root, ['html'], { cache: false, outDir: path.join(root, 'uncached') });
    expectSameTree(path.join(root, 'dist'), path.join(root, 'uncached'));

    fs.rmSync(path.join(root, 'decks', 'reading.txt'));
    const after = await buildProject(root, ['html'], { cache });
    expect(after.diagnostics.filter((d) => d.rule === 'broken-link').map((d) => d.message).join('\n')).toContain('reading.txt');
  });

  it('dates PDFs and the manifest from SOURCE_DATE_EPOCH, not the clock', async () => {
    const root = tempProject();
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const result = await buildProject(root, ['html', 'pdf'], { cache: false, classes: ['intro'], decks: ['with-image'] });
      expect(result.ok).toBe(true);
      expect(result.manifest!.generatedAt).toBe(new Date(1700000000 * 1000).toISOString());
      const info = pdfInfo(path.join(root, 'dist/intro/with-image/with-image.pdf'));
      expect(new Date(info.CreationDate!).getTime()).toBe(1700000000 * 1000);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});
