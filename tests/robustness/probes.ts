// The hostile inputs of issue 8, as data: each is a small project, a command and what must come out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { deckPage, failing, failingCopy, type Probe } from './harness.js';

const deck = (front: string, body = '## One\n\nText.\n') => `---\ntitle: T\n${front}${front && !front.endsWith('\n') ? '\n' : ''}---\n\n${body}`;
const body = (text: string) => deck('', text);
const klass = (extra: string) => `name: Hostile class\n${extra}\n`;
const ALIAS_BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]';
const html = ['build', '--format', 'html'];

/** Escaped text in the built page: never live markup. */
const noLiveScript = (marker: string) => (run: Parameters<NonNullable<Probe['verify']>>[0]) => {
  for (const [file, content] of run.dist) {
    if (!file.endsWith('.html')) continue;
    // Inside a quoted attribute value "<script>" is text; everywhere else it would run.
    expect(content.toString('utf8').replace(/="[^"]*"/g, '=""'), file).not.toContain(`<script>${marker}`);
  }
};

const warned = (rule: string) => (run: Parameters<NonNullable<Probe['verify']>>[0]) => expect(run.lines.some((l) => / warning: .*\[/.test(l) && l.includes(`[${rule}]`)), run.lines.join('\n')).toBe(true);

// 1. Nothing outside the project gets into dist/.
const outsidePaths = ['/etc/shadow', '/etc/hostname', '/etc/passwd', '../../../../etc/hostname', '../secret.txt', '../../secret.txt', '$SECRET', '$OUTSIDE/secret.png'];
const logoProbes: Probe[] = [
  ...outsidePaths.map((logo): Probe => ({ name: `front matter logo ${logo}`, files: { 'decks/a.md': deck(`logo: "${logo}"`) }, exit: 1, error: /^decks\/a\.md:\d+:\d+: error: logo .*(outside the project|not found)/ })),
  ...outsidePaths.map((logo): Probe => ({ name: `class logo ${logo}`, files: { 'classes/c.yaml': klass(`logo: "${logo}"`) }, exit: 1, error: /^classes\/c\.yaml:2:\d+: error: logo .*(outside the project|not found)/ })),
  { name: 'logo symlink to a secret', files: { 'decks/logo.png': { link: '$SECRET' }, 'decks/a.md': deck('logo: logo.png') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: logo "logo\.png" is outside the project/ },
  { name: 'logo symlink to /etc/passwd', files: { 'classes/logo.png': { link: '/etc/passwd' }, 'classes/c.yaml': klass('logo: logo.png') }, exit: 1, error: /^classes\/c\.yaml:2:\d+: error: logo "logo\.png" is outside the project/ },
  { name: 'logo is a folder', files: { 'decks/logo.png': { dir: true }, 'decks/a.md': deck('logo: logo.png') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: logo "logo\.png" is a folder/ },
  { name: 'logo is a URL', files: { 'decks/a.md': deck('logo: "file:///etc/passwd"') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: logo must be a local image/ },
  { name: 'logo holds a NUL byte', files: { 'decks/a.md': deck('logo: "x\\0.png"') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: logo .*not found/ },
  // A shipped .lectern-cache that links out of the project: the cache is not used, nothing is written there.
  { name: '.lectern-cache is a link out of the project', files: { '.lectern-cache': { link: '$OUTSIDE' } }, exit: 0 },
  { name: '.lectern-cache/render is a link out of the project', files: { '.lectern-cache/render': { link: '$OUTSIDE' } }, exit: 0 },
  // The print cache's size file, planted as a link to a file outside: replaced, never written through.
  { name: '.lectern-cache/prints-total-bytes is a link to a secret', files: { '.lectern-cache/prints-total-bytes': { link: '$SECRET' } }, argv: ['build', '--format', 'html,pdf'], exit: 0 },
  { name: 'logo inside the project is fine', files: { 'classes/logo.png': 'PNG', 'classes/c.yaml': klass('logo: logo.png') }, exit: 0, verify: (run) => expect(run.dist.get(path.join('c', 'a', '_logo.png'))?.toString()).toBe('PNG') },
];

const imageProbes: Probe[] = [
  ...['../secret.png', '../../secret.png', '../../../../../etc/passwd'].map((src): Probe => ({ name: `image ${src}`, files: { 'decks/a.md': body(`## Pic\n\n![a picture](${src})\n`) }, exit: 1, error: /^decks\/a\.md:7:\d+: error: (image|file) .* (is outside the project folder|not found)/ })),
  // An absolute path is a page of the site the deck is published on: left as written, never read (site-link).
  ...['/etc/passwd', '$OUTSIDE/secret.png'].map((src): Probe => ({ name: `image ${src}`, files: { 'decks/a.md': body(`## Pic\n\n![a picture](${src})\n`) }, exit: 0, verify: warned('site-link') })),
  { name: 'image symlink to the secret', files: { 'decks/pic.png': { link: '$SECRET' }, 'decks/a.md': body('## Pic\n\n![a picture](pic.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: image "pic\.png" is outside the project/ },
  { name: 'image symlink to /etc/passwd in a deck folder', files: { 'decks/a.md': null, 'decks/f/pic.png': { link: '/etc/passwd' }, 'decks/f/index.md': body('## Pic\n\n![a picture](pic.png)\n') }, exit: 1, error: /^decks\/f\/index\.md:7:\d+: error: image "pic\.png" is outside the project/ },
  { name: 'image symlink to a folder outside', files: { 'decks/pics': { link: '$OUTSIDE' }, 'decks/a.md': body('## Pic\n\n![a picture](pics/secret.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: image "pics\/secret\.png" is outside the project/ },
  { name: 'image is a folder', files: { 'decks/pic.png': { dir: true }, 'decks/a.md': body('## Pic\n\n![a picture](pic.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: "pic\.png" is a folder/ },
  { name: 'image with a broken %-escape', files: { 'decks/a.md': body('## Pic\n\n![a](%E0%A4%A.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: image "%E0%A4%A\.png" has an invalid %-escape/ },
  { name: 'image with %zz', files: { 'decks/a.md': body('## Pic\n\n![a](%zz.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: image "%zz\.png" has an invalid %-escape/ },
  { name: 'image missing', files: { 'decks/a.md': body('## Pic\n\n![a](nope.png)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: image "nope\.png" not found/ },
];

const linkProbes: Probe[] = [
  { name: 'link with a broken %-escape', files: { 'decks/a.md': body('## Read\n\n[r](%zz.pdf)\n') }, exit: 1, error: /^decks\/a\.md:\d+:\d+: error: link "%zz\.pdf" has an invalid %-escape/ },
  { name: 'link with %E0%A4%A', files: { 'decks/a.md': body('## Read\n\n[r](%E0%A4%A.pdf)\n') }, exit: 1, error: /^decks\/a\.md:\d+:\d+: error: link .* invalid %-escape/ },
  { name: 'slide link with a broken %-escape', files: { 'decks/a.md': body('## Read\n\n[r](#%zz)\n') }, exit: 1, error: /^decks\/a\.md:\d+:\d+: error: link "#%zz" has an invalid %-escape/ },
  { name: 'linked file symlinked to the secret', files: { 'decks/notes.txt': { link: '$SECRET' }, 'decks/a.md': body('## Read\n\n[notes](notes.txt)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: link "notes\.txt" points outside the project folder/ },
  { name: 'link to a file outside the project', files: { 'decks/a.md': body('## Read\n\n[notes](../../secret.txt)\n') }, exit: 1, error: /^decks\/a\.md:7:\d+: error: link "\.\.\/\.\.\/secret\.txt" points outside the project folder/ },
  { name: 'link to /etc/passwd is a site path, never read', files: { 'decks/a.md': body('## Read\n\n[notes](/etc/passwd)\n') }, exit: 0, verify: warned('site-link') },
  { name: 'linked file inside is copied', files: { 'decks/notes.txt': 'my notes', 'decks/a.md': body('## Read\n\n[notes](notes.txt)\n') }, exit: 0, verify: (run) => expect(run.dist.get(path.join('default', 'a', 'notes.txt'))?.toString()).toBe('my notes') },
];

const fontProbes: Probe[] = [
  ...['../../../../some/dir', '../x', '/etc', 'a/b', '@fontsource/../../x', '..', 'source-sans-3/../../x', 'x\\\\y'].map((name): Probe => ({
    name: `font path ${name}`,
    files: { 'decks/a.md': deck(`fonts: { body: "${name}" }`) },
    exit: 1,
    error: /^decks\/a\.md:3:\d+: error: font .* (is not a font name|is not bundled)/,
  })),
  { name: 'font path in a class file', files: { 'classes/c.yaml': klass('fonts: { heading: "../../../../tmp" }') }, exit: 1, error: /^classes\/c\.yaml:2:\d+: error: font .*is not a font name/ },
  { name: 'font by its family name is fine', files: { 'decks/a.md': deck('fonts: { body: "Source Sans 3" }') }, exit: 0 },
];

// 2. Escaped means escaped.
const escapeProbes: Probe[] = [
  { name: 'title closes <title>', files: { 'decks/a.md': deck('title: "</title><script>alert(1)</script>"').replace('title: T\n', '') }, exit: 0, verify: noLiveScript('alert(1)') },
  { name: 'class name closes <title>', files: { 'classes/c.yaml': 'name: "</title><script>alert(2)</script>"\n' }, exit: 0, verify: noLiveScript('alert(2)') },
  { name: 'subtitle with a script', files: { 'decks/a.md': deck('subtitle: "<script>alert(3)</script>"') }, exit: 0, verify: noLiveScript('alert(3)') },
  { name: 'footer with a script', files: { 'classes/c.yaml': klass('footer: "</footer><script>alert(4)</script>"') }, exit: 0, verify: noLiveScript('alert(4)') },
  { name: 'class vars with a script', files: { 'classes/c.yaml': klass('vars: { room: "<script>alert(5)</script>" }'), 'decks/a.md': body('## Where\n\nRoom {{vars.room}}\n') }, exit: 0, verify: noLiveScript('alert(5)') },
  ...['rgb(0,0,0);} </style><script>alert(6)</script>', 'red;background:url(//evil.example/x)', 'expression(alert(1))', '#fff</style><script>alert(6)</script>', 'red}body{display:none', 'url(x)', '#12345', 'not-a-colour'].map((accent): Probe => ({
    name: `accent ${accent}`,
    files: { 'decks/a.md': deck(`accent: "${accent}"`) },
    exit: 1,
    error: /^decks\/a\.md:3:\d+: error: "accent": expected a CSS colour/,
  })),
  { name: 'accent in a class file', files: { 'classes/c.yaml': klass('accent: "blue;}</style><script>alert(7)</script>"') }, exit: 1, error: /^classes\/c\.yaml:2:\d+: error: "accent": expected a CSS colour/ },
  ...['rebeccapurple', 'oklch(0.45 0.15 250)', 'hsl(210 60% 30%)', 'rgb(20 60 140)'].map((accent): Probe => ({
    name: `accent ${accent} is parsed and written as hex`,
    files: { 'decks/a.md': deck(`accent: "${accent}"`) },
    exit: 0,
    verify: (run) => expect(deckPage(run)).toMatch(/--accent:#[0-9a-f]{6}[;}"]/),
  })),
  ...['class.constructor', 'class.__proto__', 'vars.toString', 'deck.constructor.name', 'class.hasOwnProperty', 'vars.__proto__.polluted'].map((name): Probe => ({
    name: `variable {{${name}}}`,
    files: { 'decks/a.md': body(`## V\n\nValue {{${name}}}\n`) },
    exit: 1,
    error: /^decks\/a\.md:7:\d+: error: undefined variable/,
  })),
];

// Raw HTML: allowed and reported by default; escaped with --no-html or html: false.
/** Scripts and on… handlers in the slides of a page, as a browser's parser sees them. */
const liveCode = (page: string) => {
  const { document } = parseHTML(page);
  const slides = document.querySelector('.slides');
  expect(slides).not.toBeNull();
  return [...slides!.querySelectorAll('script')].map((s: any) => s.outerHTML).concat(
    [...slides!.querySelectorAll('*')].flatMap((el: any) => [...el.attributes].filter((a: any) => /^on/i.test(a.name)).map((a: any) => `${el.tagName} ${a.name}`)),
  );
};
/** The deck's alert(9) as live code in any page of dist/ (slides, reading view, indexes). */
const liveAlertAnywhere = (run: Parameters<NonNullable<Probe['verify']>>[0]) =>
  [...run.dist].filter(([f]) => f.endsWith('.html')).flatMap(([file, content]) => {
    const { document } = parseHTML(content.toString('utf8'));
    const scripts = [...document.querySelectorAll('script')].filter((s: any) => s.textContent.includes('alert(9)')).map(() => `${file}: <script>`);
    const handlers = [...document.querySelectorAll('*')].flatMap((el: any) => [...el.attributes].filter((a: any) => /^on/i.test(a.name) && a.value.includes('alert(9)')).map((a: any) => `${file}: ${a.name}`));
    return [...scripts, ...handlers];
  });
const SCRIPT_DECK = body('## One\n\n<script>alert(9)</script>\n\n<img src="x.png" alt="x" onerror="alert(9)">\n\n<!-- .element: onclick="alert(9)" -->\n');
/** Every PDF the build wrote passes qpdf --check and carries `title` (pdfinfo reads it back). */
const soundPdfs = (title: string) => (run: Parameters<NonNullable<Probe['verify']>>[0]) => {
  const pdfs = [...run.dist].filter(([file]) => file.endsWith('.pdf'));
  expect(pdfs.length).toBe(2);
  for (const [file, bytes] of pdfs) {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-probe-')), 'x.pdf');
    fs.writeFileSync(tmp, bytes);
    expect(execFileSync('qpdf', ['--check', tmp], { encoding: 'utf8' }), file).toMatch(/No syntax or stream encoding errors/);
    const info = execFileSync('pdfinfo', [tmp], { encoding: 'utf8' });
    expect(info, file).toContain(title);
    // Finished on its bytes, not handed to pdf-lib because the edit could not read it.
    expect(info, file).toMatch(/Producer:\s+Lectern \(Chromium\)\n/);
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
};
const PDF_SYNTAX = ') >> endobj xref trailer %%EOF \\ ( (node12) <FEFF>';

const rawHtmlProbes: Probe[] = [
  // Deck text reaches Chromium's PDF, which Lectern then edits as bytes (export/pdf-read.ts): PDF syntax in a
  // title, a heading, alt text and a table header (a tagged one, with a node id) stays text.
  {
    name: 'PDF syntax in the title, headings, alt text and table headers, with a PDF and a handout',
    files: { 'decks/pic.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'), 'decks/a.md': deck(`subtitle: "${PDF_SYNTAX.replace(/\\/g, '\\\\')}"`, `# ${PDF_SYNTAX}\n\n## ${PDF_SYNTAX}\n\n![${PDF_SYNTAX}](pic.png)\n\n| ${PDF_SYNTAX} | b |\n|---|---|\n| 1 | 2 |\n`).replace('title: T', `title: "T ${PDF_SYNTAX.replace(/\\/g, '\\\\')}"`) },
    argv: ['build', '--format', 'pdf,handout'],
    exit: 0,
    verify: soundPdfs(`T ${PDF_SYNTAX}`),
  },
  // The handout's reprint reads the page's stylesheets (export/paper-styles.ts): never a device or a file elsewhere.
  { name: 'a <link> stylesheet to /dev/zero, with a handout', files: { 'decks/a.md': body('# Part\n\n## One\n\n<link rel="stylesheet" href="/dev/zero">\n\nText.\n') }, argv: ['build', '--format', 'html,handout'], exit: 0 },
  // A stylesheet is a file the page loads like an image: one out of the project is refused before anything prints.
  { name: 'a <link> stylesheet out of the project, with a handout', files: { 'decks/a.md': body('## One\n\n<link rel="stylesheet" href="../../../../../../etc/passwd">\n\nText.\n') }, argv: ['build', '--format', 'html,handout'], exit: 1, error: /^decks\/a\.md:7:\d+: error: file "\.\.\/.*etc\/passwd" is outside the project folder/ },
  { name: 'a <script> in a deck is a script warning', files: { 'decks/a.md': body('## One\n\n<script>alert(9)</script>\n') }, exit: 0, verify: warned('script') },
  { name: 'an onerror handler is a script warning', files: { 'decks/pic.png': 'png', 'decks/a.md': body('## One\n\n<img src="pic.png" alt="x" onerror="alert(9)">\n') }, exit: 0, verify: warned('script') },
  { name: 'a javascript: link in raw HTML is left out, with a warning', files: { 'decks/a.md': body('## One\n\n<a href="javascript:alert(9)">x</a>\n') }, exit: 0, verify: (run) => { warned('unsafe-url')(run); expect(deckPage(run)).not.toContain('javascript:'); } },
  {
    name: '--no-html shows raw HTML as text and drops attribute comments',
    files: { 'decks/x.png': 'png', 'decks/a.md': SCRIPT_DECK },
    argv: [...html, '--no-html'],
    exit: 0,
    verify: (run) => {
      const page = deckPage(run);
      const slides = page.slice(page.indexOf('class="slides"'), page.indexOf('<script', page.indexOf('class="slides"')));
      expect(slides).toContain('&lt;script&gt;alert(9)');
      expect(liveCode(page)).toEqual([]);
      expect(liveAlertAnywhere(run)).toEqual([]);
    },
  },
  { name: 'without --no-html the same deck keeps its raw HTML', files: { 'decks/x.png': 'png', 'decks/a.md': SCRIPT_DECK }, exit: 0, verify: (run) => {
    expect(liveCode(deckPage(run)).length).toBeGreaterThanOrEqual(3);
    expect(liveAlertAnywhere(run).length).toBeGreaterThanOrEqual(4);
  } },
  {
    name: 'html: false in a class file shows raw HTML as text',
    files: { 'decks/x.png': 'png', 'decks/a.md': SCRIPT_DECK, 'classes/c.yaml': klass('html: false') },
    exit: 0,
    verify: (run) => {
      expect(liveCode(deckPage(run, 'a', 'c'))).toEqual([]);
      expect(liveAlertAnywhere(run)).toEqual([]);
    },
  },
  { name: 'html: "no" in a class file', files: { 'classes/c.yaml': klass('html: "no"') }, exit: 1, error: /^classes\/c\.yaml:2:\d+: error: "html": expected boolean/ },
  {
    name: 'check reports (and blocks) a request to another host',
    files: { 'decks/a.md': body('## One\n\n<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">\n\nNote: a note.\n') },
    argv: ['check', 'a'],
    exit: 1,
    error: /^decks\/a\.md:7:\d+: error: the deck requests http:\/\/127\.0\.0\.1:9\/evil\.css when it loads.*\[network\]/,
  },
];

// 3. Never a stack trace, never a hang.
const regexProbes: Probe[] = [
  ...['(', '[', '(?<', 'a{2,1}', '\\'].map((sep): Probe => ({ name: `separator ${sep}`, files: { 'decks/a.md': deck(`separator: '${sep}'`) }, exit: 1, error: /^decks\/a\.md:3:\d+: error: separator .* is not a valid regular expression/ })),
  ...['^(a+)+$', '(a*)*b', '(.*)*x', '((ab)*)+c', '(x+x+)+y'].map((sep): Probe => ({ name: `catastrophic separator ${sep}`, files: { 'decks/a.md': deck(`separator: '${sep}'`) }, exit: 1, error: /^decks\/a\.md:3:\d+: error: separator .* exponential time/ })),
  { name: 'catastrophic vertical separator', files: { 'decks/a.md': deck("verticalSeparator: '^(a+)+$'") }, exit: 1, error: /^decks\/a\.md:3:\d+: error: verticalSeparator .* exponential/ },
  { name: 'invalid notes separator', files: { 'decks/a.md': deck("notesSeparator: '('") }, exit: 1, error: /^decks\/a\.md:3:\d+: error: notesSeparator .* not a valid/ },
  { name: 'separator with a back-reference', files: { 'decks/a.md': deck("separator: '(a)\\1'") }, exit: 1, error: /^decks\/a\.md:3:\d+: error: separator .* back-reference/ },
  { name: 'empty separator', files: { 'decks/a.md': deck("separator: ''") }, exit: 1, error: /^decks\/a\.md:3:\d+: error: separator "" is empty/ },
  { name: 'very long separator', files: { 'decks/a.md': deck(`separator: '${'a'.repeat(300)}'`) }, exit: 1, error: /^decks\/a\.md:3:\d+: error: separator .* longer than/ },
  ...['(x|x)*y', '(x|xx)+y', '(\\w|x)*!'].map((sep): Probe => ({ name: `slow separator ${sep} (past the star-height check)`, files: { 'decks/a.md': deck(`separator: '${sep}'`, `${'x'.repeat(60)}\n`) }, exit: 1, error: /^decks\/a\.md:3:\d+: error: the separators take more than 2 s to split this deck/ })),
  { name: 'a plain separator still works', files: { 'decks/a.md': deck("separator: '^\\n---\\n$'", 'First\n\n---\n\nSecond\n') }, exit: 0 },
];

const yamlProbes: Probe[] = [
  { name: 'alias bomb in front matter', files: { 'decks/a.md': `---\ntitle: T\n${ALIAS_BOMB}\n---\n\n## One\n` }, exit: 1, error: /^decks\/a\.md:2:1: error: invalid YAML: .*alias/i },
  { name: 'alias bomb in a class file', files: { 'classes/c.yaml': `name: C\n${ALIAS_BOMB}\n` }, exit: 1, error: /^classes\/c\.yaml:1:1: error: invalid YAML: .*alias/i },
  { name: 'undefined alias', files: { 'decks/a.md': deck('tags: *nothing') }, exit: 1, error: /^decks\/a\.md:\d+:\d+: error: invalid YAML: Unresolved alias/ },
  { name: 'duplicate key', files: { 'decks/a.md': deck('theme: dark\ntheme: light') }, exit: 1, error: /^decks\/a\.md:4:\d+: error: invalid YAML/ },
  { name: 'a JS type tag', files: { 'decks/a.md': deck('subtitle: !!js/function "function(){}"') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: invalid YAML: Unresolved tag/ },
  { name: 'theme named __proto__', files: { 'decks/a.md': deck('theme: __proto__') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: unknown theme "__proto__"/ },
  { name: 'theme named ../../etc', files: { 'decks/a.md': deck('theme: ../../etc') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: unknown theme/ },
  { name: 'revealOptions __proto__ pollution', files: { 'decks/a.md': deck('revealOptions: { __proto__: { polluted: 1 } }') }, exit: 0, verify: () => expect(({} as any).polluted).toBeUndefined() },
  { name: 'class vars __proto__', files: { 'classes/c.yaml': klass('vars: { __proto__: "x" }') }, exit: 0, verify: () => expect(({} as any).x).toBeUndefined() },
  { name: 'front matter is a list', files: { 'decks/a.md': '---\n- a\n- b\n---\n\n## One\n' }, exit: 1, error: /^decks\/a\.md:2:1: error: front matter must be/ },
  { name: 'front matter never closed', files: { 'decks/a.md': '---\ntitle: T\n\n## One\n' }, exit: 1, error: /^decks\/a\.md:1:1: error: front matter opened/ },
  { name: 'class file is a scalar', files: { 'classes/c.yaml': 'just text\n' }, exit: 1, error: /^classes\/c\.yaml:1:1: error: a class file is a list/ },
  { name: 'title is a nested map', files: { 'decks/a.md': deck('subtitle: { a: { b: 1 } }') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "subtitle"/ },
];

const fileProbes: Probe[] = [
  { name: 'decks/x/index.md is a folder (no deck there)', files: { 'decks/x/index.md': { dir: true } }, exit: 0, verify: warned('not-a-deck') },
  { name: 'class file is a folder', files: { 'classes/c.yaml': { dir: true } }, exit: 1, error: /^classes\/c\.yaml: error: is a folder/ },
  { name: 'broken theme.json', files: { 'templates/layouts': { dir: true }, 'templates/themes/light/theme.json': '{ "fonts": ', 'templates/themes/light/theme.css': '' }, exit: 1, error: /^templates\/themes\/light\/theme\.json:1:\d+: error: invalid JSON/ },
  { name: 'theme.json without fonts', files: { 'templates/layouts': { dir: true }, 'templates/themes/light/theme.json': '{}', 'templates/themes/light/theme.css': '' }, exit: 1, error: /^templates\/themes\/light\/theme\.json: error: theme\.json needs/ },
  { name: '--out a deck file', argv: ['build', '--format', 'html', '--out', 'decks/a.md'], exit: 1, error: /^decks\/a\.md: error: --out \S*decks\/a\.md is a file/ },
  { name: '--out the project', argv: ['build', '--format', 'html', '--out', '.'], exit: 1, error: /^\S+: error: --out \S+ is the project folder/ },
  { name: '--out a folder of someone else\'s files', argv: ['build', '--format', 'html', '--out', 'decks'], exit: 1, error: /^decks: error: \S*decks already holds files that Lectern did not write/ },
  { name: 'deck with NUL bytes', files: { 'decks/a.md': Buffer.from('---\ntitle: T\n---\n\0\0\0') }, exit: 1, error: /^decks\/a\.md: error: not a text file/ },
  { name: 'deck that is not UTF-8', files: { 'decks/a.md': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) }, exit: 1, error: /^decks\/a\.md: error: not a text file/ },
  { name: 'deck over the size limit', files: { 'decks/a.md': body(`## Big\n\n${'word '.repeat(1_200_000)}\n`) }, exit: 1, error: /^decks\/a\.md:1:1: error: the deck is 5.7 MB; Lectern reads decks up to 2 MB \(split it into several decks, or raise the limit with --max-deck-size\)$/ },
  { name: 'deeply nested quotes', files: { 'decks/a.md': body(`## Deep\n\n${'>'.repeat(3000)} text\n`) }, exit: 1, error: /^decks\/a\.md:\d+:1: error: quotes nested 3,000 deep, too deep to render: flatten them/ },
  { name: 'thousands of unclosed <div>s', files: { 'decks/a.md': body(`## Deep\n\n${'<div>'.repeat(30_000)}\n`) }, exit: 1, error: /^decks\/a\.md:\d+:1: error: HTML elements nested 30,000 deep, too deep to render: flatten them/ },
  { name: 'moderately nested quotes are fine', files: { 'decks/a.md': body(`## Deep\n\n${'>'.repeat(50)} text\n`) }, exit: 0 },
  { name: 'deeply nested lists', files: { 'decks/a.md': body(`## Deep\n\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`) }, exit: 0 },
  { name: 'unclosed comment', files: { 'decks/a.md': body('## One\n\n<!-- oops\n\n## Two\n\nText\n') }, exit: 1, error: /^decks\/a\.md:7:1: error: HTML comment "<!--" is never closed/ },
  { name: 'unclosed comment after a closed one', files: { 'decks/a.md': body('## One\n\nA <!-- fine --> B <!-- oops\n') }, exit: 1, error: /^decks\/a\.md:7:19: error: HTML comment/ },
  { name: 'unclosed backtick fence', files: { 'decks/a.md': body('## One\n\n```js\nlet x;\n\n## Two\n') }, exit: 1, error: /^decks\/a\.md:7:1: error: code fence "```" is never closed/ },
  { name: 'unclosed tilde fence', files: { 'decks/a.md': body('## One\n\n~~~~\ncode\n~~~\n') }, exit: 1, error: /^decks\/a\.md:7:1: error: code fence "~~~~" is never closed/ },
  { name: 'comment opener inside a fence is code', files: { 'decks/a.md': body('## One\n\n```html\n<!-- not closed here\n```\n') }, exit: 0 },
  { name: 'comment opener in inline code is code', files: { 'decks/a.md': body('## One\n\nWrite `<!--` to start a comment.\n') }, exit: 0 },
];

// 6. Collisions are errors, not silent losses.
const collisionProbes: Probe[] = [
  { name: 'deck ...md (slug ..)', files: { 'decks/...md': body('## X\n') }, exit: 1, error: /^decks\/\.\.\.md: error: deck name "\.\." cannot be/ },
  { name: 'hidden deck .x.md', files: { 'decks/.x.md': body('## X\n') }, exit: 1, error: /^decks\/\.x\.md: error: deck name/ },
  { name: 'deck a#b?c.md', files: { 'decks/a#b?c.md': body('## X\n') }, exit: 1, error: /^decks\/a#b\?c\.md: error: deck name "a#b\?c" cannot be/ },
  { name: 'deck 100%.md', files: { 'decks/100%.md': body('## X\n') }, exit: 1, error: /^decks\/100%\.md: error: deck name/ },
  { name: 'zz.md and zz/index.md', files: { 'decks/zz.md': body('## X\n'), 'decks/zz/index.md': body('## Y\n') }, exit: 1, error: /^decks\/zz(\.md|\/index\.md): error: deck name "zz" is taken twice/ },
  { name: 'zz.md and zz.markdown', files: { 'decks/zz.md': body('## X\n'), 'decks/zz.markdown': body('## Y\n') }, exit: 1, error: /^decks\/zz\.(md|markdown): error: deck name "zz" is taken twice/ },
  { name: 'Zz.md and zz.md', files: { 'decks/Zz.md': body('## X\n'), 'decks/zz.md': body('## Y\n') }, exit: 1, error: /error: deck name "[Zz]z" is taken twice/ },
  { name: 'x.yaml and x.yml', files: { 'classes/x.yaml': klass(''), 'classes/x.yml': klass('') }, exit: 1, error: /^classes\/x\.yml: error: class "x" is defined twice/ },
  { name: 'class named assets', files: { 'classes/assets.yaml': klass('') }, exit: 1, error: /^classes\/assets\.yaml: error: a class cannot be called "assets"/ },
  { name: 'class file name with a dot-dot', files: { 'classes/..yaml': klass('') }, exit: 1, error: /^classes\/\.\.yaml: error: class file name/ },
  { name: 'size 9999x9999', files: { 'decks/a.md': deck('size: 9999x9999') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "size": width must be 320–4096/ },
  { name: 'size 10x10', files: { 'decks/a.md': deck('size: 100x100') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "size"/ },
  { name: 'size as a huge object', files: { 'decks/a.md': deck('size: { width: 100000, height: 720 }') }, exit: 1, error: /^decks\/a\.md:3:\d+: error: "size/ },
  {
    name: '## {only=advanced} is attributes, not a title',
    files: { 'classes/c.yaml': klass('audience: [beginner]'), 'decks/a.md': body('## Shown\n\nFor all.\n\n## {only=advanced}\n\nSecret advanced text.\n') },
    exit: 0,
    verify: (run) => {
      const page = deckPage(run, 'a', 'c');
      expect(page).not.toContain('{only=advanced}');
      expect(page).not.toContain('Secret advanced text');
    },
  },
  { name: 'attribute with an escaped quote', files: { 'decks/a.md': body('## One {data-x="a\\"b"}\n\nText\n') }, exit: 0, verify: (run) => expect(deckPage(run)).toMatch(/data-x="a(&quot;|&#34;)b"/) },
  { name: 'attribute value with markup', files: { 'decks/a.md': body('## One {data-x="\\"><script>alert(8)</script>"}\n\nText\n') }, exit: 0, verify: noLiveScript('alert(8)') },
  { name: 'new --title with a trailing backslash', argv: ['new', 'qq', '--title', 'a\\'], exit: 0, writes: /^decks/ },
  { name: 'new --title with quotes and a newline', argv: ['new', 'qq', '--title', '"x"\n\'y\' #z: w'], exit: 0, writes: /^decks/ },
];

// 3/6. Faults while writing dist/: one line naming the file, dist/ as it was.
const isStaging = (file: string) => /dist\.staging-/.test(file);
const faultProbes: Probe[] = [
  ...['ENOSPC', 'EFBIG', 'EDQUOT', 'EACCES', 'EROFS', 'EIO'].map((code): Probe => ({
    name: `writing a page fails with ${code}`,
    fault: failing('writeFileSync', code, (f) => isStaging(f) && f.endsWith('index.html')),
    exit: 1,
    error: code === 'EIO' ? /^lectern build: error: .*EIO/ : new RegExp(`^dist\\.staging-[^:]+index\\.html: error: .*\\[${code}\\]`),
  })),
  ...['ENOSPC', 'EMFILE', 'EPERM'].map((code): Probe => ({
    name: `copying an asset fails with ${code}`,
    fault: failingCopy(code, isStaging),
    exit: 1,
    error: new RegExp(`^dist\\.staging-\\S+: error: .*\\[${code}\\]`),
  })),
  ...['EBUSY', 'EXDEV', 'EACCES', 'EPERM', 'ENOTEMPTY'].map((code): Probe => ({
    name: `the commit rename fails with ${code}`,
    fault: failing('renameSync', code, isStaging),
    exit: 1,
    error: new RegExp(`: error: .*\\[${code}\\]`),
  })),
  ...['EACCES', 'EROFS', 'ENOSPC'].map((code): Probe => ({
    name: `creating the staging folder fails with ${code}`,
    fault: failing('mkdirSync', code, isStaging),
    exit: 1,
    error: new RegExp(`^dist\\.staging-\\S+: error: .*\\[${code}\\]`),
  })),
];

// 4. Left-overs of killed runs, and the lock.
const leftoverProbes: Probe[] = [
  { name: 'another build holds the lock', files: { 'dist.lock': '1' }, exit: 1, error: /^dist: error: another build is running into this folder \(process 1\)/, writes: /^dist\.lock$/ },
  { name: 'a dead build\'s lock is taken over', files: { 'dist.lock': '999999999' }, exit: 0, writes: /^dist\.lock$/, verify: (run) => expect(fs.existsSync(path.join(run.root, 'dist.lock'))).toBe(false) },
  { name: 'a dead build\'s staging folder is swept', files: { 'dist.staging-999999999-x/junk.html': 'junk' }, exit: 0, writes: /^dist\.staging/, verify: (run) => expect(fs.existsSync(path.join(run.root, 'dist.staging-999999999-x'))).toBe(false) },
  { name: 'a dead build\'s old dist is swept', files: { 'dist.old-999999999-x/junk.html': 'junk' }, exit: 0, writes: /^dist\.old/, verify: (run) => expect(fs.existsSync(path.join(run.root, 'dist.old-999999999-x'))).toBe(false) },
  { name: 'a dist/ lost between the renames comes back', noPreviousDist: true, files: { 'dist.old-999999999-x/manifest.json': '{"generatedAt":"x","generator":"lectern","classes":[]}', 'dist.old-999999999-x/kept.txt': 'kept' }, argv: ['build', '--format', 'html', '--deck', 'a'], exit: 0, writes: /^dist\.old/, verify: (run) => expect(run.dist.get('kept.txt')?.toString()).toBe('kept') },
  {
    name: 'a --deck build swaps the deck folder whole and keeps files only the old one had',
    files: { 'dist/default/a/index.html': 'old page', 'dist/default/a/a.pdf': 'old pdf', 'dist/default/other/index.html': 'other deck' },
    argv: [...html, '--deck', 'a'],
    exit: 0,
    verify: (run) => {
      expect(deckPage(run)).toContain('Some text.');
      expect(run.dist.get(path.join('default', 'a', 'a.pdf'))?.toString()).toBe('old pdf');
      expect(run.dist.get(path.join('default', 'other', 'index.html'))?.toString()).toBe('other deck');
      expect([...run.dist.keys()].filter((k) => k.includes('.old'))).toEqual([]);
    },
  },
];

// Command lines with hostile values.
const argvProbes: Probe[] = [
  { name: '--deck ../../etc/passwd', argv: [...html, '--deck', '../../etc/passwd'], exit: 2, error: /^lectern build: error: unknown deck/ },
  { name: '--deck ..', argv: [...html, '--deck', '..'], exit: 2, error: /^lectern build: error: unknown deck/ },
  { name: '--class ../x', argv: [...html, '--class', '../x'], exit: 2, error: /^lectern build: error: unknown class/ },
  { name: '--theme ../../x', argv: [...html, '--theme', '../../x'], exit: 1, error: /error: unknown theme "\.\.\/\.\.\/x"/ },
  { name: '--theme constructor', argv: [...html, '--theme', 'constructor'], exit: 1, error: /error: unknown theme "constructor"/ },
  { name: '--concurrency -1', argv: [...html, '--concurrency=-1'], exit: 2, error: /^lectern build: error: --concurrency/ },
  { name: '--format with a path', argv: ['build', '--format', '../pdf'], exit: 2, error: /^lectern build: error: unknown format/ },
  { name: 'check --format evil', argv: ['check', '--format', 'evil'], exit: 2, error: /^lectern check: error: unknown format/ },
  { name: 'new ../escape', argv: ['new', '../escape'], exit: 2, error: /^lectern new: error: "\.\.\/escape" is not a deck name/ },
  { name: 'new /etc/x', argv: ['new', '/etc/x'], exit: 2, error: /^lectern new: error: "\/etc\/x" is not a deck name/ },
];

export const probes: Probe[] = [
  ...logoProbes,
  ...imageProbes,
  ...linkProbes,
  ...fontProbes,
  ...escapeProbes,
  ...rawHtmlProbes,
  ...regexProbes,
  ...yamlProbes,
  ...fileProbes,
  ...collisionProbes,
  ...faultProbes,
  ...leftoverProbes,
  ...argvProbes,
];
