// reveal-md.json: the nearest one between a deck's folder and the project root gives its separators.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealMdSettings } from '../../../src/outline/reveal-md-config.js';
import { tempDir } from '../../helpers.js';

function project(files: Record<string, string>): string {
  const root = tempDir('lectern-revealmd-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('revealMdSettings', () => {
  it('takes the nearest file and only its separator and theme keys of type string, reveal-md\'s black theme by default', () => {
    const root = project({
      'reveal-md.json': JSON.stringify({ separator: '^outer$' }),
      'decks/week/reveal-md.json': JSON.stringify({ separator: '^inner$', verticalSeparator: 5, notesSeparator: '^N:', theme: 'x' }),
    });
    const r = revealMdSettings(path.join(root, 'decks', 'week'), root);
    expect(r.settings).toEqual({ separator: '^inner$', notesSeparator: '^N:', theme: 'x' });
    expect(r.file).toBe(path.join(root, 'decks', 'week', 'reveal-md.json'));
    expect(revealMdSettings(path.join(root, 'decks'), root).settings).toEqual({ separator: '^outer$', theme: 'black' });
  });
  it('never looks above the project root', () => {
    const outer = project({ 'reveal-md.json': JSON.stringify({ separator: '^x$' }), 'course/decks/.keep': '' });
    expect(revealMdSettings(path.join(outer, 'course', 'decks'), path.join(outer, 'course'))).toEqual({ settings: {}, diagnostics: [] });
  });
  it('reports a file that is not JSON at 1:1, with no settings', () => {
    const root = project({ 'reveal-md.json': '{ separator: ' });
    const r = revealMdSettings(root, root);
    expect(r.settings).toEqual({});
    expect(r.diagnostics).toMatchObject([{ line: 1, column: 1, severity: 'error', message: expect.stringMatching(/^reveal-md\.json is not valid JSON/) }]);
  });
  it('ignores a JSON array or a folder of that name', () => {
    expect(revealMdSettings(project({ 'reveal-md.json': '["^x$"]' }), project({})).settings).toEqual({});
    const root = project({ 'reveal-md.json/.keep': '' });
    expect(revealMdSettings(root, root)).toEqual({ settings: {}, diagnostics: [] });
  });
});
