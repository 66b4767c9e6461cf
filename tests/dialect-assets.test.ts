// reveal.js decks load files from anywhere in the project: each is copied, linked from dist/, or reported.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildProject, tempProject } from './helpers.js';

const deckFile = (root: string) => path.join(root, 'decks', 'week1', 'index.md');

/** Every file URL the built page loads: src, data, poster, backgrounds and CSS url(). */
function loadedUrls(html: string): string[] {
  const { document } = parseHTML(html);
  const urls: string[] = [];
  for (const el of document.querySelectorAll('.slides [src], .slides [data], .slides [data-background-image]')) {
    urls.push(el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('data-background-image') ?? '');
  }
  for (const style of document.querySelectorAll('.slides style')) for (const m of style.textContent.matchAll(/url\("?([^")]+)"?\)/g)) urls.push(m[1]);
  return urls;
}

describe('files a reveal.js deck loads', () => {
  it('copies sibling-folder, project-wide, raw-HTML, background and style files so every URL resolves in dist/', async () => {
    const root = tempProject('dialects/reveal-assets');
    const result = await buildProject(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const page = path.join(root, 'dist', 'course', 'week1', 'index.html');
    const urls = loadedUrls(fs.readFileSync(page, 'utf8'));
    // background, <img> x3, <object>, <source>, style url(): all seven, none lost.
    expect(urls.length).toBe(7);
    for (const url of urls) {
      const file = path.resolve(path.dirname(page), decodeURI(url));
      expect(file.startsWith(path.join(root, 'dist', 'course', 'week1') + path.sep), url).toBe(true);
      expect(fs.readFileSync(file), url).toEqual(fs.readFileSync(path.resolve(path.dirname(deckFile(root)), urlBeforeCopy(url))));
    }
  });

  it('leaves a root-relative link as a site link, with a warning instead of a broken-link error', async () => {
    const root = tempProject('dialects/reveal-assets');
    const result = await buildProject(root);
    const site = result.diagnostics.filter((d) => d.rule === 'site-link');
    expect(site.map((d) => [d.line, d.severity])).toEqual([[36, 'warning']]);
    expect(result.diagnostics.some((d) => d.rule === 'broken-link')).toBe(false);
    expect(fs.readFileSync(path.join(root, 'dist', 'course', 'week1', 'index.html'), 'utf8')).toContain('href="/Syllabus/lesson1.html"');
  });

  it('reports a missing background, a missing <object> file and a file outside the project, each at its line', async () => {
    const root = tempProject('dialects/reveal-assets');
    const text = fs.readFileSync(deckFile(root), 'utf8')
      .replace('data-background-image="../img/photo.png"', 'data-background-image="../img/gone.png"')
      .replace('data="../img/figure.svg"', 'data="../img/missing.svg"')
      .replace('src="../../shared/texture.png"', 'src="../../../outside.png"');
    fs.writeFileSync(deckFile(root), text);
    const result = await buildProject(root);
    expect(result.ok).toBe(false);
    const problems = result.diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message.split(' (')[0]}`);
    // Missing files are warnings in a reveal.js deck (reveal.js shows the slide anyway); outside the project is an error.
    expect(problems).toEqual(expect.arrayContaining([
      '5: warning: image "../img/gone.png" not found',
      '20: warning: image "../img/missing.svg" not found',
      expect.stringMatching(/^18: error: image "..\/..\/..\/outside.png" is outside the project folder/),
    ]));
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

/** The URL as the deck wrote it, from the URL in dist/ (files from outside the deck's folder sit under _project/). */
function urlBeforeCopy(url: string): string {
  const m = /^_project\/(.*)$/.exec(decodeURI(url));
  return m ? path.relative('decks/week1', m[1]!) : decodeURI(url);
}

describe('reveal-md.json', () => {
  it('gives a course folder its separators (the deck\'s front matter still wins); bad JSON is one error line', async () => {
    const root = tempProject('dialects/reveal-assets');
    const course = path.join(root, 'decks', 'course');
    fs.mkdirSync(path.join(course, 'week2'), { recursive: true });
    fs.writeFileSync(path.join(course, 'reveal-md.json'), JSON.stringify({ separator: '\\r?\\n---\\r?\\n', verticalSeparator: '\\r?\\n---v\\r?\\n', theme: 'ignored' }));
    fs.writeFileSync(path.join(course, 'week2', 'slides.md'), '# A\nNotes: a\n---\n# B\n---v\n# B.1\n');
    fs.writeFileSync(path.join(root, 'classes', 'course.yaml'), 'name: Assets course\ndecks: [week1, course-week2-slides]\n');
    const result = await buildProject(root);
    expect(result.ok).toBe(true);
    const deck = result.manifest!.classes[0]!.decks.find((d) => d.slug === 'course-week2-slides')!;
    expect(deck.slides).toBe(3);

    fs.writeFileSync(path.join(course, 'reveal-md.json'), '{ "separator": ');
    const broken = await buildProject(root);
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file))).toEqual(['reveal-md.json']);
  });
});
