// Front matter on the edges of the format: BOM, CRLF, "..." as the closer, a body line count that stays right.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/outline/front-matter.js';

describe('readFrontMatter', () => {
  it.each([
    ['\uFEFF---\ntitle: A\n---\nbody', 'A', 'body', 4],
    ['---\r\ntitle: A\r\n---\r\nbody\r\nmore', 'A', 'body\nmore', 4],
    ['---\ntitle: A\n...\nbody', 'A', 'body', 4],
    ['---   \ntitle: A\n---\t\nbody', 'A', 'body', 4],
    ['---\n---\nbody', undefined, 'body', 3],
    ['no front matter\n---\nx', undefined, 'no front matter\n---\nx', 1],
  ])('%j', (text, title, body, bodyLine) => {
    const r = readFrontMatter('d.md', text);
    expect(r.diagnostics).toEqual([]);
    expect(r.data.title).toBe(title);
    expect(r.body).toBe(body);
    expect(r.bodyLine).toBe(bodyLine);
  });
  it("takes Marp's class as a YAML list and tags as one comma-separated line (mkslides), not as errors", () => {
    const r = readFrontMatter('d.md', '---\nmarp: true\nclass:\n  - lead\n  - invert\ntags: Geotribu, QGIS, open source\n---\n# A\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.data.class).toBe('lead invert');
    expect(r.data.tags).toEqual(['Geotribu', 'QGIS', 'open source']);
  });
  it('refuses a list or a scalar as front matter, at line 2', () => {
    for (const yaml of ['- a\n- b', 'just text']) {
      expect(readFrontMatter('d.md', `---\n${yaml}\n---\nx`).diagnostics).toMatchObject([{ line: 2, column: 1, message: 'front matter must be a list of "key: value" settings' }]);
    }
  });
  it('lets a dialect adjust the YAML before it is parsed', () => {
    expect(readFrontMatter('d.md', '---\ncolor: #fff\n---\n', (y) => y.replace('#fff', '"#fff"')).data.color).toBe('#fff');
    expect(readFrontMatter('d.md', '---\ncolor: #fff\n---\n').data.color).toBeUndefined();
  });
  it('locates keys at their file line for later checks', () => {
    expect(readFrontMatter('d.md', '---\ntitle: A\ntheme: dark\n---\n').locate(['theme'])).toEqual({ line: 3, column: 8 });
  });
});

describe('a colour directive YAML reads as empty', () => {
  it('is left out with a warning saying to quote it, as Marp ignores it, instead of stopping the deck', () => {
    const r = readFrontMatter('d.md', '---\nmarp: true\nbackgroundColor: #ffff\ncolor: "#333"\n---\n# A\n');
    expect(r.data.backgroundColor).toBeUndefined();
    expect(r.data.color).toBe('#333');
    expect(r.diagnostics.map((d) => [d.severity, d.line, d.rule])).toEqual([['warning', 3, 'marp-directive']]);
    expect(r.diagnostics[0]!.message).toMatch(/backgroundColor: "#…"/);
  });
});
