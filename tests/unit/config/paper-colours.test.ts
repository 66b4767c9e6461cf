// Which themes print their handout slides in paper colours: the shipped dark one, and any dark theme or dark code style.
import { describe, expect, it } from 'vitest';
import { highlightIsDark, printsInPaperColours } from '../../../src/config/paper-colours.js';

const theme = (background: string, highlight: string, paperColours?: boolean) => ({ colors: { text: '#000', background, accent: '#00f' }, highlight, paperColours });

describe('paper colours', () => {
  it('reads whether a highlight.js style draws code on a dark background', () => {
    expect(highlightIsDark('github-dark')).toBe(true);
    expect(highlightIsDark('monokai')).toBe(true);
    expect(highlightIsDark('github')).toBe(false);
    expect(highlightIsDark('no-such-style')).toBe(false);
  });
  it('follows theme.json, else prints dark themes and dark code styles in paper colours', () => {
    expect(printsInPaperColours(theme('#141922', 'github-dark', true))).toBe(true);
    expect(printsInPaperColours(theme('#141922', 'github-dark', false))).toBe(false);
    expect(printsInPaperColours(theme('#fdfcf8', 'github'))).toBe(false);
    expect(printsInPaperColours(theme('#fdfcf8', 'atom-one-dark'))).toBe(true);
    expect(printsInPaperColours(theme('#101010', 'github'))).toBe(true);
  });
});
