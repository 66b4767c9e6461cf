// Placeholders left from `lectern new`'s starter deck are a warning at their place, and only those.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/outline/parse-deck.js';
import { placeholderFindings, STARTER_PLACEHOLDERS } from '../../../src/check/placeholders.js';
import { repoRoot, tempDir } from '../../helpers.js';

const starter = fs.readFileSync(path.join(repoRoot, 'templates', 'starter', 'deck.md'), 'utf8');

function findings(text: string) {
  const file = path.join(tempDir('lectern-placeholder-'), 'week-1.md');
  fs.writeFileSync(file, text);
  return placeholderFindings({ file, meta: parseDeck(file, text).frontMatter }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.message} [${d.rule}]`);
}

describe('placeholders', () => {
  it('are found in the starter as `lectern new` writes it, each at its line', () => {
    expect(findings(starter.replace('"{{title}}"', '"Week 1"'))).toEqual([
      '3:12 warning "What this lecture is about, in one line" is left from the starter deck: put in your own, or remove the line [placeholder]',
      '4:10 warning "Your Name" is left from the starter deck: put in your own, or remove the line [placeholder]',
      '9:11 warning "The document this lecture summarizes" is left from the starter deck: put in your own, or remove the line [placeholder]',
      '10:12 warning "Its author" is left from the starter deck: put in your own, or remove the line [placeholder]',
    ]);
  });

  it('are every quoted value of the starter\'s front matter but its title and date', () => {
    const quoted = [...starter.split(/^---$/m)[1]!.matchAll(/^[ \t]*(\w+): "([^"]+)"$/gm)].filter((m) => !/^(title|[ \t]+published):/.test(m[0])).map((m) => m[2]);
    expect(quoted.sort()).toEqual([...STARTER_PLACEHOLDERS].sort());
  });

  it('leave a deck of one\'s own alone, even one that says "Your Name" in its slides', () => {
    expect(findings('---\ntitle: Week 1\nauthor: Dr. Ada Lovelace\n---\n\n## Your Name here\n\n- Your Name\n')).toEqual([]);
  });
});
