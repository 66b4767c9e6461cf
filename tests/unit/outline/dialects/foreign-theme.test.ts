// Themes named for another tool: reveal.js's bundled ones kept as its own stylesheet, others one warning, never an error.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/diagnostics.js';
import { foreignTheme } from '../../../../src/outline/dialects/foreign-theme.js';
import { revealDialect } from '../../../../src/outline/dialects/reveal.js';

const reveal = (theme: string) => revealDialect.parse({ file: 'd.md', frontMatter: { theme }, body: '# A\n\n---\n\n# B', bodyLine: 4, locate: () => ({ line: 2, column: 8 }) });

describe('foreignTheme', () => {
  it.each([
    ['solarized', 'light'],
    ['black', 'dark'],
    ['moon', 'dark'],
    ['white', 'light'],
  ])('a reveal deck naming reveal.js theme %s gets its stylesheet over Lectern %s, without a warning', (name, tone) => {
    const parsed = reveal(name);
    expect(parsed.frontMatter.theme).toBe(tone);
    expect(parsed.revealTheme).toBe(name);
    expect(parsed.diagnostics).toEqual([]);
  });
  it('a reveal deck naming its own CSS file gets one warning on the theme key, naming the theme used', () => {
    const parsed = reveal('./custom.css');
    expect(parsed.frontMatter.theme).toBe('light');
    expect(parsed.revealTheme).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.severity, d.line, d.column, d.rule])).toEqual([['warning', 2, 8, 'foreign-theme']]);
    expect(parsed.diagnostics[0]!.message).toMatch(/reveal\.js theme "\.\/custom\.css".*Lectern's light theme/);
  });
  it("keeps Lectern's own themes as they are", () => {
    expect(reveal('contrast').frontMatter.theme).toBe('contrast');
    expect(reveal('contrast').diagnostics).toEqual([]);
  });
  it('a Slidev theme is a warning with the fallback named, and no reveal.js stylesheet', () => {
    const diagnostics: Diagnostic[] = [];
    const out = foreignTheme('Slidev', { theme: 'seriph' }, 's.md', diagnostics, undefined, 'light');
    expect(out).toEqual({ frontMatter: { theme: 'light' } });
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Slidev theme "seriph" is not one Lectern can load: the deck uses Lectern's light theme/)]);
  });
  it('does not take an inherited property for a theme', () => {
    const diagnostics: Diagnostic[] = [];
    expect(foreignTheme('reveal.js', { theme: 'constructor' }, 'd.md', diagnostics).revealTheme).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
  });
});
