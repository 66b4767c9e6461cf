// A class file with an error is one error: its decks are not each reported as "in no class" besides.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs } from '../../../src/plan/plan-jobs.js';
import { tempDir } from '../../helpers.js';

function course(classYaml: string): string {
  const root = tempDir('lectern-plan-');
  fs.mkdirSync(path.join(root, 'decks'));
  fs.mkdirSync(path.join(root, 'classes'));
  for (const d of ['one', 'two']) fs.writeFileSync(path.join(root, 'decks', `${d}.md`), `---\ntitle: ${d}\n---\n\n## A slide\n`);
  fs.writeFileSync(path.join(root, 'classes', 'stats.yaml'), classYaml);
  return root;
}

const lines = (root: string) => planJobs({ root }).diagnostics.map((d) => `${path.relative(root, d.file)}: ${d.severity}: ${d.message}`);

describe('planning with a class file that does not load', () => {
  it('reports the class file\'s error alone', () => {
    expect(lines(course('name: Stats\ntrem: Autumn\ndecks: [one, two]\n'))).toEqual(['classes/stats.yaml: error: unknown key "trem" (did you mean "term"?)']);
  });

  it('still says which decks no class lists when every class file loads', () => {
    expect(lines(course('name: Stats\ndecks: [one]\n'))).toEqual([expect.stringMatching(/^decks\/two\.md: warning: is in no class/)]);
  });
});
