import { describe, expect, it } from 'vitest';
import { isVisible, parseAttributes } from '../../src/outline/attributes.js';

describe('parseAttributes', () => {
  it('reads audience, layout, classes, id and incremental', () => {
    const { attributes, diagnostics } = parseAttributes('only=advanced,seminar .wide #intro layout=source incremental=2', 'd.md', 3, 10);
    expect(diagnostics).toEqual([]);
    expect(attributes).toMatchObject({ only: ['advanced', 'seminar'], classes: ['wide'], id: 'intro', layout: 'source', incremental: 2 });
  });
  it('rejects unknown attributes at their column, with a suggestion', () => {
    const { diagnostics } = parseAttributes('onyl=advanced', 'd.md', 3, 10);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 10, severity: 'error' });
    expect(diagnostics[0]!.message).toContain('did you mean "only"');
  });
  it('rejects unknown layouts', () => {
    expect(parseAttributes('layout=tow-col', 'd.md', 1, 1).diagnostics[0]!.message).toContain('unknown layout "tow-col"');
  });
});

describe('isVisible', () => {
  it('shows everything to a class without audience', () => expect(isVisible(['advanced'], ['intro'], [])).toBe(true));
  it('filters by only and except', () => {
    expect(isVisible(['advanced'], [], ['intro'])).toBe(false);
    expect(isVisible(['advanced'], [], ['advanced'])).toBe(true);
    expect(isVisible([], ['intro'], ['intro'])).toBe(false);
  });
});
