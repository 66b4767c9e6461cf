// Front matter validation: unknown keys are warnings that keep the rest; wrong values are errors at the value.
import { describe, expect, it } from 'vitest';
import { classSchema, frontMatterSchema, keysAt, validate } from '../../../src/config/schema.js';
import { parseYaml } from '../../../src/config/yaml.js';

const front = (text: string) => {
  const yaml = parseYaml(text, 'd.md', 2);
  return validate(frontMatterSchema, yaml.value, { file: 'd.md', yaml, unknownKeys: 'warning', knownKeys: (p) => keysAt(frontMatterSchema, p) });
};

describe('validate front matter', () => {
  it('keeps the known settings when only unknown keys are wrong', () => {
    const r = front('title: T\ntheem: dark\nsize: 16:9');
    expect(r.data).toEqual({ title: 'T', size: '16:9' });
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', line: 3, column: 1, message: 'unknown key "theem" (did you mean "theme"?)' }]);
  });
  it.each([
    ['size: 100x100', 3, '"size": width must be 320–4096 and height 200–4096 pixels'],
    ['size: big', 3, '"size": expected WIDTHxHEIGHT'],
    ['incremental: 9', 3, '"incremental"'],
    ['tags: { a: 1 }', 3, '"tags"'],
    ['fonts:\n  body: x\n  bold: y', 5, 'unknown key "fonts.bold"'],
    ['logo: { light: a.png }', 3, '"logo"'],
  ])('%j is reported at line %i', (text, line, message) => {
    const r = front(`title: T\n${text}`);
    expect(r.diagnostics[0]!.line).toBe(line);
    expect(r.diagnostics[0]!.message).toContain(message);
  });
  it('reads numbers as text where text is expected, and 1280x720 as a size', () => {
    expect(front('title: 2027\nsize: 1280x720\nauthor: 7').data).toEqual({ title: '2027', size: '1280x720', author: '7' });
  });
  it('takes an empty front matter as no settings', () => expect(front('').data).toEqual({}));
});

describe('keysAt', () => {
  it('lists the keys a strict object knows, through optional wrappers, and a record\'s enum keys', () => {
    expect(keysAt(frontMatterSchema, [])).toContain('separator');
    expect(keysAt(frontMatterSchema, ['fonts'])).toEqual(['heading', 'body', 'code']);
    expect(keysAt(frontMatterSchema, ['source'])).toEqual(['title', 'author', 'publisher', 'url', 'published']);
    expect(keysAt(classSchema, ['check'])).toContain('missing-notes');
    expect(keysAt(frontMatterSchema, ['title', 'x'])).toEqual([]);
  });
});
