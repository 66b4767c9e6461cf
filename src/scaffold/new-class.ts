// A class file for `lectern new --class ID` when there is none by that name: the starter course's example class,
// named, with the new deck as its only lecture. Never overwrites.
import fs from 'node:fs';
import path from 'node:path';
import { closest } from '../diagnostics.js';
import { packageRoot } from '../paths/package-root.js';

/** Ids of the class files in a folder. */
export function classIds(classesDir: string): string[] {
  return fs.existsSync(classesDir) ? fs.readdirSync(classesDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];
}

/** Whether `--class ID` should make a new class: none has that id, and none is near enough to be what was meant. */
export function makesNewClass(classesDir: string, id: string): boolean {
  const ids = classIds(classesDir);
  return !ids.includes(id) && !closest(id, ids);
}

/** Writes classes/<id>.yaml; the example class's comments say what else a class can set. */
export function writeNewClass(classesDir: string, id: string, name: string, slug: string): string {
  // The example's own text, so its layout and comments stay as written: its name, its one deck, its id.
  const example = fs.readFileSync(path.join(packageRoot, 'templates', 'starter', 'course', 'classes', 'example.yaml'), 'utf8');
  const text = example
    .replace(/^name: .*$/m, () => `name: ${JSON.stringify(name)}`)
    .replace(/^  - first-lecture$/m, () => `  - ${slug}`)
    .replace('--class example', () => `--class ${id}`);
  const file = path.join(classesDir, `${id}.yaml`);
  fs.mkdirSync(classesDir, { recursive: true });
  fs.writeFileSync(file, text, { flag: 'wx' });
  return file;
}
