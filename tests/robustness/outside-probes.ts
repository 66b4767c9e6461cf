// Issue 27's first class: a deck that points a printing page at a file outside the project. Each probe builds
// HTML, the slide PDF and the handout (or the reading page, a single file, lectern check) and must either fail
// with one line at the deck's reference or succeed without the outside file's content in any output.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Probe, ProbeRun } from './harness.js';

/** The body starts on line 9, after a line of visible words (a paragraph after Handout: would be handout text). */
const deck = (body: string, front = '') => `---\ntitle: T\n${front}---\n\n## One\n\n${body}\n`;
const printAll = ['build', '--format', 'html,pdf,handout'];
/** Every slide shows the words "Visible words": the PDF must still print the deck itself. */
const VISIBLE = 'Visible words';

/** What the outside files hold: `$OUTSIDE/secret.svg` draws the marker, `secret.html`/`secret.txt` print it as text. */
export function outsideFiles(marker: string): Record<string, string> {
  return {
    'secret.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><text x="10" y="50" font-size="30">${marker}</text></svg>`,
    'secret.html': `<!DOCTYPE html><p style="font-size:30px">${marker}</p>`,
    'secret.css': `body::after { content: "${marker}"; font-size: 30px; }`,
  };
}

/** Text of every PDF in dist/, and the decoded data: URLs of every page: the marker must be in none. */
export function outputsWithout(marker: string, built: boolean) {
  return (run: ProbeRun) => {
    const pdfs = [...run.dist.keys()].filter((f) => f.endsWith('.pdf'));
    if (built) expect(pdfs.map((f) => path.basename(f)).sort(), run.lines.join('\n')).toEqual(['a-handout.pdf', 'a.pdf']);
    for (const file of pdfs) {
      const text = execFileSync('pdftotext', ['-', '-'], { input: run.dist.get(file), encoding: 'utf8' });
      expect(text, file).not.toContain(marker);
      if (file.endsWith('a.pdf')) expect(text, file).toContain(VISIBLE);
    }
    for (const [file, bytes] of run.dist) {
      if (!/\.html?$/.test(file)) continue;
      for (const [, data] of bytes.toString('utf8').matchAll(/;base64,([A-Za-z0-9+/=]+)/g)) expect(Buffer.from(data!, 'base64').toString('latin1'), file).not.toContain(marker);
    }
  };
}

/**
 * The outside files' access times are set back before the run; any read afterwards moves them on (a relatime or
 * strictatime mount; on a noatime one `read` stays empty and only the outputs are checked). A page that read an
 * outside file but drew nothing a text extractor finds (a CSS background is painted as an image) is caught here.
 */
function watchReads(): { fault: NonNullable<Probe['fault']>; read: () => string[] } {
  let read: string[] = [];
  const fault = ({ root }: { root: string }) => {
    const dir = path.dirname(root);
    const files = ['secret.txt', 'secret.png', ...Object.keys(outsideFiles(''))].map((f) => path.join(dir, f));
    const past = new Date(Date.now() - 7 * 86_400_000);
    for (const file of files) fs.utimesSync(file, past, fs.statSync(file).mtime);
    return () => {
      read = files.filter((file) => fs.statSync(file).atimeMs > past.getTime() + 1000).map((file) => path.basename(file));
    };
  };
  return { fault, read: () => read };
}

type Case = [name: string, body: string, outcome: 'printed without it' | RegExp, options?: { front?: string; argv?: string[]; files?: Probe['files'] }];

const svg = '$OUTSIDE/secret.svg';
const fileSvg = 'file://$OUTSIDE/secret.svg';
const refused = (what: string, line: number | string = 9) => new RegExp(`^decks/a\\.md:${line}:\\d+: error: ${what} "file://.*" refers to a file outside the project`);
const outside = (line = 9) => new RegExp(`^decks/a\\.md:${line}:\\d+: error: file ".*" is outside the project folder`);

