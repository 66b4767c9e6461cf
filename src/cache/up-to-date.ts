// Skips a whole build when nothing it reads has changed and dist/ is exactly as that build left it (like make).
// Only Node built-ins here: the check runs before Lectern loads its Markdown, template and PDF libraries.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { tempBeside } from '../paths/temp-name.js';

const require = createRequire(import.meta.url);
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a skipped build reports: the summary and warnings of the build it stands for. */
export interface BuildSummary {
  decks: number;
  classes: number;
  slides: number;
  files: number;
  diagnostics: Diagnostic[];
}

interface Stamp {
  inputs: string;
  dist: string;
  summary: BuildSummary;
}

/** Every file under `dir` as path, size and modification time (content is not read: this runs on every build). */
export function listTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!fs.existsSync(dir)) return hash.update(`${dir}: none\n`) && undefined;
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const lines = entries.map((e) => {
    const file = path.join(e.parentPath, e.name);
    const stat = fs.statSync(file);
    return `${file}\0${stat.size}\0${stat.mtimeMs}`;
  });
  hash.update(lines.sort().join('\n')).update('\n');
}

/**
 * The sources (decks, classes, templates), Lectern's own code, the libraries whose files it copies, the browser
 * and the options. `settings` is the build's options as JSON, without the logger.
 */
export function inputsDigest(root: string, settings: unknown, browserFiles: readonly string[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  hash.update(JSON.stringify(settings)).update('\n');
  for (const dir of ['decks', 'classes', 'templates']) listTree(hash, path.join(root, dir));
  listTree(hash, path.join(packageRoot, 'templates'));
  listTree(hash, path.join(packageRoot, 'lib'));
  listTree(hash, path.join(packageRoot, 'src'));
  hash.update(dependencyStamp());
  for (const f of browserFiles) {
    const stat = fs.statSync(f, { throwIfNoEntry: false });
    hash.update(`${f}\0${stat?.size}\0${stat?.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Lectern's version and the installed libraries it renders and prints with (their package.json, by stat). */
export function dependencyStamp(): string {
  const pkg = require(path.join(packageRoot, 'package.json')) as { version: string; dependencies: Record<string, string> };
  let stamp = `${pkg.version}\n`;
  for (const dep of Object.keys(pkg.dependencies)) {
    try {
      const stat = fs.statSync(require.resolve(`${dep}/package.json`));
      stamp += `${dep}\0${stat.size}\0${stat.mtimeMs}\n`;
    } catch {
      // Packages that do not export package.json (reveal.js): their version is pinned with Lectern's own.
      stamp += `${dep}@${pkg.dependencies[dep]}\n`;
    }
  }
  return stamp;
}

function distDigest(outDir: string): string {
  const hash = createHash('sha256');
  listTree(hash, outDir);
  return hash.digest('hex');
}

function stampFile(cacheDir: string, outDir: string, settings: unknown): string {
  const id = createHash('sha256').update(path.resolve(outDir)).update(JSON.stringify(settings)).digest('hex').slice(0, 32);
  return path.join(cacheDir, 'builds', `${id}.json`);
}

/** The summary of the last build with these inputs, if dist/ is still exactly what it wrote. */
export function upToDate(cacheDir: string, outDir: string, settings: unknown, inputs: string): BuildSummary | undefined {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(cacheDir, outDir, settings), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.inputs !== inputs || !fs.existsSync(path.join(outDir, 'manifest.json'))) return undefined;
  return stamp.dist === distDigest(outDir) ? stamp.summary : undefined;
}

/** Whether a build with these options has written this output folder before (its inputs may have changed since). */
export function builtBefore(cacheDir: string, outDir: string, settings: unknown): boolean {
  return fs.existsSync(stampFile(cacheDir, outDir, settings));
}

export function recordBuild(cacheDir: string, outDir: string, settings: unknown, inputs: string, summary: BuildSummary): void {
  const file = stampFile(cacheDir, outDir, settings);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempBeside(file);
  fs.writeFileSync(tmp, JSON.stringify({ inputs, dist: distDigest(outDir), summary } satisfies Stamp));
  fs.renameSync(tmp, file);
}
