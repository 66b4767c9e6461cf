// The input classes of issue 27 that once took quadratic time, as deck generators: `count` repeats of one unit.
export interface InputClass {
  name: string;
  /** What the deck holds, for the table. */
  what: string;
  /** The count the issue reported slow; the bench runs a quarter, a half and all of it, unless `sizes` says. */
  count: number;
  /** Counts to run instead (where the count is past a documented limit: sizes below it, then it). */
  sizes?: number[];
  deck: (count: number) => string;
}

const deck = (body: string) => `---\ntitle: Input\n---\n\n## One\n\n${body}`;

export const inputClasses: InputClass[] = [
  { name: 'autolinks', what: 'unclosed `<http://` openers', count: 5_000, deck: (n) => deck('<http://'.repeat(n) + '\n') },
  { name: 'table', what: 'table rows', count: 20_000, deck: (n) => deck('| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(n)) },
  { name: 'formula', what: 'terms of one display formula', count: 20_000, sizes: [1_000, 2_000, 4_000, 20_000], deck: (n) => deck('$$\n' + 'x+'.repeat(n) + 'y\n$$\n') },
  { name: 'list', what: 'items of a flat list', count: 40_000, deck: (n) => deck('- item\n'.repeat(n)) },
  { name: 'comments', what: 'HTML comments in a paragraph', count: 5_000, deck: (n) => deck('text ' + '<!-- c -->'.repeat(n) + ' end\n') },
  { name: 'dollars', what: 'unclosed `$a` openers', count: 300_000, deck: (n) => deck('$a '.repeat(n) + '\n') },
  { name: 'code spans', what: 'unclosed code-span openers', count: 300_000, deck: (n) => deck('`a '.repeat(n) + '\n') },
  { name: 'references', what: 'reference links to missing files (each a broken-link error at its definition)', count: 20_000, deck: (n) => deck(Array.from({ length: n }, (_, i) => `[l${i}]`).join(' ') + '\n\n' + Array.from({ length: n }, (_, i) => `[l${i}]: x${i}.html`).join('\n') + '\n') },
  { name: 'fences', what: 'fenced code blocks', count: 100_000, deck: (n) => deck('```\nx\n```\n\n'.repeat(n)) },
  { name: 'slides', what: 'slides', count: 100_000, sizes: [2_000, 4_000, 8_000, 100_000], deck: (n) => deck(Array.from({ length: n }, (_, i) => `## S${i}\n\nt\n`).join('\n')) },
  { name: 'fenced divs', what: 'two-column fenced divs', count: 30_000, deck: (n) => deck('::: columns\n::: {.column width="40%"}\nx\n:::\n::: column\ny\n:::\n:::\n\n'.repeat(n)) },
  { name: 'unclosed divs', what: 'unclosed `::: {.a` openers and stray closers', count: 90_000, deck: (n) => deck('::: {.a b="\n:::\n::: x\n'.repeat(n)) },
  { name: 'quarto', what: 'Quarto slides with a hidden cell, a shortcode, attributes, an image', count: 8_000, deck: (n) => `---\ntitle: Input\nformat: revealjs\n---\n\n` + '## S {.smaller background-color="#222222"}\n\n```{r echo=FALSE}\nx\n```\n\n{{< fa x >}} ![a](b.png){width="50%"} [s]{.c}\n\n'.repeat(n) },
  { name: 'code', what: 'lines of one code block (4 MB)', count: 220_000, sizes: [27_500, 55_000, 110_000, 220_000], deck: (n) => deck('```js\n' + 'const a = 1; // x\n'.repeat(n) + '```\n') },
];
