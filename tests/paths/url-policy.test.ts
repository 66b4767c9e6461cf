// The URL policy on strings: what a browser would read from an attribute, and whether a page may carry it.
import { describe, expect, it } from 'vitest';
import { browserUrl, isExternalUrl, isSafeUrl, isWebUrl, urlProblem, urlScheme } from '../../src/paths/url-policy.js';
import { scrubHtmlUrls } from '../../src/render/scrub-html-urls.js';
import { isOwnMarkup } from '../../src/render/own-markup.js';
import { isOutputPath } from '../../src/write/manifest-shape.js';

const SCRIPTS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001\u0010javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav&#x61;script:alert(1)',
  'jav&#97;script:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  'javascript&colon;alert(1)',
  'java&Tab;script:alert(1)',
  'java&NewLine;script:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:x',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:application/xhtml+xml,x',
];

describe('url policy', () => {
  it.each(SCRIPTS)('refuses %j as a link and as an image', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(false);
    expect(isSafeUrl(url, 'image')).toBe(false);
    expect(urlProblem(url)).toMatch(/^"[\s\S]*" (runs a script|is a data: URL that is not an image|uses the \w+: scheme)$/);
  });

  it.each(['https://example.org/x', 'HTTP://example.org', 'mailto:a@b.org', 'tel:+441234', 'x.html', '../a/b.pdf', '#slide', '#/2', '/site/path', '//cdn.example/x.png', 'notes.txt?x=1#y', '%20javascript:alert(1)', 'java%09script:x', ''])('lets %j through', (url) => {
    expect(isSafeUrl(url)).toBe(true);
    expect(urlProblem(url)).toBeUndefined();
  });

  it('leaves file: URLs to the project boundary, which stops the build with an error instead of dropping them', () => {
    expect(isSafeUrl('file:///etc/passwd', 'link')).toBe(true);
    expect(isSafeUrl('FILE:///etc/passwd', 'image')).toBe(true);
  });

  it('draws image data: URLs but never navigates to an SVG one', () => {
    expect(isSafeUrl('data:image/png;base64,AAAA', 'image')).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AAAA', 'link')).toBe(true);
    expect(isSafeUrl('data:image/svg+xml,<svg onload=alert(1)>', 'image')).toBe(true);
    expect(isSafeUrl('data:image/svg+xml,<svg onload=alert(1)>', 'link')).toBe(false);
  });

  it('reads a URL as a browser does', () => {
    expect(browserUrl('  jav&#x61;\tscript&colon;x \n')).toBe('javascript:x');
    expect(urlScheme('JAVA\nSCRIPT:x')).toBe('javascript');
    expect(urlScheme('x/y:z')).toBeUndefined();
    expect(urlScheme('#a:b')).toBeUndefined();
  });

  it('answers "is this a file of the project?" once for every caller', () => {
    for (const url of ['https://x.org', 'mailto:a', 'data:image/png,x', 'javascript:x', '//host/x', '\\\\host\\x', 'ftp://x']) expect(isExternalUrl(url), url).toBe(true);
    for (const url of ['x.png', '../x.png', '/x.png', '#x', 'a/b/../x']) expect(isExternalUrl(url), url).toBe(false);
    expect(isWebUrl('https://x.org')).toBe(true);
    expect(isWebUrl('//x.org/y')).toBe(true);
    expect(isWebUrl('mailto:a')).toBe(false);
  });
});

describe('raw HTML scrubbing', () => {
  it('takes unsafe URL attributes out of tags, quoted, unquoted, entity-encoded and slash-separated', () => {
    const { html, refused } = scrubHtmlUrls('<a href="javascript:alert(1)">a</a><a/href=javascript:alert(2)>b</a><iframe src=\'jav&#x61;script:alert(3)\'></iframe><form action="vbscript:x"><button formaction="data:text/html,x">go</button></form><img src="x.png" alt="a > b">');
    expect(refused).toEqual(['javascript:alert(1)', 'javascript:alert(2)', 'jav&#x61;script:alert(3)', 'vbscript:x', 'data:text/html,x']);
    expect(html).not.toMatch(/script:|data:text/);
    expect(html).toContain('<img src="x.png" alt="a > b">');
  });

  it('takes script URLs out of SVG links', () => {
    const { html, refused } = scrubHtmlUrls('<svg><a xlink:href="javascript:alert(1)"><rect/></a></svg>');
    expect(refused).toEqual(['javascript:alert(1)']);
    expect(html).toMatch(/^<svg><a\s*><rect\/><\/a><\/svg>$/);
  });

  it('keeps safe attributes as written', () => {
    const text = '<a href="https://x.org" title="javascript:ok">x</a><section data-background-iframe="https://x.org/embed">';
    expect(scrubHtmlUrls(text)).toEqual({ html: text, refused: [] });
  });
});

describe("Lectern's own markup under --no-html", () => {
  it('knows the Marp shapes', () => {
    expect(isOwnMarkup('<img src="x.png" alt="a cat" style="width:200px">')).toBe(true);
    expect(isOwnMarkup('<div class="marp-bgs" aria-hidden="true"><img class="marp-bg" src="x.png" alt="" style="object-fit:cover"></div>\n')).toBe(true);
    expect(isOwnMarkup('<header class="marp-header">\n')).toBe(true);
    expect(isOwnMarkup('</footer>')).toBe(true);
  });

  it('refuses anything an author could use to load a file or run code', () => {
    expect(isOwnMarkup('<img src="x.png" alt="" style="background:url(/etc/passwd)">')).toBe(false);
    expect(isOwnMarkup('<img src="x.png" alt="" style="width:1px" onerror="alert(1)">')).toBe(false);
    expect(isOwnMarkup('<header class="marp-header"><script>alert(1)</script>')).toBe(false);
    expect(isOwnMarkup('<header class="marp-header" onclick="alert(1)">')).toBe(false);
    expect(isOwnMarkup('<img src="x.png" alt="" style="width:1px">\n<script>alert(1)</script>')).toBe(false);
  });
});

describe('manifest paths', () => {
  it('are plain relative paths inside the output folder', () => {
    for (const p of ['default/a/index.html', 'c/a.html']) expect(isOutputPath(p), p).toBe(true);
    for (const p of ['javascript:alert(1)', 'default/javascript:alert(1)', 'https://evil.example/', '//evil.example', '/etc/passwd', '../x.html', 'a/../../x', 'a\u0000b', '', 42]) expect(isOutputPath(p), String(p)).toBe(false);
  });
});
