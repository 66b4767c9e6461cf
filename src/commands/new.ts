// `lectern new <slug>`: a starter deck that shows the outline syntax, optionally added to a class; never overwrites.
import fs from 'node:fs';
import path from 'node:path';
import { relativePath, UsageError } from '../diagnostics.js';
import { command, type CliEnvironment, type Flags, type FlagSpec } from '../cli/environment.js';
import { openProject } from '../config/project.js';
import { packageRoot } from '../paths/package-root.js';
import { assertProjectTree } from '../config/project-tree.js';

const RE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

const flags = { title: { type: 'string' }, class: { type: 'string' } } as const satisfies FlagSpec;

export const newCommand = command({
  help: `Usage: lectern new <slug> [--title "Title"] [--class ID]

Creates decks/<slug>.md from a starter outline that shows the syntax. Never overwrites a deck.

Options:
  --title TEXT     the lecture's title (default: from the slug)
  --class ID       also add the deck to classes/<ID>.yaml (its decks: list; comments are kept);
                   a new class file if there is none by that name (and none with a name close to it)
  -h, --help       show this help`,
  options: flags,
  run: (values, positionals, env) => runNew(values, positionals, env),
});

export function titleFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean);
  return words.map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/** A YAML double-quoted scalar: any title, backslashes and quotes included, parses back to itself. */
function yamlString(text: string): string {
  return JSON.stringify(text.replace(/[\r\n]+/g, ' '));
}

async function runNew(values: Flags<typeof flags>, positionals: string[], env: CliEnvironment): Promise<number> {
  const [slug, ...extra] = positionals;
  if (!slug) throw new UsageError('which deck? usage: lectern new <slug>, e.g. lectern new week-3-the-thaw');
  if (extra.length) throw new UsageError(`one deck at a time (got ${positionals.length} names)`);
  if (!RE_SLUG.test(slug)) throw new UsageError(`"${slug}" is not a deck name: use lowercase letters, digits and dashes, e.g. week-3-the-thaw`);
  const project = openProject(env.cwd);
  assertProjectTree(project);
  // Loaded here, not at start-up: every lectern command imports this module for its help text.
  const [{ addDeckToClass, classFile }, { parseDocument }, { makesNewClass, writeNewClass }] = await Promise.all([import('../scaffold/add-to-class.js'), import('yaml'), import('../scaffold/new-class.js')]);
  // Before anything is written: a wrong class name must not leave a deck behind. A name near an existing class
  // is taken for a typo of it; one unlike any is a new class.
  const classId = values.class === undefined ? undefined : String(values.class);
  const newClass = classId !== undefined && RE_SLUG.test(classId) && makesNewClass(project.classesDir, classId);
  const klass = classId === undefined || newClass ? undefined : classFile(project.classesDir, classId);
  const file = path.join(project.decksDir, `${slug}.md`);
  for (const existing of [file, path.join(project.decksDir, slug, 'index.md')]) {
    if (fs.existsSync(existing)) {
      env.logger.error(`${relativePath(existing, env.cwd)}: error: deck "${slug}" already exists; nothing was written (choose another name or edit it)`);
      return 1;
    }
  }
  const title = values.title ?? titleFromSlug(slug);
  // A project's own templates/ may have no starter: fall back to the one Lectern ships.
  const own = path.join(project.templatesDir, 'starter', 'deck.md');
  const template = fs.readFileSync(fs.existsSync(own) ? own : path.join(packageRoot, 'templates', 'starter', 'deck.md'), 'utf8');
  const starter = template.replace('"{{title}}"', () => yamlString(title)).replace(/\n*$/, '\n');
  fs.mkdirSync(project.decksDir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite a lecturer's file.
  fs.writeFileSync(file, starter, { flag: 'wx' });
  const rel = relativePath(file, env.cwd);
  if (newClass) {
    const where = relativePath(writeNewClass(project.classesDir, classId!, titleFromSlug(classId!), slug), env.cwd);
    env.logger.info(`created ${rel} and a new class for it, ${where}: give the class its name there, then run "lectern serve" to see it`);
    return 0;
  }
  if (klass) {
    const added = addDeckToClass(klass, slug);
    const where = relativePath(klass, env.cwd);
    env.logger.info(
      added === 'added' ? `created ${rel} and added it to ${where}: edit it, then run "lectern serve" to see it`
        : added === 'already-listed' ? `created ${rel} (${where} already lists it): edit it, then run "lectern serve" to see it`
          : `created ${rel} (${where} shows every deck): edit it, then run "lectern serve" to see it`,
    );
    return 0;
  }
  const classFiles = fs.existsSync(project.classesDir) ? fs.readdirSync(project.classesDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  // A class file without decks: shows every deck; when every class lists its decks, the new one is in none.
  const inNoClass = classFiles.length > 0 && classFiles.every((f) => parseDocument(fs.readFileSync(path.join(project.classesDir, f), 'utf8')).has('decks'));
  env.logger.info(
    inNoClass
      ? `created ${rel}: edit it, then run "lectern serve" to see it (under "Not in a class"); to give it to a class, add "${slug}" under decks: in ${classFiles.map((f) => `classes/${f}`).join(' or ')}`
      : `created ${rel}: edit it, then run "lectern serve" to see it`,
  );
  return 0;
}
