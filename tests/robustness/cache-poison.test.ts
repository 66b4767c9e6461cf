// A project may arrive with a .lectern-cache of its sender's: its entries must never reach this machine's output.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildProject, tempDir, tempProject } from '../helpers.js';

const previous = process.env.XDG_CACHE_HOME;
afterEach(() => {
  process.env.XDG_CACHE_HOME = previous;
});

/** Plants a script in every stored page, and a title in the stored model of one deck (whose page is then
 * rendered again from it); returns how many of each. */
const readManifest = (root: string) => JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));

function poisonRenderMemo(root: string): { pages: number; models: number } {
  const dir = path.join(root, '.lectern-cache', 'render');
  const count = { pages: 0, models: 0 };
  for (const f of fs.readdirSync(dir)) {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    // A stored page ({ html, images, links, diagnostics }) or a stored model ({ deck, diagnostics }).
    if (typeof entry.html === 'string') {
      entry.html = entry.html.replace('</body>', '<script>window.pwned = 1</script></body>');
      count.pages++;
    } else if (entry.deck?.slug === 'syntax-tour') {
      entry.deck.meta.title = 'POISONED MODEL';
      count.models++;
    }
    fs.writeFileSync(path.join(dir, f), JSON.stringify(entry));
  }
  return count;
}

const builtPages = (root: string) =>
  fs.readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => fs.readFileSync(path.join(root, 'dist', f), 'utf8'));

describe('a shipped cache', () => {
  it('is used on the machine that made it, and ignored on any other', async () => {
    const root = tempProject();
    process.env.XDG_CACHE_HOME = tempDir('lectern-sender-');
      expect((await buildProject(root)).ok).toBe(true);
    const poisoned = poisonRenderMemo(root);
    expect(poisoned.pages).toBeGreaterThan(0);
    expect(poisoned.models).toBeGreaterThan(0);

    // The sender's own machine trusts its own cache (this is what makes the test able to fail).
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect((await buildProject(root)).ok).toBe(true);
    expect(builtPages(root).some((html) => html.includes('window.pwned'))).toBe(true);
    expect(JSON.stringify(readManifest(root))).toContain('POISONED MODEL');

    // The receiver: another salt, so none of the shipped keys match.
    process.env.XDG_CACHE_HOME = tempDir('lectern-receiver-');
      fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect((await buildProject(root)).ok).toBe(true);
    expect(builtPages(root).some((html) => html.includes('window.pwned'))).toBe(false);
    expect(JSON.stringify(readManifest(root))).not.toContain('POISONED MODEL');
  });
});
