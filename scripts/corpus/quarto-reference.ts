// npm run corpus:quarto-reference [FOLDER] — the reference for Quarto decks: Pandoc's revealjs writer (from apt)
// run on each course's revealjs .qmd in FOLDER (default ../shared/corpus/quarto), read in place. Per deck: the
// slide count, the slides with notes and each slide's text, in tests/quarto-corpus/<course>.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isQuartoSlides, RE_QUARTO } from '../../src/config/quarto-files.js';
import { quartoFileSettings, revealjsOptions, mergeSettings } from '../../src/outline/quarto-config.js';
import { readFrontMatter } from '../../src/outline/front-matter.js';
import { hashWords, pageSlides } from './quarto-slide-text.js';
import { freezeFile } from '../../src/outline/dialects/quarto-freeze.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const quartoReferenceDir = path.join(repo, 'tests', 'quarto-corpus');

export interface QuartoReference {
  tool: 'quarto';
  /** The deck, relative to its course folder. */
  deck: string;
  /** Where the course comes from and under which licence (its SOURCE.md), as its text is quoted here. */
  source?: { repository?: string; commit?: string; licence?: string };
  countedWith: string;
  slides: number;
  /** Slides with speaker notes. */
  notes: number;
  notesAt: number[];
  text: string[];
  /** Each slide's text without its code blocks. */
  prose: string[];
  /** The texts hold hashed words (hashWord): the deck states no licence, so its text is not copied here. */
  hashed?: boolean;
}

/**
 * Quarto hands Pandoc each code cell as a code block after running it; Pandoc alone reads ```{r label} as no code
 * block at all (a label is no attribute), and garbles the rest of the slide. Only that syntax is changed, to
 * ```{.r}: what the cell shows (echo, include) is left to Pandoc, which shows every cell's code.
 */
function pandocCells(text: string): string {
  return text.replace(/^([ \t]*(?:`{3,}|~{3,}))[ \t]*\{([A-Za-z][\w+-]*)(?:[ ,][^{}\n]*)?\}[ \t]*$/gm, '$1{.$2}');
}

/** Every revealjs .qmd under a course folder (website pages and exercises are not slides). */
export function quartoDecks(course: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_')) walk(full);
      else if (e.isFile() && RE_QUARTO.test(e.name) && isQuartoSlides(full, course)) found.push(full);
    }
  };
  walk(course);
  return found.sort();
}

/** `copied`: the deck itself is in the project (tests/corpus), so its text is kept as it is, whatever its licence. */
export function quartoReference(course: string, deck: string, pandoc: string, copied = false): QuartoReference {
  const own = readFrontMatter(deck, fs.readFileSync(deck, 'utf8'));
  const files = quartoFileSettings(path.dirname(deck), course);
  const level = revealjsOptions(mergeSettings(files.settings, own.data as Record<string, unknown>)).slideLevel;
  // --mathjax: formulas stay TeX, as Lectern's KaTeX keeps their source (Pandoc's own HTML math spells them out).
  // --reference-location=block: Quarto shows a slide's footnotes at its foot, where Pandoc alone makes a last slide of them.
  const args = ['-f', 'markdown', '-t', 'revealjs', '-s', '--mathjax', '--reference-location=block', `--slide-level=${level}`];
  // The settings files' top-level keys (title, author, lang) reach the deck as Quarto merges them; the deck's own win.
  const frozen = freezeFile(deck, course);
  const markdown = frozen ? (JSON.parse(fs.readFileSync(frozen, 'utf8')) as { result: { markdown: string } }).result.markdown : pandocCells(fs.readFileSync(deck, 'utf8'));
  const run = (extra: string[]) => execFileSync('pandoc', [...args, ...extra], { cwd: path.dirname(deck), input: markdown, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'ignore'] });
  let html: string;
  try {
    html = run(files.files.flatMap((f) => ['--metadata-file', f]));
  } catch {
    html = run([]);
  }
  const slides = pageSlides(html);
  const sourceFile = path.join(course, 'SOURCE.md');
  const about = fs.existsSync(sourceFile) ? fs.readFileSync(sourceFile, 'utf8') : '';
  const field = (name: string) => new RegExp(`^- ${name}:[ \\t]*(.+)$`, 'm').exec(about)?.[1]?.replace(/`/g, '').trim();
  const source = { repository: field('Repository'), commit: field('Fetched commit'), licence: field('Licence')?.replace(/\s*\(.*$/, '') };
  const hashed = !copied && (!about || /licen[cs]e:\s*not stated/i.test(about));
  const text = hashed ? slides.text.map(hashWords) : slides.text;
  const prose = hashed ? slides.prose.map(hashWords) : slides.prose;
  const input = frozen ? `the Markdown Quarto froze for it (${path.relative(course, frozen)})` : 'the .qmd, cell fences written as Pandoc code blocks';
  return { tool: 'quarto', deck: path.relative(course, deck), source, countedWith: `${pandoc} ${args.join(' ')}, given ${input}`, slides: slides.text.length, notes: slides.notes.length, notesAt: slides.notes, text, prose, ...(hashed && { hashed }) };
}

export function pandocVersion(): string {
  return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = path.resolve(process.argv[2] ?? path.join(repo, '..', 'shared', 'corpus', 'quarto'));
  const pandoc = pandocVersion();
  fs.mkdirSync(quartoReferenceDir, { recursive: true });
  for (const name of fs.readdirSync(folder).sort()) {
    const course = path.join(folder, name);
    if (!fs.statSync(course).isDirectory()) continue;
    const refs = quartoDecks(course).map((deck) => quartoReference(course, deck, pandoc));
    fs.writeFileSync(path.join(quartoReferenceDir, `${name}.json`), JSON.stringify(refs, null, 2) + '\n');
    for (const r of refs) console.log(`${name}/${r.deck}: ${r.slides} slides, ${r.notes} with notes`);
  }
}
