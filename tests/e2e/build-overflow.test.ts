// A build that prints lays every slide out in Chromium: it says how many ran off the page, from the same
// measurement as `lectern check`, also for decks copied from the print cache; an HTML-only build says how to check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSummaries } from '../../src/check/summary.js';
import { buildProject, tempDir } from '../helpers.js';
import { lectern } from '../run-cli.js';
import { browserSession } from '../../src/export/browser.js';
import { openPrintView } from '../../src/export/slides-pdf.js';
import { processHost } from '../../src/cli/host.js';

const code = Array.from({ length: 34 }, (_, i) => `x${i} = ${i}  # line ${i + 1}`).join('\n');
const table = ['| Year | Event |', '|---|---|', ...Array.from({ length: 18 }, (_, i) => `| ${1950 + i} | event ${i + 1} |`)].join('\n');
const shrinkable = ['| Year | Event |', '|---|---|', ...Array.from({ length: 12 }, (_, i) => `| ${1950 + i} | event ${i + 1} |`)].join('\n');
const shrinkableCode = Array.from({ length: 16 }, (_, i) => `y${i} = ${i}  # line ${i + 1}`).join('\n');
const DECK = `---\ntitle: Too long\n---\n\n## Fits\n\n- one point\n\nNote: fine.\n\n## Long code\n\n\`\`\`python\n${code}\n\`\`\`\n\nNote: code.\n\n## Long table\n\n${table}\n\nNote: table.\n\n## Twelve rows\n\n${shrinkable}\n\nNote: shrinks to fit.\n\n## Sixteen lines\n\n\`\`\`python\n${shrinkableCode}\n\`\`\`\n\nNote: shrinks to fit too.\n`;

function project(classExtra = ''): string {
  const root = tempDir('lectern-overflow-');
  fs.mkdirSync(path.join(root, 'decks'));
  fs.mkdirSync(path.join(root, 'classes'));
  fs.writeFileSync(path.join(root, 'decks', 'long.md'), DECK);
  fs.writeFileSync(path.join(root, 'classes', 'a.yaml'), `name: A\ntheme: light\ndecks: [long]\n${classExtra}`);
  fs.writeFileSync(path.join(root, 'classes', 'b.yaml'), 'name: B\ntheme: contrast\ndecks: [long]\n');
  return root;
}

const overflow = (r: Awaited<ReturnType<typeof buildProject>>) => r.diagnostics.filter((d) => d.rule === 'overflow');

describe('build and overflow', () => {
  it('warns once a slide about the slides that ran off the printed page, and sums them up in one line', async () => {
    const root = project();
    const first = await buildProject(root, ['html', 'pdf']);
    expect(first.ok).toBe(true);
    const found = overflow(first);
    expect(found.map((d) => [d.line, d.severity])).toEqual([[11, 'warning'], [52, 'warning']]);
    expect(found[0]!.message).toContain('slide "Long code"');
    expect(ruleSummaries(first.diagnostics)).toContain('warning: 2 slides overflow [overflow] (lectern check lists them)');
    // Copied from the print cache, not printed: still reported.
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    const again = await buildProject(root, ['html', 'pdf']);
    expect(again.reused.length).toBeGreaterThan(0);
    expect(overflow(again).map((d) => d.line)).toEqual([11, 52]);
  }, 60_000);

  it('lists the slides in the command\'s output; the rule turned off in a class leaves the other class\'s', async () => {
    const root = project('check:\n  overflow: off\n');
    const run = await lectern(root, 'build', '--format', 'pdf', '--no-cache');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: 2 slides overflow [overflow] (lectern check lists them)');
    fs.writeFileSync(path.join(root, 'classes', 'b.yaml'), 'name: B\ntheme: contrast\ndecks: [long]\ncheck:\n  overflow: off\n');
    const quiet = await lectern(root, 'build', '--format', 'pdf', '--no-cache');
    expect(quiet.stderr).not.toContain('overflow');
  }, 60_000);

  it('shrinks a table or code block that runs off its slide down to the readable 18 px, and reports it only when it still does not fit', async () => {
    const root = project();
    expect((await buildProject(root, ['html'])).ok).toBe(true);
    const session = browserSession(processHost());
    session.confine(os.tmpdir());
    try {
      const sizes = await session.withPage(async (page) => {
        await openPrintView(page, path.join(root, 'dist', 'a', 'long', 'index.html'), { margin: '0', pdfSeparateFragments: 'false' });
        return page.evaluate(() => ['long-table', 'twelve-rows', 'fits', 'long-code', 'sixteen-lines'].map((id) => {
          const body = document.querySelector(`section#${id} .slide-body`)!;
          const block = body.querySelector('table, pre');
          return { id, size: block ? parseFloat(getComputedStyle(block).fontSize) : undefined, over: body.scrollHeight - body.clientHeight };
        }));
      });
      // Code as marp-cli scales it, but never below 18 px: the 34-line block stops there and is reported above.
      expect(sizes[3]).toMatchObject({ size: 18 });
      expect(sizes[3]!.over).toBeGreaterThan(2);
      expect(sizes[4]!.size).toBeGreaterThanOrEqual(18);
      expect(sizes[4]!.size).toBeLessThan(20.4);
      expect(sizes[4]!.over).toBeLessThanOrEqual(2);
      expect(sizes[0]).toMatchObject({ size: 18 });
      expect(sizes[0]!.over).toBeGreaterThan(2);
      expect(sizes[1]!.size).toBeGreaterThanOrEqual(18);
      expect(sizes[1]!.size).toBeLessThan(26);
      expect(sizes[1]!.over).toBeLessThanOrEqual(2);
    } finally {
      await session.close();
    }
  }, 60_000);

  it('an HTML-only build says how to find them', async () => {
    const run = await lectern(project(), 'build', '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('[overflow]');
    expect(run.stderr).toContain('"lectern check" finds the ones that run off the slide');
  }, 60_000);
});
