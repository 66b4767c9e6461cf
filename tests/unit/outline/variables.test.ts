// `{{class.name}}` substitution: escaped values, `\{{…}}` kept literal, unknown names as errors with a hint.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { lookup, substituteLines, substituteText } from '../../../src/outline/variables.js';
import { escapeHtml } from '../../../src/escape-html.js';

const vars = { class: { name: 'Bio <101>', code: 'B1' }, vars: { room: 'A&B', year: 2027, empty: '' }, deck: { date: '2027-02-09' } };

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters as numeric references', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(escapeHtml('plain')).toBe('plain');
  });
});

describe('lookup', () => {
  it('follows dotted names through own properties only', () => {
    expect(lookup(vars, 'class.name')).toBe('Bio <101>');
    expect(lookup(vars, 'vars.year')).toBe(2027);
    expect(lookup(vars, 'class.constructor')).toBeUndefined();
    expect(lookup(vars, 'class.name.length')).toBeUndefined();
    expect(lookup(vars, 'nope.x')).toBeUndefined();
  });
});

describe('substituteText', () => {
  const run = (text: string) => {
    const diagnostics: Diagnostic[] = [];
    return { text: substituteText(text, vars, 'd.md', 7, diagnostics), diagnostics };
  };
  it.each([
    ['Welcome to {{class.name}}', 'Welcome to Bio &#60;101&#62;'],
    ['{{ vars.room }} in {{vars.year}}', 'A&#38;B in 2027'],
    ['\\{{class.name}} stays', '{{class.name}} stays'],
    ['[{{vars.empty}}]', '[]'],
    ['no braces {here}', 'no braces {here}'],
  ])('%j → %j', (input, output) => {
    const r = run(input);
    expect(r.text).toBe(output);
    expect(r.diagnostics).toEqual([]);
  });
  it('reports an unknown name at its column, with the closest known one', () => {
    const r = run('Room: {{vars.rom}}');
    expect(r.text).toBe('Room: ');
    expect(r.diagnostics).toMatchObject([{ line: 7, column: 7, severity: 'error' }]);
    expect(r.diagnostics[0]!.message).toContain('undefined variable "vars.rom" (did you mean "vars.room"?)');
  });
  it('refuses an object as a value (a name one level too short)', () => {
    expect(run('{{class}}').diagnostics).toHaveLength(1);
  });
});

describe('substituteLines', () => {
  it('leaves fenced code alone and keeps line numbers', () => {
    const lines = ['{{class.code}}', '```', '{{nope}}', '```', 'after {{class.code}}'].map((text, i) => ({ text, line: i + 10 }));
    const r = substituteLines(lines, vars, 'd.md');
    expect(r.lines.map((l) => l.text)).toEqual(['B1', '```', '{{nope}}', '```', 'after B1']);
    expect(r.lines.map((l) => l.line)).toEqual([10, 11, 12, 13, 14]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('variables in a deck written for another tool', () => {
  it('keeps an unknown {{name}} as its tool shows it, and warns only for a name in Lectern\'s own namespaces', () => {
    const diagnostics: Diagnostic[] = [];
    const text = substituteText('Demo ({{N}} teams) for {{class.name}} in {{vars.rom}}', vars, 'd.md', 7, diagnostics, true);
    expect(text).toBe('Demo ({{N}} teams) for Bio &#60;101&#62; in {{vars.rom}}');
    expect(diagnostics.map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 7, 42]]);
    expect(diagnostics[0]!.message).toMatch(/undefined variable "vars\.rom".*vars\.room.*shown as written/);
  });
  it('is an error in Lectern\'s own outlines, as before', () => {
    const diagnostics: Diagnostic[] = [];
    expect(substituteText('{{N}}', vars, 'd.md', 1, diagnostics)).toBe('');
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});
