// YAML text → value, errors at their file line, and a way from a key path back to its position.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/config/yaml.js';

describe('parseYaml', () => {
  const text = 'name: Bio\ndecks:\n  - one\n  - two\nvars:\n  room: A1\n';
  const parsed = parseYaml(text, 'c.yaml');
  it('reads the value', () => expect(parsed.value).toEqual({ name: 'Bio', decks: ['one', 'two'], vars: { room: 'A1' } }));
  it.each<[(string | number)[], boolean, { line: number; column: number }]>([
    [['name'], false, { line: 1, column: 7 }],
    [['name'], true, { line: 1, column: 1 }],
    [['decks', 1], false, { line: 4, column: 5 }],
    [['vars', 'room'], false, { line: 6, column: 9 }],
    [['vars', 'missing'], false, { line: 6, column: 3 }],
    [['decks', 9], false, { line: 3, column: 3 }],
  ])('locates %j (key: %s) at %j', (p, key, at) => expect(parsed.locate(p, key)).toEqual(at));
  it('offsets positions by the first line (front matter starts on line 2)', () => {
    expect(parseYaml('title: x', 'd.md', 2).locate(['title'])).toEqual({ line: 2, column: 8 });
  });
  it('reports syntax errors and duplicate keys at their file line, with no value', () => {
    const bad = parseYaml('a: 1\nb: [2\n', 'c.yaml', 2);
    expect(bad.value).toBeUndefined();
    expect(bad.diagnostics[0]).toMatchObject({ file: 'c.yaml', severity: 'error', message: expect.stringMatching(/^invalid YAML: /) });
    expect(bad.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(parseYaml('a: 1\na: 2', 'c.yaml').diagnostics).toMatchObject([{ line: 2, column: 1 }]);
  });
  it('stops an alias bomb with a hint', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const r = parseYaml(bomb, 'c.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ line: 1, message: expect.stringContaining('too many aliases') }]);
  });
});
