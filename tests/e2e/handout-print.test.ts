// Issue 25 read back from real handouts: a dark-theme statistics lecture (code, a table, a chart, math in its
// Handout: text, a long course name) printed in every layout on A4 and Letter.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandoutLayout } from '../../src/config/look.js';
import { buildProject, tempProject } from '../helpers.js';
import { inkCoverage, pageText, pdfInfo } from '../pdf-tools.js';

const LAYOUTS: HandoutLayout[] = ['3-up', '6-up', 'notes', 'lecturer-notes'];
const PAPERS = ['A4', 'Letter'] as const;
const DATE = 'September 29, 2027';

interface Printed {
  layout: HandoutLayout;
  paper: (typeof PAPERS)[number];
  file: string;
  pages: string[];
}

const printed: Printed[] = [];

beforeAll(async () => {
  for (const layout of LAYOUTS) {
    for (const paper of PAPERS) {
      const root = tempProject('stats');
      const result = await buildProject(root, ['html', 'handout'], { look: { handout: { layout, paper } } });
      expect(result.ok).toBe(true);
      const file = path.join(root, 'dist', result.manifest!.classes[0]!.decks[0]!.handout!);
      printed.push({ layout, paper, file, pages: Array.from({ length: Number(pdfInfo(file).Pages) }, (_, i) => pageText(file, i + 1)) });
    }
  }
}, 240_000);

const each = (fn: (p: Printed) => void) => () => {
  expect(printed).toHaveLength(LAYOUTS.length * PAPERS.length);
  for (const p of printed) fn(p);
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a dark-theme statistics handout, every layout on A4 and Letter', () => {
  it('prints the whole date in every page\'s header, shortening the long course name instead', each((p) => {
    p.pages.forEach((text, i) => {
      const header = text.split('\n').slice(0, 3).join('\n');
      expect(header, `${p.layout} ${p.paper} page ${i + 1}`).toContain(DATE);
      expect(header).toContain('STAT 2150');
      for (const part of ['Simple Linear Regression: Fitting, Checking', 'and Reading a Model']) expect(header).toContain(part);
    });
  }));

  it('lays down at most 4% ink on every page (code blocks, the table and the chart in paper colours)', each((p) => {
    inkCoverage(p.file).forEach((share, i) => expect(share, `${p.layout} ${p.paper} page ${i + 1}`).toBeLessThanOrEqual(0.04));
  }));

  it('prints math in the Handout: text once (KaTeX\'s stylesheet hides its MathML copy)', each((p) => {
    if (p.layout !== 'notes') return;
    const text = flat(p.pages.join('\n'));
    expect(text, `${p.layout} ${p.paper}`).toMatch(/Why n − 1\? One degree of freedom/);
    expect(text).not.toContain('𝑛');
  }));
});
