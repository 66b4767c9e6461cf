// Templates: a project's own layouts over Lectern's, strict rendering, helpers, and errors at the template's line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../src/diagnostics.js';
import { loadTheme } from '../../../src/config/themes.js';
import { loadTemplates, precompileTemplate, templateKey } from '../../../src/render/templates.js';
import { tempDir } from '../../helpers.js';
import { templatesDir } from '../deck-text.js';

const theme = loadTheme(templatesDir, 'light');

/** A project templates folder holding one layout; Lectern's own fill the rest. */
function withLayout(name: string, source: string): string {
  const dir = tempDir('lectern-templates-');
  fs.mkdirSync(path.join(dir, 'layouts'));
  fs.writeFileSync(path.join(dir, 'layouts', `${name}.hbs`), source);
  return dir;
}
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeckError) return e.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}: ${d.message}`);
    throw e;
  }
  return [];
};

describe('loadTemplates', () => {
  it('uses the project\'s layout and its helpers', () => {
    const t = loadTemplates(withLayout('deck', '{{t "page" n=2}}|{{#if (eq a 1)}}one{{/if}}|{{json x}}|{{join list " + "}}|{{#if (or a b)}}or{{/if}}{{#if (and a b)}}and{{/if}}'), theme);
    expect(t.layout('deck')({ strings: { page: 'Seite {n}' }, a: 1, b: 0, x: { s: '</script>' }, list: ['p', 'q'] })).toBe('Seite 2|one|{"s":"\\u003c/script>"}|p + q|or');
  });
  it('falls back to Lectern\'s own layouts', () => {
    expect(() => loadTemplates(withLayout('deck', 'x'), theme).layout('read')).not.toThrow();
  });
  it('reports a missing layout, a syntax error and a missing value at the template file', () => {
    expect(failure(() => loadTemplates(withLayout('deck', 'x'), theme).layout('nope'))).toEqual(['nope.hbs:1: layout "nope" is missing from templates/layouts']);
    expect(failure(() => loadTemplates(withLayout('deck', 'a\n{{#if x}}\nb'), theme).layout('deck'))).toEqual([expect.stringMatching(/^deck\.hbs:\d+: template: parse error/)]);
    expect(failure(() => loadTemplates(withLayout('deck', 'a\n{{missing.value}}'), theme).layout('deck')({}))).toEqual([expect.stringMatching(/^deck\.hbs:2: template: "value" is read from a value this template is not given/)]);
  });
});

describe('templateKey and precompileTemplate', () => {
  it('keys a template by its source', () => {
    expect(templateKey('a')).toBe(templateKey('a'));
    expect(templateKey('a')).not.toBe(templateKey('b'));
    expect(templateKey('a')).toMatch(/^[0-9a-f]{64}$/);
  });
  it('precompiles to JavaScript source', () => expect(precompileTemplate('{{x}}')).toMatch(/^\{"compiler":/));
});
