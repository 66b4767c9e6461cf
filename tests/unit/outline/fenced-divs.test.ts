// Fenced divs: Pandoc's matching of openers and closers, the HTML each kind becomes, notes taken off the slide,
// and unclosed or malformed fences as warnings (shown as text, as Pandoc shows them).
import { describe, expect, it } from 'vitest';
import { classifyLine, parseDivAttributes } from '../../../src/outline/div-fence.js';
import { insideDivs, scanDivs, MAX_DIV_DEPTH } from '../../../src/outline/div-scan.js';
import { divOpenTag, fencedDivProblems, renderFencedDivs } from '../../../src/outline/fenced-divs.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { deckFromText, pageFromText } from '../deck-text.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const html = (text: string, options = {}) => renderMarkdown(renderFencedDivs(lines(text)).body.map((l) => l.text).join('\n'), options).replace(/\n/g, '');

describe('one fence line', () => {
  it('reads openers with a word, with braces, with trailing colons, and closers', () => {
    expect(classifyLine('::: columns')).toMatchObject({ kind: 'open', attributes: { classes: ['columns'] } });
    expect(classifyLine(':::: {.column width="40%"} ::::')).toMatchObject({ kind: 'open', attributes: { classes: ['column'], pairs: [['width', '40%']] } });
    expect(classifyLine('::: {#intro .callout-note title="A \\"quoted\\" title"}')).toMatchObject({ kind: 'open', attributes: { id: 'intro', classes: ['callout-note'], pairs: [['title', 'A "quoted" title']] } });
    expect(classifyLine(':::notes')).toMatchObject({ kind: 'open', attributes: { classes: ['notes'] } });
    expect(classifyLine(':::::   ')).toEqual({ kind: 'close' });
    expect(classifyLine('. . .')).toEqual({ kind: 'pause' });
    expect(classifyLine('::: {.absolute top="10%"')).toMatchObject({ kind: 'open-continued' });
    for (const text of [':: x', '::: two words', '::: {.a', '::: {.a} b', 'text ::: x', '::: {x="unterminated}']) expect(classifyLine(text).kind, text).not.toBe('open');
  });

  it('parses attribute lists in one pass, refusing unterminated quotes', () => {
    expect(parseDivAttributes('.fragment .fade-up fragment-index=2')).toEqual({ classes: ['fragment', 'fade-up'], pairs: [['fragment-index', '2']] });
    expect(parseDivAttributes('style="a" -')).toEqual({ classes: [], pairs: [['style', 'a']] });
    expect(parseDivAttributes('dplyr')).toBeUndefined();
    expect(parseDivAttributes('x="no end')).toBeUndefined();
    // Past the bound, a list of attributes is no list (npm run bench:input times the hostile classes).
    expect(parseDivAttributes('.a '.repeat(1000))).toBeUndefined();
  });
});

describe('matching openers and closers', () => {
  it('closes the innermost div, leaves an unclosed opener and a stray closer as text, skips fenced code', () => {
    const { roles, problems } = scanDivs(['::: a', '::: b', 'x', ':::', '```', ':::', '```', ':::', ':::', '::: never']);
    expect(roles.map((r) => r.kind)).toEqual(['open', 'open', 'text', 'close', 'code', 'code', 'code', 'close', 'text', 'text']);
    expect(problems.map((p) => [p.index, p.message.slice(0, 30)])).toEqual([
      [8, 'closing ":::" with no fenced d'],
      [9, 'fenced div "::: never" is neve'],
    ]);
  });

  it('reads attributes that run over several lines', () => {
    const { roles } = scanDivs(['::: {.absolute left="55%" style="font-size:1.8em;', '  padding: 0.5em;"}', 'Be brave', ':::']);
    expect(roles.map((r) => r.kind)).toEqual(['open', 'attributes', 'text', 'close']);
    expect(roles[0]).toMatchObject({ attributes: { classes: ['absolute'], pairs: [['left', '55%'], ['style', 'font-size:1.8em;\n  padding: 0.5em;']] } });
  });

  it('nests at most MAX_DIV_DEPTH deep', () => {
    const deep = [...Array.from({ length: MAX_DIV_DEPTH + 2 }, () => '::: a'), ...Array.from({ length: MAX_DIV_DEPTH + 2 }, () => ':::')];
    const { problems } = scanDivs(deep);
    expect(problems.some((p) => p.message.includes(`more than ${MAX_DIV_DEPTH} deep`))).toBe(true);
  });

  it('marks lines inside closed divs only', () => {
    expect(insideDivs(['::: a', '## h', ':::', '## k', '::: b', '## m'])).toEqual([false, true, false, false, false, false]);
  });
});

