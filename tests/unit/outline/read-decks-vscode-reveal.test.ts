// A course written for vscode-reveal keeps its settings in .vscode/settings.json; where they hold any revealjs.
// key, vscode-reveal's defaults apply under them: `--` is a vertical slide, `note:` starts notes, black theme
// (decks collapsed, 82 slides → 2, when read with reveal-md's defaults).
import { describe, expect, it } from 'vitest';
import { readCourse } from './read-course.js';

const deck = '# One\n\n---\n\n# Two\n\n--\n\n# Two below\n\nnote: say it\n';

describe('vscode-reveal', () => {
  it("splits at its default separators and takes its theme from .vscode/settings.json (comments allowed)", () => {
    const { parsed } = readCourse({ 'decks/c/.vscode/settings.json': '{\n  // slides\n  "revealjs.theme": "white",\n}\n', 'decks/c/talk.md': deck });
    const talk = parsed.get('c-talk')!;
    expect(talk.dialect).toBe('reveal');
    expect(talk.slides.map((s) => [s.heading?.text, s.children.map((c) => c.heading?.text)])).toEqual([['One', []], ['Two', ['Two below']]]);
    expect(talk.frontMatter.notesSeparator).toBe('note:');
    expect(talk.revealTheme).toBe('white');
  });
  it('takes its own separators from there', () => {
    const { parsed } = readCourse({ 'decks/c/.vscode/settings.json': '{ "revealjs.verticalSeparator": "^\\\\r?\\\\n-v-\\\\r?\\\\n$" }', 'decks/c/talk.md': deck.replace('\n--\n', '\n-v-\n') });
    expect(parsed.get('c-talk')!.slides[1]!.children).toHaveLength(1);
  });
  it('is not assumed without a settings file', () => {
    expect(readCourse({ 'decks/c/talk.md': deck }).parsed.get('c-talk')!.slides[1]!.children).toHaveLength(0);
  });
});
