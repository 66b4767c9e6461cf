// Rendered pages by content: the same deck, look and class come from the memo; a linked file that appears or
// goes makes the checks run again.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoized, renderAndCheck, RenderMemo } from '../../../src/cache/render-memo.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { tempDir } from '../../helpers.js';
import { deckFromText, klass, pageFromText, templatesDir } from '../deck-text.js';

const memo = () => new RenderMemo(tempDir('lectern-memo-'), templatesDir);

describe('memoized', () => {
  it('builds once for the same inputs and again for others', () => {
    const m = memo();
    let builds = 0;
    const build = () => ({ n: ++builds });
    expect(memoized(m, { deck: 'a' }, build)).toEqual({ n: 1 });
    expect(memoized(m, { deck: 'a' }, build)).toEqual({ n: 1 });
    expect(memoized(m, { deck: 'b' }, build)).toEqual({ n: 2 });
    expect(memoized(undefined, { deck: 'a' }, build)).toEqual({ n: 3 });
  });
});

describe('RenderMemo', () => {
  it('keys by inputs, keeps what it is given, and misses an unknown key', () => {
    const m = memo();
    expect(m.key({ a: 1 })).toBe(m.key({ a: 1 }));
    expect(m.key({ a: 1 })).not.toBe(m.key({ a: 2 }));
    m.put(m.key({ a: 1 }), { html: '<p>' });
    expect(m.get(m.key({ a: 1 }))).toEqual({ html: '<p>' });
    expect(m.get(m.key({ a: 2 }))).toBeUndefined();
  });
});

describe('renderAndCheck', () => {
  const dir = tempDir('lectern-memo-deck-');
  const file = path.join(dir, 'deck.md');
  const { deck } = deckFromText('## A\n[reading](reading.pdf)\nNote: n', {}, file);
  const { look } = pageFromText('## x');
  const run = (m: RenderMemo) => {
    let readings = 0;
    const r = renderAndCheck(m, deck, look, klass, { assets: '../../assets' }, () => loadTemplates(templatesDir, look.theme), () => `reading ${++readings}`);
    return { html: r.rendered.html, ...r.rest(), readings };
  };
  it('renders, checks and stores; the same deck again comes from the memo', () => {
    const m = memo();
    const first = run(m);
    expect(first.found.map((d) => d.rule)).toEqual(['broken-link']);
    expect(first.readings).toBe(1);
    const second = run(m);
    expect(second.readings).toBe(0);
    expect(second.html).toBe(first.html);
    expect(second.found).toEqual(first.found);
  });
  it('checks again once a linked file appears', () => {
    const m = memo();
    run(m);
    fs.writeFileSync(path.join(dir, 'reading.pdf'), '%PDF');
    const again = run(m);
    expect(again.readings).toBe(1);
    expect(again.found).toEqual([]);
    fs.rmSync(path.join(dir, 'reading.pdf'));
  });
  it('without checks, scans only for scripts and stores nothing', () => {
    const cacheDir = tempDir('lectern-memo-');
    const m = new RenderMemo(cacheDir, templatesDir);
    const { deck: scripted } = deckFromText('## A\n<script>x()</script>\nNote: n', {}, file);
    const r = renderAndCheck(m, scripted, look, klass, { assets: '../../assets' }, () => loadTemplates(templatesDir, look.theme), () => 'reading', false);
    expect(r.rest().found.map((d) => d.rule)).toEqual(['script']);
    expect(fs.existsSync(path.join(cacheDir, 'render'))).toBe(false);
  });
});
