// classes/<id>.yaml → validated class settings; no class files means one "default" class with every deck.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean, error, fileError, type Diagnostic } from '../diagnostics.js';
import { classSchema, keysAt, validate, type ClassFile } from './schema.js';
import { parseYaml, type ParsedYaml } from './yaml.js';
import type { LookLayer } from './look.js';

export interface ClassConfig {
  id: string;
  file?: string;
  settings: ClassFile;
  /** Deck slugs in lecture order. */
  decks: string[];
  layer?: LookLayer;
}

const RE_CLASS_FILE = /\.ya?ml$/;
/** Folders of dist/ that Lectern writes itself. */
const RESERVED_IDS = ['assets'];

/** Where decks no class lists are built when asked for (serve, or named on the command line). */
export interface ClassInfo {
  id: string;
  name: string;
  code: string | null;
  term: string | null;
  instructor: string | null;
  institution: string | null;
  audience: string[];
  vars: Record<string, unknown>;
}

/** What a deck's pages show of its class. */
export function classInfo(klass: ClassConfig): ClassInfo {
  const s = klass.settings;
  return {
    id: klass.id,
    name: s.name,
    code: s.code ?? null,
    term: s.term ?? null,
    instructor: s.instructor ?? null,
    institution: s.institution ?? null,
    audience: s.audience ?? [],
    vars: s.vars ?? {},
  };
}

export const UNLISTED_CLASS: ClassConfig = { id: '_unlisted', settings: { name: 'Not in a class' }, decks: [] };

export function defaultClass(deckSlugs: readonly string[]): ClassConfig {
  return { id: 'default', settings: { name: 'All lectures' }, decks: [...deckSlugs] };
}

export function loadClasses(classesDir: string, deckSlugs: readonly string[]): { classes: ClassConfig[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = fs.existsSync(classesDir) ? fs.readdirSync(classesDir).filter((f) => RE_CLASS_FILE.test(f)).sort() : [];
  if (!files.length) return { classes: [defaultClass(deckSlugs)], diagnostics };
  const classes: ClassConfig[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const file = path.join(classesDir, f);
    const id = f.replace(RE_CLASS_FILE, '').toLowerCase();
    const twin = ids.get(id);
    ids.set(id, f);
    if (twin) {
      diagnostics.push(fileError(file, `class "${id}" is defined twice (also classes/${twin}); both would be written to dist/${id}/, so remove or rename one`));
      continue;
    }
    if (RESERVED_IDS.includes(id)) {
      diagnostics.push(fileError(file, `a class cannot be called "${id}": dist/${id}/ holds Lectern's own files; rename the class file`));
      continue;
    }
    if (!fs.statSync(file).isFile()) {
      diagnostics.push(fileError(file, 'is a folder, not a class file'));
      continue;
    }
    const loaded = loadClassFile(file, fs.readFileSync(file, 'utf8'), deckSlugs);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.klass) classes.push(loaded.klass);
  }
  return { classes, diagnostics };
}

export function loadClassFile(file: string, text: string, deckSlugs: readonly string[]): { klass?: ClassConfig; diagnostics: Diagnostic[] } {
  const id = path.basename(file).replace(RE_CLASS_FILE, '');
  const diagnostics: Diagnostic[] = [];
  if (!/^[a-z0-9][a-z0-9-_]*$/i.test(id)) {
    diagnostics.push(fileError(file, `class file name "${path.basename(file)}" must be letters, digits, "-" or "_" (it becomes the folder dist/<id>/)`));
  }
  const yaml: ParsedYaml = parseYaml(text, file);
  if (yaml.diagnostics.length) return { diagnostics: [...diagnostics, ...yaml.diagnostics] };
  if (!yaml.value || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return { diagnostics: [...diagnostics, error(file, 1, 1, 'a class file is a list of "key: value" settings, starting with name: (see docs/classes.md in the Lectern repository)')] };
  }
  const { data, diagnostics: issues } = validate(classSchema, yaml.value, { file, yaml, unknownKeys: 'error', knownKeys: (p) => keysAt(classSchema, p) });
  diagnostics.push(...issues);
  if (!data) return { diagnostics };
  const at = (p: (string | number)[], message: string) => {
    const pos = yaml.locate(p);
    diagnostics.push(error(file, pos.line, pos.column, message));
  };
  const decks = data.decks ?? [...deckSlugs];
  data.decks?.forEach((slug, i) => {
    if (!deckSlugs.includes(slug)) at(['decks', i], `unknown deck "${slug}"${didYouMean(slug, deckSlugs)}`);
    else if (data.decks!.indexOf(slug) !== i) at(['decks', i], `deck "${slug}" is listed twice`);
  });
  for (const slug of Object.keys(data.dates ?? {})) {
    if (!deckSlugs.includes(slug)) at(['dates', slug], `date for unknown deck "${slug}"${didYouMean(slug, deckSlugs)}`);
  }
  const layer: LookLayer = { settings: data, file, baseDir: path.dirname(file), locate: (p) => yaml.locate(p) };
  return { klass: { id, file, settings: data, decks: decks.filter((d) => deckSlugs.includes(d)), layer }, diagnostics };
}
