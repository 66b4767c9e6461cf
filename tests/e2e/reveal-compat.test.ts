// A reveal-md deck gives the same slides, notes and attributes as reveal.js's own markdown plugin gives it
// with reveal-md's separators.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, type BrowserSession } from '../../src/export/browser.js';
import { revealDist } from '../../src/write/assets.js';
import { buildProject, fixtures, tempDir, tempProject } from '../helpers.js';
import { DEFAULT_SEPARATOR, DEFAULT_VERTICAL_SEPARATOR } from '../../src/outline/split.js';
import { processHost } from '../../src/cli/host.js';

interface SlideShape {
  vertical: boolean;
  heading: string;
  attributes: Record<string, string>;
  fragments: string[];
  notes: string;
}

// Runs in the page: the shape of every slide, independent of who rendered it.
const collect = () =>
  [...document.querySelectorAll('.reveal .slides section')]
    .filter((s) => !s.querySelector('section'))
    .map((s) => ({
      vertical: s.parentElement!.tagName === 'SECTION',
      heading: s.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
      attributes: Object.fromEntries(
        [...s.attributes].filter((a) => a.name.startsWith('data-') && !/^data-(markdown|index|background-color|state|previous|next|auto|fragment|timing)/.test(a.name)).map((a) => [a.name, a.value]),
      ),
      fragments: [...s.querySelectorAll('.fragment')].map((f) => `${f.tagName}:${f.textContent!.trim()}:${f.getAttribute('data-fragment-index') ?? ''}`),
      notes: (s.querySelector('aside.notes')?.textContent ?? '').trim(),
    }));

let session: BrowserSession;
beforeAll(() => {
  session = browserSession(processHost());
  // Pages of the tests' own temporary projects (a page reads no file outside the folder it is confined to).
  session.confine(os.tmpdir());
});
afterAll(() => session.close());

async function shapes(file: string): Promise<SlideShape[]> {
  return session.withPage(async (page) => {
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction('window.Reveal && Reveal.isReady()');
    return (await page.evaluate(collect)) as SlideShape[];
  });
}

describe('reveal-md compatibility', () => {
  it('matches reveal.js markdown plugin output for the same file', async () => {
    const source = fs.readFileSync(path.join(fixtures, 'project', 'decks', 'reveal-md.md'), 'utf8');
    const markdown = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const dir = tempDir('lectern-reveal-');
    // Beside the page: its session reads files of the temporary folders only.
    const dist = revealDist();
    for (const file of ['reveal.css', 'reveal.js', path.join('plugin', 'markdown.js')]) fs.cpSync(path.join(dist, file), path.join(dir, file));
    fs.writeFileSync(
      path.join(dir, 'plugin.html'),
      `<!DOCTYPE html><html><head><link rel="stylesheet" href="reveal.css"></head><body>
<div class="reveal"><div class="slides"><section data-markdown data-separator="${DEFAULT_SEPARATOR}" data-separator-vertical="${DEFAULT_VERTICAL_SEPARATOR}"><textarea data-template>${markdown.replace(/<\/textarea>/g, '')}</textarea></section></div></div>
<script src="reveal.js"></script>
<script src="plugin/markdown.js"></script>
<script>Reveal.initialize({ plugins: [RevealMarkdown] });</script></body></html>`,
    );
    const root = tempProject();
    const built = await buildProject(root, ['html'], { classes: ['seminar'], decks: ['reveal-md'] });
    const ours = await shapes(path.join(root, 'dist', built.manifest!.classes.find((c) => c.id === 'seminar')!.decks[0]!.html));
    const theirs = await shapes(path.join(dir, 'plugin.html'));
    expect(theirs.length).toBe(4);
    expect(ours).toEqual(theirs);
  });
});
