// The Slidev dialect on strings, with cases shaped like Slidev's own parser tests: where slides split, front
// matter per slide, notes from the last comment, hidden slides, `src:` imports, layouts, clicks and components.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/diagnostics.js';
import { parseDeck } from '../../../../src/outline/parse-deck.js';
import { readDecks } from '../../../../src/outline/read-decks.js';
import { looksLikeSlidev, slidevDialect } from '../../../../src/outline/dialects/slidev.js';
import { sliceSlidev, slidevRange } from '../../../../src/outline/dialects/slidev-split.js';
import { slidevVue } from '../../../../src/outline/dialects/slidev-vue.js';
import { tempDir } from '../../../helpers.js';

const texts = (text: string) => sliceSlidev(text, 'slides.md', []).map((s) => s.lines.map((l) => l.text).join('|').trim().replace(/^\|+|\|+$/g, ''));
const deck = (text: string, file = 'slides.md') => parseDeck(file, text);
const bodies = (text: string) => deck(text).slides.map((s) => slidevDialect.notes(s.lines, {}).body.map((l) => l.text).join('\n').trim());

describe('sliceSlidev: where Slidev cuts slides', () => {
  it('reads the headmatter as the first slide front matter and --- with front matter per slide', () => {
    const slides = sliceSlidev('---\ntheme: seriph\nlayout: cover\n---\n\n# One\n\n---\nlayout: center\nclass: text-center\n---\n\n# Two\n\n---\n\n# Three\n', 's.md', []);
    expect(slides.map((s) => s.frontMatter)).toEqual([{ theme: 'seriph', layout: 'cover' }, { layout: 'center', class: 'text-center' }, {}]);
    expect(slides.map((s) => s.line)).toEqual([1, 8, 16]);
    expect(slides[1]!.lines.find((l) => l.text)).toEqual({ text: '# Two', line: 13 });
  });
  it('splits at any line starting with ---, with no blank lines needed, and skips code blocks', () => {
    expect(texts('# A\n---\n\n# B\n----\n\n# C')).toEqual(['# A', '# B', '# C']);
    expect(texts('# A\n\n```yaml\n---\nx: 1\n---\n```\n\n---\n\n# B')).toEqual(['# A||```yaml|---|x: 1|---|```', '# B']);
  });
  it('takes --- followed by a non-blank line as front matter up to the next --- line', () => {
    expect(sliceSlidev('# A\n---\nlayout: fact\n---\n# B', 's.md', [])[1]!.frontMatter).toEqual({ layout: 'fact' });
  });
  it('reads a ```yaml block opening a slide as its front matter, when the slide has no other', () => {
    const [one, two] = sliceSlidev('# A\n\n---\n\n```yaml\nlayout: center\n```\n\n# B\n', 's.md', []);
    expect(one!.frontMatter).toEqual({});
    expect(two!.frontMatter).toEqual({ layout: 'center' });
    expect(two!.lines.map((l) => l.text).join('|').trim().replace(/^\|+/, '')).toBe('# B|');
  });
  it('does not split at a --- inside a multi-line HTML comment (a note), as Slidev 52 and later', () => {
    expect(texts('# A\n\n<!--\nsay this\n---\nand this\n-->\n\n---\n\n# B')).toEqual(['# A||<!--|say this|---|and this|-->', '# B']);
  });
  it('keeps front matter that never closes as the slide content, as Slidev does', () => {
    expect(texts('# A\n---\n# D')).toEqual(['# A', '---|# D']);
  });
  it('drops empty slides between two separators and starts without front matter when there is none', () => {
    expect(texts('# A\n\n---\n\n---\n\n# B')).toEqual(['# A', '', '# B']);
    expect(texts('# Only')).toEqual(['# Only']);
  });
  it('reports invalid YAML in a slide front matter on its file line', () => {
    const diagnostics: Diagnostic[] = [];
    sliceSlidev('# A\n---\nlayout: [\n---\n# B', 's.md', diagnostics);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', expect.any(Number)]]);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });
});

describe('the Slidev dialect', () => {
  it('is detected by Slidev headmatter keys or a slide layout, not for reveal-md or Marp decks', () => {
    expect(looksLikeSlidev('---\ntheme: seriph\nhighlighter: shiki\n---\n# A')).toBe(true);
    expect(looksLikeSlidev('# A\n\n---\nlayout: two-cols\n---\n\nx')).toBe(true);
    expect(looksLikeSlidev('---\ntheme: solarized\n---\n\n# A\n\n---\n\n# B')).toBe(false);
    expect(looksLikeSlidev('---\nmarp: true\nbackground: x\n---\n# A')).toBe(false);
    // Lectern's own fonts key is no sign of Slidev; Slidev's sans/serif/mono fonts are.
    expect(looksLikeSlidev('---\nfonts: { body: "x" }\n---\n# A')).toBe(false);
    expect(looksLikeSlidev('---\nfonts:\n  heading: inter\n---\n# A')).toBe(false);
    expect(looksLikeSlidev('---\nfonts:\n  sans: Inter\n---\n# A')).toBe(true);
    expect(deck('---\ntitle: T\nlayout: cover\ndrawings:\n  persist: false\nfonts:\n  sans: Inter\n---\n# A').dialect).toBe('slidev');
  });
  it('reads its headmatter without warning about Slidev keys; a Slidev theme is one foreign-theme warning', () => {
    const d = deck('---\ntheme: seriph\ntitle: LLM 101\nmdc: true\ndrawings:\n  persist: false\ntransition: slide-left\n---\n\n# Hi\n');
    expect(d.frontMatter).toEqual({ title: 'LLM 101', theme: 'light' });
    expect(d.diagnostics.map((d) => d.rule)).toEqual(['foreign-theme']);
    expect(deck('---\ntheme: default\ncolorSchema: dark\n---\n\n# Hi\n').frontMatter).toEqual({ title: 'Hi', theme: 'dark' });
  });
  it('takes a slide last comment as its notes, and keeps a comment in the middle', () => {
    const d = deck('---\nlayout: cover\n---\n\n# A\n\n<!-- not a note -->\n\ntext\n\n<!--\nSay this.\n-->\n\n---\n\n# B\n');
    const notes = d.slides.map((s) => slidevDialect.notes(s.lines, {}).notes);
    expect(notes).toEqual(['Say this.', '']);
    expect(bodies('---\nlayout: cover\n---\n\n# A\n\n<!-- not a note -->\n\ntext\n\n<!--\nSay this.\n-->\n')[0]).toContain('<!-- not a note -->');
  });
  it('leaves out hide and disabled slides, as Slidev does', () => {
    expect(deck('---\nlayout: cover\n---\n# A\n---\nhide: true\n---\n# B\n---\ndisabled: true\n---\n# C\n---\n\n# D').slides.map((s) => s.heading?.text)).toEqual(['A', 'D']);
    // A `---` right above text opens front matter that never closes: Slidev keeps it all as the slide's content.
    expect(sliceSlidev('# A\n---\n# D', 's.md', []).map((s) => s.lines.map((l) => l.text).join('|'))).toEqual(['# A', '---|# D']);
  });
  it('maps layouts: centred ones, two columns at ::right::, an image beside the text, backgrounds', () => {
    const d = deck('---\nlayout: cover\nbackground: ./bg.png\n---\n# A\n---\nlayout: two-cols\n---\n# L\n\n::right::\n\n# R\n---\nlayout: image-right\nimage: ./pic.png\n---\n# T\n---\nlayout: fact\n---\n# 100%');
    const [cover, cols, image, fact] = d.slides;
    expect(cover!.attributes).toMatchObject({ layout: 'center', section: { 'data-background-image': './bg.png', 'data-background-size': 'cover' } });
    const colsText = cols!.lines.map((l) => l.text).join('\n');
    expect(colsText).toMatch(/<div class="slidev-cols">[\s\S]*<div class="slidev-col">[\s\S]*# L[\s\S]*<\/div>[\s\S]*<div class="slidev-col">[\s\S]*# R[\s\S]*<\/div>\s*<\/div>$/);
    expect(colsText).not.toContain('::right::');
    // image-right is the split Marp's ![bg right](pic.png) makes: the image on its half, full height.
    expect(image!.lines.map((l) => l.text).join('\n')).toMatch(/^<div class="marp-bgs marp-bgs-right" style="width:50%" aria-hidden="true"><img class="marp-bg" src=".\/pic.png" alt="" style="object-fit:cover"><\/div>\n[\s\S]*# T$/);
    expect(fact!.attributes).toMatchObject({ layout: 'center', classes: ['slidev-layout-fact'] });
    expect(image!.attributes.classes).toEqual(['slidev-layout-image-right', 'marp-split-right']);
    expect(image!.attributes.section.style).toBe('--marp-split:50%');
    // A theme's intro-image-left is the same split, without a warning; backgroundSize is kept.
    const intro = deck('---\nlayout: intro-image-left\nimage: ./p.png\nbackgroundSize: contain\n---\n# A');
    expect(intro.slides[0]!.lines.map((l) => l.text).join('\n')).toMatch(/<div class="marp-bgs marp-bgs-left" style="width:50%" aria-hidden="true"><img class="marp-bg" src=".\/p.png" alt="" style="object-fit:contain"><\/div>[\s\S]*# A/);
    expect(intro.slides[0]!.attributes.classes).toContain('marp-split-left');
    expect(intro.diagnostics).toEqual([]);
  });
  it('scopes a slide <style> to that slide, as Slidev does', () => {
    const d = deck('---\nlayout: cover\n---\n# A\n\n<style>\nimg {\n  float: left;\n}\n</style>\n\n---\n\n# B\n');
    const [a, b] = d.slides;
    expect(a!.attributes.section['data-marp-scope']).toBe('slidev-1');
    expect(a!.lines.map((l) => l.text).join('\n')).toMatch(/<style>\nsection\[data-marp-scope="slidev-1"\] img \{\n  float: left;\n\}\n<\/style>/);
    expect(a!.lines.map((l) => l.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(b!.attributes.section['data-marp-scope']).toBeUndefined();
  });
  it("warns once for a layout of the course's own, and uses the default layout", () => {
    const d = deck('---\nlayout: my-layout\n---\n# A\n---\nlayout: my-layout\n---\n# B');
    expect(d.diagnostics.filter((x) => /layout "my-layout"/.test(x.message))).toHaveLength(1);
    expect(d.slides[0]!.attributes.layout).toBeUndefined();
  });
  it('gives one warning per Vue component and shows its text', () => {
    const d = deck('---\nlayout: cover\n---\n# A\n\n<Transform :scale="0.8">\n\nBig text\n\n</Transform>\n\n<Tweet id="1" />\n---\n# B\n\n<Tweet id="2" />');
    expect(d.diagnostics.map((x) => x.message)).toEqual([expect.stringMatching(/<Transform> cannot be rendered/), expect.stringMatching(/<Tweet> cannot be rendered/)]);
    // A rule id, so that a class can switch them off (check: { slidev-component: off }).
    expect(d.diagnostics.map((x) => x.rule)).toEqual(['slidev-component', 'slidev-component']);
    expect(bodies('---\nlayout: cover\n---\n# A\n\n<Transform :scale="0.8">\n\nBig text\n\n</Transform>')[0]).toBe('# A\n\n\n\nBig text');
  });
});

describe('slidevVue', () => {
  it('turns v-click and v-after into fragments, on tags too, keeping a tag class', () => {
    expect(slidevVue(['<v-click>', '', 'x', '', '</v-click>', '<div v-click class="a">y</div>', '<p v-after>z</p>']).lines).toEqual([
      '<div class="fragment">', '', 'x', '', '</div>', '<div class="a fragment">y</div>', '<p class="fragment">z</p>',
    ]);
  });
  it('makes <v-clicks> an incremental list of its depth', () => {
    expect(slidevVue(['<v-clicks>', '', '- a', '</v-clicks>'])).toMatchObject({ clicksDepth: 1, lines: ['<div class="slidev-clicks">', '', '- a', '</div>'] });
    expect(slidevVue(['<v-clicks depth="2">']).clicksDepth).toBe(2);
  });
  it('leaves code blocks and inline code alone, and reads the old <template v-slot:right> slots', () => {
    const r = slidevVue(['```html', '<Tweet />', '```', 'use `<Tweet id="1"/>` here', '<template v-slot:right>', 'x', '</template>']);
    expect(r.lines).toEqual(['```html', '<Tweet />', '```', 'use `<Tweet id="1"/>` here', '::right::', 'x', '']);
    expect(r.components).toEqual([]);
  });
  it('drops icons and kebab-case components but keeps HTML', () => {
    expect(slidevVue(['<carbon-logo-github /> <b>bold</b> <mdi:home />'])).toMatchObject({ lines: [' <b>bold</b> '], components: ['carbon-logo-github', 'mdi:home'] });
  });
});

describe('src: imports', () => {
  it("imports another file's slides (a range of them) under the importer's front matter, and those files are no decks", () => {
    const root = tempDir('lectern-slidev-');
    const decksDir = path.join(root, 'decks');
    fs.mkdirSync(path.join(decksDir, 'talk', 'pages'), { recursive: true });
    fs.writeFileSync(path.join(decksDir, 'talk', 'pages', 'part.md'), '# P1\n\n---\nlayout: fact\n---\n# P2\n\n---\n\n# P3\n');
    fs.writeFileSync(path.join(decksDir, 'talk', 'index.md'), '---\ntitle: Talk\nlayout: cover\n---\n# A\n---\nsrc: ./pages/part.md#2-3\nclass: big\n---\nignored\n---\nsrc: ./pages/missing.md\n---\n');
    const diagnostics: Diagnostic[] = [];
    const { parsed } = readDecks({ root, decksDir, classesDir: path.join(root, 'classes'), templatesDir: root, followLinks: false }, diagnostics);
    expect([...parsed.keys()]).toEqual(['talk']);
    const talk = parsed.get('talk')!;
    // Slidev titles the first slide by the headmatter's title, the others by their headings.
    expect(talk.slides.map((s) => s.heading?.text)).toEqual(['Talk', 'P2', 'P3']);
    expect(talk.slides[1]!.attributes.classes).toEqual(['slidev-layout-fact', 'big']);
    expect(talk.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/imports "\.\/pages\/missing\.md" \(src:\), which is not found/)]);
  });
  it('reads ranges as Slidev does', () => {
    expect(slidevRange(5)).toEqual([1, 2, 3, 4, 5]);
    expect(slidevRange(5, '2')).toEqual([2]);
    expect(slidevRange(5, '1,3-4,9')).toEqual([1, 3, 4]);
  });
});
