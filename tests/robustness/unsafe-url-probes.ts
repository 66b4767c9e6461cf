// Issue 27's script-through-links inputs as probes: every sink a deck, a class or a manifest can put a URL in,
// checked on every output the URL could land in (deck page, reading view, handout, PDFs, single file, indexes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { deckPage, type Probe, type ProbeRun } from './harness.js';

const deck = (front: string, text: string) => `---\ntitle: T\n${front}${front && !front.endsWith('\n') ? '\n' : ''}---\n\n${text}`;
const klass = (extra: string) => `name: Hostile class\n${extra}\n`;

// Read independently of src/paths/url-policy.ts: the DOM gives attribute values with references decoded; a
// browser then drops tabs and line breaks and trims controls before it reads the scheme.
const RE_SCRIPT_URL = /^(javascript|vbscript|data:(?!image\/(png|jpe?g|gif|webp)))/i;
const asBrowserReads = (value: string) => value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/** Every attribute of every element of every HTML page in dist/ whose value a browser would read as script. */
export function scriptUrls(run: ProbeRun): string[] {
  return [...run.dist].filter(([file]) => file.endsWith('.html')).flatMap(([file, content]) => {
    const { document } = parseHTML(content.toString('utf8'));
    return [...document.querySelectorAll('*')].flatMap((el: any) =>
      [...el.attributes].filter((a: any) => RE_SCRIPT_URL.test(asBrowserReads(a.value)) || /url\(\s*['"]?\s*(javascript|file|\/etc)/i.test(a.name === 'style' ? a.value : '')).map((a: any) => `${file}: <${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    );
  });
}

/** The PDFs' link annotations, objects uncompressed: no javascript: URI and no JavaScript action. */
function pdfScripts(run: ProbeRun): string[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-probe-'));
  try {
    return [...run.dist].filter(([file]) => file.endsWith('.pdf')).flatMap(([file, bytes]) => {
      fs.writeFileSync(path.join(tmp, 'in.pdf'), bytes);
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', path.join(tmp, 'in.pdf'), path.join(tmp, 'out.pdf')]);
      const text = fs.readFileSync(path.join(tmp, 'out.pdf'), 'latin1');
      return /javascript:|vbscript:|\/JavaScript|\/JS\b/i.test(text) ? [file] : [];
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const unsafeWarnings = (run: ProbeRun) => run.lines.filter((l) => / warning: .*\[unsafe-url\]/.test(l));

const EVERY_SINK = deck(
  '',
  [
    '## Links {data-background-iframe="javascript:alert(20)"}',
    '',
    '[plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(2)) [encoded](jav&#x61;script:alert(3)) [colon](javascript&colon;alert(4))',
    '',
    '[spaced](<java\tscript:alert(5)>) <javascript:alert(6)> [ref][r] [vb](vbscript:alert(7)) [page](data:text/html,<script>alert(8)</script>)',
    '',
    '[r]: javascript:alert(9)',
    '',
    '![pic](javascript:alert(10)) [kept](https://example.org/ok)',
    '',
    '[room]({{vars.site}})',
    '',
    'Note: [in the notes](javascript:alert(11))',
    '',
    'Handout: [in the handout](javascript:alert(12)) and [fine](https://example.org/ok)',
    '',
    '## Raw',
    '',
    '<a href="javascript:alert(13)">raw</a> <iframe src="jav&#x61;script:alert(14)"></iframe>',
    '',
    '<!-- .element: data-preview-link="javascript:alert(15)" -->',
    '',
  ].join('\n'),
);
const EVERY_SINK_FILES = { 'decks/a.md': EVERY_SINK, 'classes/c.yaml': klass('vars: { site: "javascript:alert(16)" }') };

const allOutputsClean = (run: ProbeRun) => {
  expect(scriptUrls(run)).toEqual([]);
  expect(pdfScripts(run)).toEqual([]);
  expect([...run.dist.keys()].filter((f) => /read\.html$|\.pdf$|c\/a\.html$|^index\.html$|c\/index\.html$/.test(f.split(path.sep).join('/'))).length).toBeGreaterThanOrEqual(5);
  // The safe link on the same line is kept, on the deck page and in the reading view.
  expect(deckPage(run, 'a', 'c')).toContain('href="https://example.org/ok"');
  expect(unsafeWarnings(run).length).toBeGreaterThanOrEqual(10);
};

const MARP = [
  '---',
  'marp: true',
  'header: "[head](javascript:alert(1))"',
  'footer: "Foot"',
  '---',
  '',
  '<!-- color: "red;background:url(/etc/passwd)" -->',
  '<!-- backgroundColor: "url(file:///etc/passwd)" -->',
  '<!-- backgroundSize: "10px;background-image:url(/etc/passwd)" -->',
  '',
  '# Hello [x](javascript:alert(2))',
  '',
  '![bg](x.png)',
  '',
  '![w:200 a cat](x.png)',
  '',
  '<!-- a note with [a link](javascript:alert(3)) -->',
  '',
].join('\n');

/** The Marp keywords and directives still work: Lectern's own markup, live in the page. */
const marpWorks = (run: ProbeRun) => {
  const page = deckPage(run);
  const { document } = parseHTML(page);
  expect(document.querySelector('.slides img.marp-bg')?.getAttribute('src'), page.slice(page.indexOf('class="slides"'), page.indexOf('class="slides"') + 1500)).toBe('x.png');
  expect(document.querySelector('.slides img[alt="a cat"]')?.getAttribute('style')).toBe('width:200px');
  expect(document.querySelector('.slides header.marp-header')).not.toBeNull();
  expect(document.querySelector('.slides footer.marp-footer')?.textContent).toContain('Foot');
  expect(page).not.toContain('&lt;img');
  expect(page).not.toContain('&lt;header');
};

const REVEAL_MD = deck(
  "separator: '^---$'",
  ['## One', '<!-- .slide: data-background-iframe="javascript:alert(1)" data-background-image="vbscript:x" -->', '', '[x](javascript:alert(2))', '', '---', '', '## Two', '', '<a href="javascript:alert(3)">raw</a>', ''].join('\n'),
);

const SHARD_MANIFEST = (html: string) =>
  JSON.stringify({ generatedAt: '2020-01-01T00:00:00.000Z', generator: 'lectern', shard: { index: 1, count: 1 }, classes: [{ id: 'default', name: 'All decks', index: 'default/index.html', decks: [{ slug: 'a', title: 'A', source: null, slides: 1, minutes: 1, seconds: 0, date: null, html }] }] });

const indexesClean = (run: ProbeRun) => {
  expect(scriptUrls(run)).toEqual([]);
  for (const [file, content] of run.dist) expect(content.includes('OUTSIDE-DECK'), file).toBe(false);
};

// Raw HTML (allowed by default) that navigates, submits, embeds or frames a script URL, in each way a browser
// follows one: scripts there are warned about, script URLs are left out.
const RAW_SINKS = deck(
  '',
  [
    '## Raw sinks',
    '',
    '<form action="javascript:alert(1)"><button formaction="vbscript:x">go</button></form>',
    '',
    '<svg width="10" height="10"><a xlink:href="javascript:alert(2)"><rect width="10" height="10"/></a><a href="javascript:alert(3)"><circle r="2"/></a></svg>',
    '',
    '<object data="javascript:alert(4)"></object> <embed src="data:text/html,<script>alert(5)</script>">',
    '',
    '<map name="m"><area href=" JAVASCRIPT:alert(6)" alt="a"></map> <iframe src="java&#x09;script:alert(7)"></iframe>',
    '',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(8)">encoded</a> <a href="https://example.org/ok">kept</a>',
    '',
  ].join('\n'),
);

export const unsafeUrlProbes: Probe[] = [
  {
    name: 'raw HTML forms, SVG links, objects, embeds, areas and frames with script URLs',
    files: { 'decks/a.md': RAW_SINKS },
    argv: ['build', '--format', 'html,single'],
    exit: 0,
    verify: (run) => {
      expect(scriptUrls(run)).toEqual([]);
      expect(deckPage(run)).toContain('href="https://example.org/ok"');
      expect(unsafeWarnings(run).length).toBeGreaterThanOrEqual(8);
    },
  },
  { name: 'javascript: in every Markdown sink, on every output', files: EVERY_SINK_FILES, argv: ['build', '--format', 'html,pdf,handout,single'], exit: 0, verify: allOutputsClean },
  { name: 'javascript: in every Markdown sink, with --no-html', files: EVERY_SINK_FILES, argv: ['build', '--format', 'html,single', '--no-html'], exit: 0, verify: (run) => expect(scriptUrls(run)).toEqual([]) },
  { name: 'javascript: as the source url', files: { 'decks/a.md': deck('source: { title: S, url: "javascript:alert(1)" }', '## One\n') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "source\.url": source url must be a web address/ },
  { name: 'entity-encoded javascript: as the source url', files: { 'decks/a.md': deck('source: { title: S, url: " jav&#x61;script:alert(1)" }', '## One\n') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "source\.url"/ },
  { name: 'data: page in a heading background', files: { 'decks/a.md': deck('', '## One {data-background-iframe="data:text/html,<script>alert(1)</script>"}\n\nText.\n') }, exit: 0, verify: (run) => expect(scriptUrls(run)).toEqual([]) },
  {
    name: 'Marp: javascript: links and colour directives that inject url()',
    files: { 'decks/x.png': 'png', 'decks/a.md': MARP },
    exit: 0,
    verify: (run) => {
      expect(scriptUrls(run)).toEqual([]);
      expect(deckPage(run)).not.toMatch(/url\(\s*['"]?(file:|\/etc)/);
      expect(run.lines.filter((l) => /\[marp-directive\]/.test(l))).toHaveLength(3);
      marpWorks(run);
    },
  },
  { name: 'Marp image keywords, header and footer keep working with --no-html', files: { 'decks/x.png': 'png', 'decks/a.md': MARP }, argv: ['build', '--format', 'html', '--no-html'], exit: 0, verify: (run) => { expect(scriptUrls(run)).toEqual([]); marpWorks(run); } },
  { name: 'reveal-md: javascript: in attribute comments and links', files: { 'decks/a.md': REVEAL_MD }, argv: ['build', '--format', 'html,single'], exit: 0, verify: (run) => expect(scriptUrls(run)).toEqual([]) },
  { name: 'merge: a shard manifest linking javascript:', files: { 'shard/manifest.json': SHARD_MANIFEST('default/javascript:alert(1)'), 'shard/default/a/index.html': 'x' }, argv: ['merge', 'shard', '--out', 'merged'], exit: 1, error: /^\S*shard:1:1: error: no manifest\.json that Lectern wrote/, writes: /^shard/ },
  { name: 'merge: a shard manifest linking out of the folder', files: { 'shard/manifest.json': SHARD_MANIFEST('https://evil.example/'), 'shard/default/a/index.html': 'x' }, argv: ['merge', 'shard', '--out', 'merged'], exit: 1, error: /error: no manifest\.json that Lectern wrote/, writes: /^shard/ },
  {
    name: 'a previous dist/manifest.json with a javascript: link is not read into the index',
    // Deck b is not rebuilt: its entry (and link) would come from the previous manifest.
    files: { 'decks/b.md': deck('', '## B\n'), 'dist/manifest.json': SHARD_MANIFEST('default/javascript:alert(1)').replace('"shard":{"index":1,"count":1},', '').replace('"slug":"a"', '"slug":"b"') },
    argv: ['build', '--format', 'html', '--deck', 'a'],
    exit: 0,
    verify: indexesClean,
  },
  {
    name: 'dist/manifest.json linking to a manifest outside the project is not read',
    files: { '../outside-manifest.json': SHARD_MANIFEST('x/index.html').replace('"title":"A"', '"title":"OUTSIDE-DECK"').replace('"slug":"a"', '"slug":"zz"'), 'dist/manifest.json': { link: '$OUTSIDE/outside-manifest.json' } },
    argv: ['build', '--format', 'html', '--deck', 'a'],
    // Refused before it is read: nothing in the output folder may be a link (write/output-links.ts).
    exit: 1,
    error: /^dist\/manifest\.json: error: is a link to .*outside-manifest\.json: Lectern never writes through a link/,
    verify: indexesClean,
  },
];