describe('the HTML of each kind', () => {
  it('columns as Pandoc and Quarto write them, with Markdown inside', () => {
    expect(html('::: columns\n::: {.column width="40%"}\n- a\n:::\n::: {.column width="60%"}\n**b**\n:::\n:::')).toBe(
      '<div class="columns"><div class="column" style="width:40%;"><ul><li>a</li></ul></div><div class="column" style="width:60%;"><p><strong>b</strong></p></div></div>',
    );
  });

  it('callouts with a title from the attribute, a heading, or the kind', () => {
    expect(html('::: {.callout-tip}\n## Mind\nbody\n:::')).toBe('<div class="callout callout-tip"><div class="callout-title"><p>Mind</p></div><div class="callout-body"><p>body</p></div></div>');
    expect(html('::: {.callout-note title="Hi" appearance="simple"}\nx\n:::')).toContain('<div class="callout callout-note callout-simple" data-appearance="simple"><div class="callout-title"><p>Hi</p>');
    expect(html('::: callout-warning\nx\n:::')).toContain('<p>Warning</p>');
  });

  it('pauses wrap what follows in fragments; fragments keep their classes and index', () => {
    expect(html('a\n\n. . .\n\nb\n\n. . .\n\nc')).toBe('<p>a</p><div class="fragment"><p>b</p></div><div class="fragment"><p>c</p></div>');
    expect(html('::: {.fragment .fade-up fragment-index=2}\nx\n:::')).toBe('<div class="fragment fade-up" data-fragment-index="2"><p>x</p></div>');
    // Inside a div a pause is text, as in Pandoc.
    expect(html('::: column\na\n\n. . .\n:::')).toContain('<p>a</p><p>. . .</p>');
  });

  it('places .absolute boxes and keeps only harmless styles', () => {
    expect(divOpenTag({ classes: ['absolute'], pairs: [['top', '-10%'], ['left', '200'], ['width', 'calc(1px)']] })).toBe('<div class="absolute" style="top:-10%; left:200px;">');
    expect(divOpenTag({ classes: ['x'], pairs: [['style', 'background:url(x.png)']] })).toBe('<div class="x">');
    expect(divOpenTag({ classes: ['x" onclick="y', 'ok'], id: 'a"b', pairs: [['on"x', '1'], ['k', '"><script>']] })).toBe('<div class="ok" data-k="&#34;&#62;&#60;script&#62;">');
  });

  it('takes ::: notes off the slide into the notes', () => {
    const out = renderFencedDivs(lines('text\n\n::: notes\nSay *this*\n:::\n\n:::notes\nand that\n:::'));
    expect(out.body.map((l) => l.text).join('\n').trim()).toBe('text');
    expect(out.notes).toBe('Say *this*\n\nand that');
  });

  it('survives --no-html as Lectern markup, while an author\'s raw HTML is escaped', () => {
    const text = '::: {.columns}\n::: {.column width="50%"}\na\n:::\n:::\n\n<span onclick="x">raw</span>';
    const out = html(text, { html: false });
    expect(out).toContain('<div class="columns"><div class="column" style="width:50%;"><p>a</p></div></div>');
    expect(out).toContain('&#60;span onclick');
  });
});

describe('in every dialect, through the deck model', () => {
  it('an outline slide gets columns, notes and no (cont.) split; a heading inside a callout does not start a slide', () => {
    const { deck } = deckFromText(`---\ntitle: T\n---\n\n## Cols\n\n::: columns\n::: column\n${'- item\n'.repeat(20)}:::\n:::\n\n::: notes\nspoken\n:::\n\n## Call\n\n::: {.callout-note}\n## Inside\nx\n:::\n`);
    expect(deck.slides.map((s) => s.title)).toEqual(['T', 'Cols', 'Call']);
    expect(deck.slides[1]!.notes).toBe('spoken');
    expect(deck.slides[1]!.body).toContain('<div class="columns">');
  });

  it('a reveal.js deck and a Marp deck read them too', () => {
    const reveal = deckFromText('---\ntitle: R\nseparator: "^---$"\n---\n\n# One\n\n::: notes\nrevealnote\n:::\n\n---\n\n# Two\n');
    expect(reveal.deck.slides.some((s) => s.notes === 'revealnote')).toBe(true);
    const marp = deckFromText('---\nmarp: true\n---\n\n# One\n\n::: columns\n::: column\na\n:::\n:::\n');
    expect(marp.deck.slides[0]!.body).toContain('<div class="column">');
  });

  it('an unclosed fence is a warning at its line with the rule id, once', () => {
    const { parsed } = deckFromText('---\ntitle: T\n---\n\n## A\n\n:::\n\n## B\n\n::: columns\ntext\n');
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity} [${d.rule}]`)).toEqual(['7:1: warning [fenced-div]', '11:1: warning [fenced-div]']);
    expect(fencedDivProblems(lines(':::\n'.repeat(1000)), 'f').length).toBe(3);
  });

  it('incremental divs reveal their top-level items; nonincremental ones keep a deck-wide incremental off', () => {
    const { document } = pageFromText('---\ntitle: T\n---\n\n## B\n\n::: incremental\n- p\n  - q\n:::\n');
    const all = pageFromText('---\ntitle: T\nincremental: true\n---\n\n## A\n\n::: nonincremental\n- x\n- y\n:::\n\n- z\n');
    expect([...all.document.querySelectorAll('section#a li')].map((li: any) => li.classList.contains('fragment'))).toEqual([false, false, true]);
    expect([...document.querySelectorAll('section#b li')].map((li: any) => li.classList.contains('fragment'))).toEqual([true, false]);
  });
});
