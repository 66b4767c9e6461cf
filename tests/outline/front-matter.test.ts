import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/outline/front-matter.js';
import { formatDiagnostic } from '../../src/diagnostics.js';

describe('readFrontMatter', () => {
  it('reads settings and where the body starts', () => {
    const r = readFrontMatter('d.md', '---\ntitle: T\ntags: [a, b]\n---\n## S');
    expect(r.data).toMatchObject({ title: 'T', tags: ['a', 'b'] });
    expect(r.bodyLine).toBe(5);
    expect(r.diagnostics).toEqual([]);
  });
  it('reports unterminated front matter at 1:1', () => {
    const [d] = readFrontMatter('d.md', '---\ntitle: T\n## S').diagnostics;
    expect(formatDiagnostic(d!, process.cwd())).toMatch(/^d\.md:1:1: error: front matter opened with "---" is never closed/);
  });
  it('reports YAML syntax errors at their file line', () => {
    const [d] = readFrontMatter('d.md', '---\ntitle: T\nsource: [unclosed\n---\n').diagnostics;
    expect(d).toMatchObject({ severity: 'error', line: 3 });
  });
  it('reports wrong types at the value', () => {
    const [d] = readFrontMatter('d.md', '---\ntitle: T\nincremental: lots\n---\n').diagnostics;
    expect(d).toMatchObject({ severity: 'error', line: 3, column: 14 });
    expect(d!.message).toContain('incremental');
  });
  it('warns about unknown keys with a suggestion and keeps the rest', () => {
    const r = readFrontMatter('d.md', '---\ntitel: T\ntheme: dark\n---\n');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', line: 2, column: 1 });
    expect(r.diagnostics[0]!.message).toContain('did you mean "title"');
    expect(r.data.theme).toBe('dark');
  });
});
