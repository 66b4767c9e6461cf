// Print-key digests: the shared assets by content, the templates folder by stat, the printing environment.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDigest, environmentDigest, templatesDigest } from '../../../src/cache/key.js';
import { tempDir } from '../../helpers.js';

function files(contents: Record<string, string>): Record<string, string> {
  const dir = tempDir('lectern-key-');
  return Object.fromEntries(Object.entries(contents).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text);
    return [name, path.join(dir, name)];
  }));
}

describe('assetsDigest', () => {
  const f = files({ 'a.css': 'a{}', 'b.js': 'x()' });
  const plan = (copies: [string, string][], generated: [string, string][] = []) => assetsDigest({ copies: new Map(copies), generated: new Map(generated) }, 'salt');
  it('does not depend on the order the plan lists files in', () => {
    expect(plan([['css/a.css', f['a.css']!], ['js/b.js', f['b.js']!]])).toBe(plan([['js/b.js', f['b.js']!], ['css/a.css', f['a.css']!]]));
  });
  it('changes with a file\'s content, its place in dist/, a generated text, and a file gone missing', () => {
    const base = plan([['css/a.css', f['a.css']!]], [['fonts.css', 'x']]);
    const seen = new Set([base]);
    fs.writeFileSync(f['a.css']!, 'a{color:red}');
    seen.add(plan([['css/a.css', f['a.css']!]], [['fonts.css', 'x']]));
    seen.add(plan([['css/other.css', f['a.css']!]], [['fonts.css', 'x']]));
    seen.add(plan([['css/a.css', f['a.css']!]], [['fonts.css', 'y']]));
    seen.add(plan([['css/a.css', f['a.css']! + '.gone']], [['fonts.css', 'x']]));
    expect(seen.size).toBe(5);
  });
});

describe('templatesDigest', () => {
  it('changes when a template is added or changes size, and not otherwise', () => {
    const dir = tempDir('lectern-tpl-');
    fs.mkdirSync(path.join(dir, 'layouts'));
    fs.writeFileSync(path.join(dir, 'layouts', 'deck.hbs'), 'a');
    const first = templatesDigest(dir, 'salt');
    expect(templatesDigest(dir, 'salt')).toBe(first);
    fs.writeFileSync(path.join(dir, 'layouts', 'deck.hbs'), 'ab');
    const second = templatesDigest(dir, 'salt');
    fs.writeFileSync(path.join(dir, 'layouts', 'read.hbs'), 'r');
    expect(new Set([first, second, templatesDigest(dir, 'salt')]).size).toBe(3);
  });
});

describe('environmentDigest', () => {
  it('depends on the browser binary named', () => {
    const f = files({ chrome: 'v1' });
    const before = environmentDigest(f.chrome!, 'salt');
    expect(environmentDigest(f.chrome!, 'salt')).toBe(before);
    expect(environmentDigest('/no/such/chrome', 'salt')).not.toBe(before);
    fs.writeFileSync(f.chrome!, 'v2 is longer');
    expect(environmentDigest(f.chrome!, 'salt')).not.toBe(before);
  });
});
