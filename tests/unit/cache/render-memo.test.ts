// The render memo: stage results stored by their inputs, salted per machine, and trimmed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderMemo } from '../../../src/cache/render-memo.js';
import { noMemo, remember } from '../../../src/context.js';
import { tempDir } from '../../helpers.js';
import { templatesDir } from '../deck-text.js';

const memo = (salt = 'a') => new RenderMemo(tempDir('lectern-memo-'), templatesDir, salt);

describe('RenderMemo', () => {
  it('keeps what it is given by its inputs, and misses other inputs', () => {
    const m = memo();
    m.store({ a: 1 }, { html: '<p>' });
    expect(m.recall({ a: 1 })).toEqual({ html: '<p>' });
    expect(m.recall({ a: 2 })).toBeUndefined();
  });
  it('misses what another machine stored: its salt makes other keys', () => {
    const dir = tempDir('lectern-memo-');
    new RenderMemo(dir, templatesDir, 'sender').store({ a: 1 }, 'theirs');
    expect(new RenderMemo(dir, templatesDir, 'sender').recall({ a: 1 })).toBe('theirs');
    expect(new RenderMemo(dir, templatesDir, 'receiver').recall({ a: 1 })).toBeUndefined();
  });
  it('reads a damaged entry as a miss', () => {
    const dir = tempDir('lectern-memo-');
    const m = new RenderMemo(dir, templatesDir, 'a');
    m.store({ a: 1 }, 'x');
    for (const f of fs.readdirSync(path.join(dir, 'render'))) fs.writeFileSync(path.join(dir, 'render', f), '{not json');
    expect(m.recall({ a: 1 })).toBeUndefined();
  });
});

describe('remember', () => {
  it('computes once for the same inputs, again for others, and every time without a memo', () => {
    const m = memo();
    let runs = 0;
    const run = () => ({ n: ++runs });
    expect(remember(m, { deck: 'a' }, run)).toEqual({ n: 1 });
    expect(remember(m, { deck: 'a' }, run)).toEqual({ n: 1 });
    expect(remember(m, { deck: 'b' }, run)).toEqual({ n: 2 });
    expect(remember(noMemo, { deck: 'a' }, run)).toEqual({ n: 3 });
    expect(remember(noMemo, { deck: 'a' }, run)).toEqual({ n: 4 });
  });
});