const cases: Case[] = [
  // A root-relative path is a site link (the web site the deck is published on): kept in the HTML, never read to print.
  ['Markdown image with an absolute path', `![s](${svg})`, 'printed without it'],
  ['Markdown image with a file: URL', `![s](${fileSvg})`, refused('image')],
  ['Markdown image with an absolute path, --no-html', `![s](${svg})`, 'printed without it', { argv: [...printAll, '--no-html'] }],
  ['Markdown image with a file: URL, --no-html', `![s](${fileSvg})`, refused('image'), { argv: [...printAll, '--no-html'] }],
  ['reference-style image with an absolute path', `![s][pic]\n\n[pic]: ${svg}`, 'printed without it'],
  ['reference-style image with a file: URL', `![s][pic]\n\n[pic]: ${fileSvg}`, refused('image', 11)],
  ['<img src> absolute', `<img src="${svg}" alt="s">`, 'printed without it'],
  ['<img src> file: URL, entity-encoded', `<img src="&#102;ile://$OUTSIDE/secret.svg" alt="s">`, /^decks\/a\.md:\d+:\d+: error: image "file:\/\/.*" refers to a file outside the project/],
  ['<img src> file: URL with a tab in the scheme', `<img src="fi&#9;le://$OUTSIDE/secret.svg" alt="s">`, /^decks\/a\.md:\d+:\d+: error: image "fi\tle:\/\/.*" refers to a file outside the project/],
  ['<img srcset> absolute', `<img srcset="${svg} 1x" alt="s">`, 'printed without it'],
  ['<img srcset> file: URL', `<img srcset="ok.svg 1x, ${fileSvg} 2x" alt="s">`, refused('image')],
  ['<picture><source srcset> absolute', `<picture><source srcset="${svg}"><img src="ok.svg" alt="s"></picture>`, 'printed without it'],
  ['<picture><source srcset> file: URL', `<picture><source srcset="${fileSvg}"><img src="ok.svg" alt="s"></picture>`, refused('media file')],
  ['<iframe src> absolute', '<iframe src="$OUTSIDE/secret.html" width="700" height="100"></iframe>', 'printed without it'],
  ['<iframe src> file: URL', '<iframe src="file://$OUTSIDE/secret.html" width="700" height="100"></iframe>', refused('embedded page')],
  ['<iframe src> relative, out of the project', '<iframe src="../../secret.html" width="700" height="100"></iframe>', outside()],
  ['<iframe src> through a symlink in the project', '<iframe src="page.html" width="700" height="100"></iframe>', outside(), { files: { 'decks/page.html': { link: '$OUTSIDE/secret.html' } } }],
  ['<iframe src> through a symlinked folder', '<iframe src="out/secret.html" width="700" height="100"></iframe>', outside(), { files: { 'decks/out': { link: '$OUTSIDE' } } }],
  ['<iframe srcdoc> holding an absolute image', `<iframe srcdoc="<img src='${svg}'>" width="700" height="100"></iframe>`, 'printed without it'],
  ['<iframe srcdoc> holding a file: image', `<iframe srcdoc="<img src='${fileSvg}'>" width="700" height="100"></iframe>`, refused('image')],
  ['<iframe srcdoc> holding an image out of the project', `<iframe srcdoc="<img src='../../secret.svg'>" width="700" height="100"></iframe>`, /^decks\/a\.md:9:\d+: error: image ".*secret\.svg" is outside the project folder/],
  ['<object data> absolute', '<object data="$OUTSIDE/secret.html" width="700" height="100"></object>', 'printed without it'],
  ['<object data> file: URL', '<object data="file://$OUTSIDE/secret.html" width="700" height="100"></object>', refused('embedded file')],
  ['<embed src> absolute', `<embed src="${svg}" width="700" height="100">`, 'printed without it'],
  ['<embed src> file: URL', `<embed src="${fileSvg}" width="700" height="100">`, refused('embedded file')],
  ['CSS url() in <style>, absolute', `<style>.s { background: url(${svg}); width: 700px; height: 100px; }</style>\n<div class="s"></div>`, 'printed without it'],
  ['CSS url() in <style>, file: URL', `<style>.s { background: url(${fileSvg}); width: 700px; height: 100px; }</style>\n<div class="s"></div>`, refused('style url\\(\\)')],
  ['CSS @import of a file: URL', `<style>@import url(file://$OUTSIDE/secret.css);</style>`, refused('style url\\(\\)')],
  ['inline style url(), absolute', `<div style="width: 700px; height: 100px; background: URL('${svg}')"></div>`, 'printed without it'],
  ['inline style url(), file: URL', `<div style="width: 700px; height: 100px; background: url(${fileSvg})"></div>`, refused('style url\\(\\)')],
  ['<table background> absolute', `<table background="${svg}" width="700" height="100"><tr><td>cell</td></tr></table>`, 'printed without it'],
  ['<table background> file: URL', `<table background="${fileSvg}"><tr><td>cell</td></tr></table>`, refused('background image')],
  ['<video poster> absolute', `<video poster="${svg}" width="700" height="100"></video>`, 'printed without it'],
  ['<video poster> file: URL', `<video poster="${fileSvg}" width="700" height="100"></video>`, refused('media file')],
  ['inline SVG <image href> file: URL', `<svg width="700" height="100"><image href="${fileSvg}" width="700" height="100"/></svg>`, refused('image')],
  ['reveal.js lazy data-src, file: URL', `<img data-src="${fileSvg}" alt="s">`, refused('media file')],
  ['<link> stylesheet with a file: URL', `<link rel="stylesheet" href="file://$OUTSIDE/secret.css">`, refused('linked file')],
  // The notes layout prints Handout: text beside each slide.
  ['an image in Handout: text, absolute', `Text.\n\nHandout: ![s](${svg})`, 'printed without it', { files: { 'classes/c.yaml': 'name: C\ndecks: [a]\nhandout:\n  layout: notes\n' } }],
  ['an image in Handout: text, file: URL', `Text.\n\nHandout: ![s](${fileSvg})`, /^decks\/a\.md:11:\d+: error: image "file:\/\/.*" in handout text refers to a file outside the project/, { files: { 'classes/c.yaml': 'name: C\ndecks: [a]\nhandout:\n  layout: notes\n' } }],
  // What the renderer cannot see (a script's own URL, a <base> out of the project) the printing page refuses.
  ['a script that adds a file: image', `<script>document.querySelector('.slide-body').insertAdjacentHTML('beforeend', '<img src="fi' + 'le://$OUTSIDE/secret.svg">')</script>`, /^decks\/a\.md:9:\d+: error: "\/.*secret\.svg" refers to a file outside the project: a printed page reads only/],
  ['<base href> out of the project', `<base href="file://$OUTSIDE/">\n\n<iframe src="secret.html" width="700" height="100"></iframe>`, /^decks\/a\.md:9:\d+: error: a <base> element in a slide/, { files: { 'decks/secret.html': '<p>a harmless page</p>' } }],
  ['<base href> to a site path', `<base href="/">\n\n<img src="ok.svg" alt="s">`, /^decks\/a\.md:9:\d+: error: a <base> element in a slide/],
];

