// The plan stage: reads the project's decks and classes and lists the (class, deck) jobs a build renders.
import path from 'node:path';
import { didYouMean, fileWarning, hasErrors, UsageError, type Diagnostic } from '../diagnostics.js';
import { deckSlugForPath, openProject, type Project } from '../config/project.js';
import { foldersWithoutDeck } from '../config/deck-folders.js';
import { classInfo, loadClasses, UNLISTED_CLASS, type ClassConfig, type ClassInfo } from '../config/classes.js';
import type { LookLayer } from '../config/look.js';
import type { LookSettings } from '../config/schema.js';
import type { ParsedDeck } from '../outline/parse-deck.js';
import { readDecks } from '../outline/read-decks.js';
import type { InputLimits } from '../outline/input-limits.js';
import { assertProjectTree } from '../config/project-tree.js';

export interface PlanOptions {
  root: string;
  decks?: string[];
  classes?: string[];
  /** Look settings from flags, the top layer. */
  look?: LookSettings;
  /** Build decks that no class lists too, in a "Not in a class" group with the default look (lectern serve). */
  includeUnlisted?: boolean;
  /** false (--no-html): escape raw HTML in every deck. A class file's html: false does the same for its decks. */
  html?: boolean;
  /** false: skip the layout-free slide checks (alt text, links, contrast, length) but not the network rule: serve
   * shows a save from memory at once, and the build that follows runs them all. */
  checks?: boolean;
  /** --follow-links: decks/, classes/ and templates/ may link to files outside the project. */
  followLinks?: boolean;
  /** How big a deck may be (--max-deck-size, --max-slides); DEFAULT_LIMITS otherwise. */
  limits?: InputLimits;
}

/** One deck for one class, read but not rendered yet. */
export interface PlannedJob {
  /** `<class>/<deck>`: its folder in dist/. */
  dir: string;
  slug: string;
  klass: ClassConfig;
  info: ClassInfo;
  source: ParsedDeck;
}

export interface BuildPlan {
  project: Project;
  classes: ClassConfig[];
  /** In class order, then the class's deck order. Decks with errors of their own are left out (reported). */
  jobs: PlannedJob[];
  /** The decks' and classes' own errors and warnings, known before anything is rendered. */
  diagnostics: Diagnostic[];
}

/** Reads decks and classes and plans a job per (class, deck) pair that the options ask for. */
export function planJobs(options: PlanOptions): BuildPlan {
  const project = openProject(options.root, options.followLinks);
  assertProjectTree(project);
  const diagnostics: Diagnostic[] = [];
  const { parsed, ignored, found } = readDecks(project, diagnostics, options.limits);
  const slugs = [...parsed.keys()];
  const { classes: allClasses, diagnostics: classIssues } = loadClasses(project.classesDir, slugs);
  diagnostics.push(...classIssues);
  const wantedDecks = selectDecks(slugs, options.decks);
  const classes = selectClasses(allClasses, options.classes);
  // A deck's own problems are reported when it is built: `--deck x` is not stopped by another deck's typo.
  for (const [slug, deck] of parsed) if (wantedDecks.has(slug)) diagnostics.push(...deck.diagnostics);
  if (!options.decks?.length) {
    for (const file of ignored) diagnostics.push(fileWarning(file, 'not a Markdown file (.md): ignored; decks are decks/<name>.md or decks/<name>/index.md'));
    diagnostics.push(...foldersWithoutDeck(project.decksDir, found));
  }

  // A deck no class lists would silently never be built: say so, and build it anyway where asked to.
  const listed = new Set(allClasses.flatMap((c) => c.decks));
  const unlisted = slugs.filter((slug) => !listed.has(slug) && wantedDecks.has(slug));
  const classFiles = allClasses.filter((c) => c.file).map((c) => path.relative(project.root, c.file!));
  // A class file that does not load may well list them: its error is the one line that matters, not one per deck.
  for (const slug of hasErrors(classIssues) ? [] : unlisted) {
    const hint = `add "${slug}" under decks: in ${classFiles.slice(0, 3).join(' or ') || 'a class file'}`;
    diagnostics.push(fileWarning(parsed.get(slug)!.file, `is in no class, so no class shows it: ${hint}, or preview it with "lectern serve --deck ${slug}"`, 'unlisted-deck'));
  }
  const named = new Set(options.decks?.length ? wantedDecks : []);
  const extra = unlisted.filter((slug) => options.includeUnlisted || named.has(slug));
  if (extra.length && !options.classes?.length) classes.push({ ...UNLISTED_CLASS, decks: extra });

  const jobs: PlannedJob[] = [];
  for (const klass of classes) {
    const info = classInfo(klass);
    for (const slug of klass.decks) {
      const source = parsed.get(slug);
      // Decks with errors are left out here, so one run still reports every deck's problems.
      if (source && wantedDecks.has(slug) && !hasErrors(source.diagnostics)) jobs.push({ dir: `${klass.id}/${slug}`, slug, klass, info, source });
    }
  }
  return { project, classes, jobs, diagnostics };
}

/** Look settings from the command line as the top look layer; `cwd` is where relative paths in them start. */
export function flagLayer(look: LookSettings | undefined, cwd: string): LookLayer | undefined {
  return look ? { settings: look, file: 'command line', baseDir: cwd, locate: () => ({ line: 1, column: 1 }) } : undefined;
}

function selectClasses(all: ClassConfig[], wanted: string[] | undefined): ClassConfig[] {
  if (!wanted?.length) return [...all];
  const ids = all.map((c) => c.id);
  for (const id of wanted) if (!ids.includes(id)) throw new UsageError(`unknown class "${id}"${didYouMean(id, ids)}`);
  return all.filter((c) => wanted.includes(c.id));
}

/**
 * Deck names from the command line: `intro`, `decks/intro.md` and `decks/intro/index.md` all name one deck,
 * and `decks/lectures/week-3/slides.md` names "lectures-week-3-slides".
 */
export function deckSlug(name: string): string {
  const rel = name.replace(/^(\.\/)?decks\//, '');
  return /\.(md|markdown|qmd)$/i.test(rel) ? deckSlugForPath(rel) : rel.replace(/\//g, '-').normalize('NFC');
}

function selectDecks(slugs: string[], wanted: string[] | undefined): Set<string> {
  if (!wanted?.length) return new Set(slugs);
  for (const w of wanted) {
    if (/\.\w+$/.test(w) && !/\.(md|markdown|qmd)$/i.test(w)) throw new UsageError(`"${w}" is not a Markdown deck: name a deck such as "intro" or decks/intro.md`);
    if (!slugs.includes(deckSlug(w))) throw new UsageError(`unknown deck "${w}"${didYouMean(deckSlug(w), slugs)}`);
  }
  return new Set(wanted.map(deckSlug));
}
