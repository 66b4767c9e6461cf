// A course's reveal.js page usually sits in another folder than the Markdown it loads (10 of 12 courses): its
// separators still apply, the Markdown is a reveal.js deck even without a separator, images resolve against the
// page's folder as the browser resolves them, and sections the page comments out load nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourse } from './read-course.js';

const read = readCourse;

const page = (sections: string) => `<!doctype html><div class="reveal"><div class="slides">${sections}</div></div>`;

describe('a reveal.js page above the Markdown', () => {
  const { root, parsed } = read({
    'decks/course/index.html': page(
      '<section data-markdown="slides/intro.md" data-separator="^\\n\\n\\n" data-separator-vertical="^\\n\\n"></section>' +
        '<section data-markdown="slides/one.md"></section>' +
        '<!-- <section data-markdown="slides/off.md" data-separator="^X$"></section> -->',
    ),
    'decks/course/slides/intro.md': '# Intro\n\n\n\n# Second\n\nbody\n\n\n# Below\n',
    'decks/course/slides/one.md': '## A single slide\n\n![logo](assets/logo.png)\n',
    'decks/course/slides/off.md': '# Off\n\n\n\n# Still split as its neighbours\n',
  });

  it("gives the Markdown it loads the page's separators", () => {
    const intro = parsed.get('course-slides-intro')!;
    expect(intro.dialect).toBe('reveal');
    expect(intro.slides.map((s) => [s.heading?.text, s.children.map((c) => c.heading?.text)])).toEqual([['Intro', []], ['Second', ['Below']]]);
  });
  it('makes a file it loads a reveal.js deck even with no separator in it, its images resolved against the page', () => {
    const one = parsed.get('course-slides-one')!;
    expect(one.dialect).toBe('reveal');
    expect(one.dir).toBe(path.join(root, 'decks', 'course'));
  });
  it('ignores a section inside a comment; the file it named is split as its neighbours are', () => {
    const off = parsed.get('course-slides-off')!;
    expect(off.slides).toHaveLength(2);
    expect(off.dir).toBe(path.join(root, 'decks', 'course'));
  });
});
