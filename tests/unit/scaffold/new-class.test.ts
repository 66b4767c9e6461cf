// `lectern new --class ID` with no class by that name makes one (a name near an existing class is a typo instead).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lectern } from '../../run-cli.js';
import { tempDir } from '../../helpers.js';
import { loadClasses } from '../../../src/config/classes.js';

describe('lectern new --class with a new class', () => {
  it('writes classes/<id>.yaml listing the deck, which loads with no error', async () => {
    const root = tempDir('lectern-new-class-');
    const run = await lectern(root, 'new', 'week-1', '--class', 'stats-autumn');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe('created decks/week-1.md and a new class for it, classes/stats-autumn.yaml: give the class its name there, then run "lectern serve" to see it');
    const text = fs.readFileSync(path.join(root, 'classes', 'stats-autumn.yaml'), 'utf8');
    expect(text).toContain('lectern new <name> --class stats-autumn');
    const { classes, diagnostics } = loadClasses(path.join(root, 'classes'), ['week-1']);
    expect(diagnostics).toEqual([]);
    expect(classes.map((c) => [c.settings.name, c.decks])).toEqual([['Stats autumn', ['week-1']]]);
    // The next lecture joins it.
    await lectern(root, 'new', 'week-2', '--class', 'stats-autumn');
    expect(loadClasses(path.join(root, 'classes'), ['week-1', 'week-2']).classes[0]!.decks).toEqual(['week-1', 'week-2']);
  });

  it('takes a name near an existing class for a typo, and writes nothing', async () => {
    const root = tempDir('lectern-new-class-');
    await lectern(root, 'new', 'week-1', '--class', 'stats-autumn');
    const typo = await lectern(root, 'new', 'week-2', '--class', 'stats-autum');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown class "stats-autum" (did you mean "stats-autumn"?)');
    expect(fs.existsSync(path.join(root, 'decks', 'week-2.md'))).toBe(false);
    expect(fs.readdirSync(path.join(root, 'classes'))).toEqual(['stats-autumn.yaml']);
  });
});
