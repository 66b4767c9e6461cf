// An image in Handout: text shows only in the reading page and the printed handout: it is checked, copied
// beside the deck and printed, like a slide's own image.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildProject, tempDir } from '../helpers.js';
import { png } from '../png.js';

function project(handout: string): string {
  const root = tempDir('lectern-handout-img-');
  fs.mkdirSync(path.join(root, 'decks', 'x'), { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'));
  fs.writeFileSync(path.join(root, 'decks', 'x', 'figure.png'), png(40, 20));
  fs.writeFileSync(path.join(root, 'decks', 'x', 'index.md'), `---\ntitle: Handout images\n---\n\n# Start\n\n## A slide\n\n- a point\n\n${handout}\n\nNote: what to say\n`);
  fs.writeFileSync(path.join(root, 'classes', 'c.yaml'), 'name: C\ndecks: [x]\nhandout:\n  layout: notes\n');
  return root;
}

describe('images in Handout: text', () => {
  it('are copied beside the deck, shown by the reading page and printed in the handout', async () => {
    const root = project('Handout: The figure: ![a grey figure](figure.png)');
    const result = await buildProject(root, ['html', 'handout']);
    expect(result.ok).toBe(true);
    expect(fs.readFileSync(path.join(root, 'dist', 'c', 'x', 'figure.png')).equals(fs.readFileSync(path.join(root, 'decks', 'x', 'figure.png')))).toBe(true);
    expect(fs.readFileSync(path.join(root, 'dist', 'c', 'x', 'read.html'), 'utf8')).toContain('src="figure.png"');
    // pdfimages lists the 40×20 figure on the handout's page.
    const images = execFileSync('pdfimages', ['-list', path.join(root, 'dist', result.manifest!.classes[0]!.decks[0]!.handout!)], { encoding: 'utf8' });
    expect(images).toMatch(/^\s*\d+\s+\d+\s+image\s+40\s+20\s/m);
  });

  it('one from elsewhere in the project is found where the slides find theirs (_project/), in the reading page and the handout', async () => {
    const root = project('Handout: From the course folder: ![a shared figure](../shared/wide.png)');
    fs.mkdirSync(path.join(root, 'decks', 'shared'));
    fs.writeFileSync(path.join(root, 'decks', 'shared', 'wide.png'), png(60, 10));
    fs.appendFileSync(path.join(root, 'decks', 'x', 'index.md'), '\n## With the same figure\n\n![on the slide](../shared/wide.png)\n');
    const result = await buildProject(root, ['html', 'handout']);
    expect(result.ok).toBe(true);
    const read = fs.readFileSync(path.join(root, 'dist', 'c', 'x', 'read.html'), 'utf8');
    expect(read).toContain('src="_project/decks/shared/wide.png"');
    expect(read).not.toContain('src="../shared/wide.png"');
    expect(fs.existsSync(path.join(root, 'dist', 'c', 'x', '_project', 'decks', 'shared', 'wide.png'))).toBe(true);
    const images = execFileSync('pdfimages', ['-list', path.join(root, 'dist', result.manifest!.classes[0]!.decks[0]!.handout!)], { encoding: 'utf8' });
    expect(images).toMatch(/^\s*\d+\s+\d+\s+image\s+60\s+10\s/m);
  });

  it('a missing one is an error at its line, a remote one a warning', async () => {
    const root = project('Handout: ![gone](missing.png) and ![web](https://example.org/w.png)');
    const result = await buildProject(root, ['html']);
    const lines = result.diagnostics.map((d) => formatDiagnostic(d, root));
    expect(result.ok).toBe(false);
    expect(lines.some((l) => /^decks\/x\/index\.md:11:18: error: image "missing\.png" not found \(looked for \S*decks\/x\/missing\.png\) \[missing-image\]$/.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /^decks\/x\/index\.md:11:42: warning: image "https:\/\/example\.org\/w\.png" in handout text is remote/.test(l)), lines.join('\n')).toBe(true);
  });
});
