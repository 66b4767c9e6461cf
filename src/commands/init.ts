// `lectern init [DIR]`: a new course from the one Lectern ships in templates/starter/course; never over a course.
import fs from 'node:fs';
import path from 'node:path';
import { relativePath, UsageError } from '../diagnostics.js';
import { command, type CliEnvironment, type Flags, type FlagSpec } from '../cli/environment.js';
import { packageRoot } from '../paths/package-root.js';

const flags = {} as const satisfies FlagSpec;

export const initCommand = command({
  help: `Usage: lectern init [DIR]

Makes a course in DIR (default: this folder; created if missing): decks/first-lecture/ (a lecture that shows
every part of the outline syntax once, with an image), classes/example.yaml (one class), a README.md,
a package.json with build, serve and check scripts, and a .gitignore for dist/ and .lectern-cache/.
Refuses a folder that already holds a course (decks/ or classes/); never overwrites a file.

Then: cd DIR, "lectern serve" to see it, "lectern new <name> --class example" for the next lecture.

Options:
  -h, --help       show this help`,
  options: flags,
  run: (values, positionals, env) => runInit(values, positionals, env),
});

/** npm leaves files named .gitignore out of a packed tool: the course's is shipped as `gitignore`. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

async function runInit(_values: Flags<typeof flags>, positionals: string[], env: CliEnvironment): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`one folder at a time (got ${positionals.length})`);
  const dir = path.resolve(env.cwd, positionals[0] ?? '.');
  const shown = path.relative(env.cwd, dir) ? relativePath(dir, env.cwd) : '.';
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    env.logger.error(`${shown}: error: is a file, not a folder; nothing was written (name a new folder: lectern init my-course)`);
    return 1;
  }
  const held = ['decks', 'classes'].filter((d) => fs.existsSync(path.join(dir, d)));
  if (held.length) {
    env.logger.error(`${shown}: error: already holds a course (${held.map((d) => `${d}/`).join(' and ')}); nothing was written (add a lecture with "lectern new <name>", or init another folder)`);
    return 1;
  }
  const skeleton = path.join(packageRoot, 'templates', 'starter', 'course');
  const written: string[] = [];
  const kept: string[] = [];
  const copy = (from: string, to: string) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const target = path.join(to, RENAMED[entry.name] ?? entry.name);
      if (entry.isDirectory()) {
        fs.mkdirSync(target, { recursive: true });
        copy(path.join(from, entry.name), target);
      } else if (write(target, fs.readFileSync(path.join(from, entry.name)))) written.push(target);
      else kept.push(target);
    }
  };
  fs.mkdirSync(dir, { recursive: true });
  copy(skeleton, dir);
  const pkg = path.join(dir, 'package.json');
  if (write(pkg, JSON.stringify(packageJson(path.basename(dir)), null, 2) + '\n')) written.push(pkg);
  else kept.push(pkg);
  const rel = (f: string) => relativePath(f, dir);
  env.logger.info(`created a course in ${shown}: ${written.map(rel).sort().join(', ')}`);
  if (kept.length) env.logger.info(`kept your own ${kept.map(rel).join(', ')}`);
  const cd = shown === '.' ? '' : `cd ${shown.includes(' ') ? JSON.stringify(shown) : shown} && `;
  env.logger.info(`next: ${cd}lectern serve (see it in a browser), then lectern new week-2 --class example, and lectern build`);
  return 0;
}

/** 'wx': a file that exists (a README of the lecturer's own) is never overwritten. */
function write(file: string, content: string | Buffer): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function packageJson(folder: string) {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|-+$/g, '') || 'course';
  return {
    name,
    private: true,
    description: 'Lectures made with Lectern',
    scripts: { build: 'lectern build', serve: 'lectern serve', check: 'lectern check' },
  };
}