const dialectCases: Case[] = [
  ['Marp background image, absolute', `![bg](${svg})`, 'printed without it', { front: 'marp: true\n' }],
  ['Marp background image, file: URL', `![bg](${fileSvg})`, refused('image', '\\d+'), { front: 'marp: true\n' }],
  ['Marp backgroundImage directive, file: URL', `<!-- backgroundImage: url("${fileSvg}") -->`, refused('background image', '\\d+'), { front: 'marp: true\n' }],
  ['reveal.js slide background, file: URL', `<!-- .slide: data-background-image="${fileSvg}" -->\n\n---\n\n## Two`, refused('background image', 10), { front: 'separator: "^---$"\n' }],
  ['reveal.js slide background, absolute', `<!-- .slide: data-background-image="${svg}" -->\n\n---\n\n## Two`, 'printed without it', { front: 'separator: "^---$"\n' }],
];

function probe([name, body, outcome, options = {}]: Case, marker: string): Probe {
  const printed = outcome === 'printed without it';
  const reads = watchReads();
  return {
    fault: reads.fault,
    name,
    files: { 'decks/ok.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', ...options.files, 'decks/a.md': deck(`${VISIBLE} on the slide.\n\n${body}`, options.front) },
    argv: options.argv ?? printAll,
    exit: printed ? 0 : 1,
    ...(printed ? {} : { error: outcome }),
    verify: (run) => {
      outputsWithout(marker, printed)(run);
      expect(reads.read(), 'files outside the project were read').toEqual([]);
    },
  };
}

/** The cases above, each as a probe with the sandbox's marker; and the other outputs (check, single file, reading page). */
export function outsideProbes(marker: string): Probe[] {
  return [
    ...[...cases, ...dialectCases].map((c) => probe(c, marker)),
    { ...probe(['a single file of a deck with an absolute image', `![s](${svg})\n\nHandout: ![t](${svg})`, 'printed without it'], marker), argv: ['build', '--format', 'html,single,pdf,handout'] },
    { name: 'lectern check of an iframe to a file: URL', files: { 'decks/a.md': deck('<iframe src="file://$OUTSIDE/secret.html"></iframe>') }, argv: ['check'], exit: 1, error: refused('embedded page', 7) },
    { name: 'lectern check of a script that adds a file: image', files: { 'decks/a.md': deck(`<script>document.querySelector('.slide-body').insertAdjacentHTML('beforeend', '<img src="fi' + 'le://$OUTSIDE/secret.svg">')</script>`) }, argv: ['check'], exit: 1, error: /^decks\/a\.md:7:\d+: error: ".*secret\.svg" refers to a file outside the project/ },
  ];
}
