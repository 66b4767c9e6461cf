// mkslides.yml at a course's root sets its decks' separators, notes marker and theme (mkslides writes them onto
// its page's <section data-markdown>): a course copied in keeps them; where it sets none, reveal.js's plugin
// defaults apply (no vertical separator), and mkslides' default theme is black.
import { describe, expect, it } from 'vitest';
import { readCourse } from './read-course.js';

const read = (files: Record<string, string>) => readCourse(files).parsed;

const deck = '# One\n\n---\n\n# Two\n\n-v-\n\n# Two below\n\nNotes: say it\n\n----\n\nstill two\n';
const config = 'slides:\n  theme: dracula\n  separator: ^\\s*---\\s*$\n  separator_vertical: ^\\s*-v-\\s*$\n  separator_notes: "^Notes?:"\n';

describe('mkslides.yml', () => {
  it('gives its decks its separators, notes marker and theme', () => {
    const parsed = read({ 'decks/course/mkslides.yml': config, 'decks/course/slides/talk.md': deck }).get('course-slides-talk')!;
    expect(parsed.dialect).toBe('reveal');
    expect(parsed.slides.map((s) => [s.heading?.text, s.children.map((c) => c.heading?.text)])).toEqual([['One', []], ['Two', ['Two below']]]);
    expect(parsed.revealTheme).toBe('dracula');
    expect(parsed.frontMatter.notesSeparator).toBe('^Notes?:');
  });
  it("splits at reveal.js's default only where it sets no separator: `----` is no vertical slide", () => {
    const parsed = read({ 'decks/course/mkslides.yml': 'index:\n  title: Course\n', 'decks/course/talk.md': deck }).get('course-talk')!;
    expect(parsed.slides.map((s) => s.children.length)).toEqual([0, 0]);
    expect(parsed.revealTheme).toBe('black');
  });
});
