// `lectern new <slug>`: a starter deck that shows the outline syntax; never overwrites a file.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, type CliEnvironment } from '../cli.js';
import { openProject, packageRoot } from '../config/project.js';

const RE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function titleFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean);
  return words.map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/** A YAML double-quoted scalar: a JSON string is one, so backslashes, quotes and newlines round-trip. */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export async function runNew(values: Record<string, unknown>, positionals: string[], env: CliEnvironment): Promise<number> {
  const [slug, ...extra] = positionals;
  if (!slug) throw new UsageError('which deck? usage: lectern new <slug>, e.g. lectern new week-3-the-thaw');
  if (extra.length) throw new UsageError(`one deck at a time (got ${positionals.length} names)`);
  if (!RE_SLUG.test(slug)) throw new UsageError(`"${slug}" is not a deck name: use lowercase letters, digits and dashes, e.g. week-3-the-thaw`);
  const project = openProject(env.cwd);
  const file = path.join(project.decksDir, `${slug}.md`);
  const folder = path.join(project.decksDir, slug, 'index.md');
  for (const existing of [file, folder]) {
    if (fs.existsSync(existing)) {
      env.logger.error(`${path.relative(env.cwd, existing)}:1:1: error: deck "${slug}" already exists; nothing was written (choose another name or edit it)`);
      return 1;
    }
  }
  const title = (values.title as string | undefined) ?? titleFromSlug(slug);
  // A project's own templates/ may have no starter: fall back to the one Lectern ships.
  const own = path.join(project.templatesDir, 'starter', 'deck.md');
  const starter = fs.readFileSync(fs.existsSync(own) ? own : path.join(packageRoot, 'templates', 'starter', 'deck.md'), 'utf8').replace('"{{title}}"', () => yamlString(title));
  fs.mkdirSync(project.decksDir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite a lecturer's file.
  fs.writeFileSync(file, starter, { flag: 'wx' });
  env.logger.info(`created ${path.relative(env.cwd, file)}: edit it, then run "lectern serve" to see it`);
  return 0;
}
