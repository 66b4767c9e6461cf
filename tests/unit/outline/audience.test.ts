// Audience markers: `{only=…}`/`{except=…}` on list items hide their subtree; `<!-- only: … -->` blocks hide lines.
import { describe, expect, it } from 'vitest';
import { filterLines } from '../../../src/outline/audience.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const kept = (text: string, audience?: string[]) => filterLines(lines(text), audience, 'd.md').lines.map((l) => `${l.line}:${l.text}`);

const list = ['- basics', '- proofs {only=advanced}', '  - lemma', '', '  - theorem', '- wrap-up {except=advanced}', '- end'].join('\n');

describe('filterLines on list items', () => {
  it('keeps every item for the lecturer\'s complete copy, with the markers removed', () => {
    expect(kept(list)).toEqual(['1:- basics', '2:- proofs', '3:  - lemma', '4:', '5:  - theorem', '6:- wrap-up', '7:- end']);
  });
  it('drops an {only=} item and its whole subtree for another audience', () => {
    expect(kept(list, ['intro'])).toEqual(['1:- basics', '6:- wrap-up', '7:- end']);
  });
  it('drops an {except=} item for that audience and keeps the {only=} one', () => {
    expect(kept(list, ['advanced'])).toEqual(['1:- basics', '2:- proofs', '3:  - lemma', '4:', '5:  - theorem', '7:- end']);
  });
  it('reads several tags, any of which matches', () => {
    expect(kept('- x {only=a,b}\n- y', ['b'])).toEqual(['1:- x', '2:- y']);
  });
});

describe('filterLines on blocks', () => {
  const block = 'before\n<!-- only: advanced -->\nhidden\n<!-- /only -->\nafter';
  it('hides an <!-- only: --> block from other audiences and always drops the markers', () => {
    expect(kept(block, ['intro'])).toEqual(['1:before', '5:after']);
    expect(kept(block, ['advanced'])).toEqual(['1:before', '3:hidden', '5:after']);
  });
  it('hides an <!-- except: --> block from the named audience', () => {
    expect(kept('<!-- except: intro, lab -->\nx\n<!-- /except -->', ['lab'])).toEqual([]);
  });
  it('reports a block never closed and a close without an open', () => {
    const open = filterLines(lines('<!-- only: a -->\nx'), [], 'd.md').diagnostics;
    expect(open).toMatchObject([{ line: 1, message: expect.stringContaining('<!-- /only -->') }]);
    const close = filterLines(lines('x\n<!-- /except -->'), [], 'd.md').diagnostics;
    expect(close).toMatchObject([{ line: 2, message: expect.stringMatching(/^closing audience marker/) }]);
  });
  it('leaves markers inside code as code', () => {
    expect(kept('```\n- x {only=advanced}\n<!-- only: a -->\n```', ['intro'])).toHaveLength(4);
  });
});
