// A deck file → front matter, its dialect, slide sources and attributes: everything that does not depend on the class.
import path from 'node:path';
import { error, fileWarning, hasErrors, type Diagnostic } from '../diagnostics.js';
import type { FrontMatter } from '../config/schema.js';
import { readFrontMatter } from './front-matter.js';
import type { SlideAttributes } from './attributes.js';
import type { SlideSource } from './source.js';
import { dialectOf, type DialectName } from './dialects/index.js';
import { looseYaml } from './dialects/marp-directives.js';
import { looksLikeSlidev } from './dialects/slidev.js';
import { looksLikeQuarto } from './dialects/quarto.js';
import { checkUserRegexes, separatorsTooSlow, SPLIT_LIMIT_MS } from './user-regex.js';
import { unclosedBlocks } from './unclosed.js';
import { fencedDivProblems } from './fenced-divs.js';

export interface ParsedSlide extends SlideSource {
  attributes: SlideAttributes;
  children: ParsedSlide[];
}

export interface ParsedDeck {
  slug: string;
  file: string;
  /** Folder that relative images and links resolve against. */
  dir: string;
  frontMatter: FrontMatter;
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /** The syntax the deck is written in: Lectern's outline, reveal.js/reveal-md separators, Marp or Slidev. */
  dialect: DialectName;
  slides: ParsedSlide[];
  diagnostics: Diagnostic[];
  /** reveal.js's bundled theme a reveal deck names (its stylesheet goes on the page). */
  revealTheme?: string;
  /** Files the deck imports (Slidev's `src:`), which are therefore not decks themselves. */
  imports?: string[];
}

export function slugForFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  return base === 'index' ? path.basename(path.dirname(file)) : base;
}

/**
 * `defaults` are settings from outside the deck (reveal-md.json's separators); its front matter wins over them.
 */
/** What a deck's tool reads around it: Quarto's merged settings files, and the project folder as the limit. */
export interface ToolContext {
  settings?: Record<string, unknown>;
  root?: string;
}

export function parseDeck(file: string, text: string, slug = slugForFile(file), defaults: Partial<FrontMatter> = {}, tool: ToolContext = {}): ParsedDeck {
  const read = readFrontMatter(file, text, (yaml) => (/^marp:[ \t]*true[ \t]*$/m.test(yaml) ? looseYaml(yaml) : yaml));
  // Slidev's headmatter and Quarto's YAML hold their tools' settings, not Lectern's: their dialects read them
  // (a YAML error in Quarto's is still reported here).
  const slidev = looksLikeSlidev(text);
  const quarto = looksLikeQuarto(file, text);
  const foreignHead = slidev || quarto;
  const yamlErrors = quarto ? read.diagnostics.filter((d) => d.severity === 'error' && /^invalid YAML|front matter/.test(d.message)) : [];
  const fm = { ...read, data: foreignHead ? { ...defaults } : { ...defaults, ...read.data }, diagnostics: foreignHead ? yamlErrors : read.diagnostics };
  const diagnostics = [...fm.diagnostics];
  const base = { slug, file, dir: path.dirname(file), locate: fm.locate };
  if (!hasErrors(diagnostics)) diagnostics.push(...checkUserRegexes(fm.data, file, fm.locate), ...unclosedBlocks(fm.body, fm.bodyLine, file));
  if (!hasErrors(diagnostics) && separatorsTooSlow(fm.body, fm.data.separator, fm.data.verticalSeparator)) {
    const p = fm.locate([fm.data.separator !== undefined ? 'separator' : 'verticalSeparator']);
    diagnostics.push(error(file, p.line, p.column, `the separators take more than ${SPLIT_LIMIT_MS / 1000} s to split this deck (the pattern backtracks); simplify them`));
  }
  if (hasErrors(diagnostics)) return { ...base, frontMatter: fm.data, dialect: 'outline', slides: [], diagnostics };
  const deckText = { file, frontMatter: fm.data, body: fm.body, bodyLine: fm.bodyLine, locate: fm.locate, text, toolSettings: tool.settings, root: tool.root };
  const dialect = dialectOf(deckText);
  // A key Lectern's own format does not know is a typo (`titel:` would leave the title to the first heading):
  // an error there, as in class files. Decks of other tools carry keys of their own, so there it stays a warning.
  const unknown = new Set(dialect.name === 'outline' ? read.unknownKeys : []);
  diagnostics.forEach((d, i) => unknown.has(d) && (diagnostics[i] = { ...d, severity: 'error' }));
  const parsed = dialect.parse(deckText);
  const eachSlide = (list: readonly SlideSource[]): void => list.forEach((s) => (diagnostics.push(...fencedDivProblems(s.lines, file)), eachSlide(s.children)));
  eachSlide(parsed.slides);
  // Nothing to show but the title slide every deck gets: built all the same, but not without a word.
  if (!fm.body.trim()) diagnostics.push(fileWarning(file, `${text.trim() ? 'has front matter but nothing below it' : 'is empty'}, so the deck is only a title slide: write its slides ${text.trim() ? 'below the front matter' : 'here'} ("## A slide title" starts one)`, 'empty-deck'));
  return { ...base, frontMatter: parsed.frontMatter, dialect: dialect.name, slides: parsed.slides, diagnostics: [...diagnostics, ...parsed.diagnostics], ...(parsed.revealTheme && { revealTheme: parsed.revealTheme }), ...(parsed.imports && { imports: parsed.imports }) };
}
