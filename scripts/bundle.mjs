// lib/ (tsc's output) → lib/bundle/lectern.cjs, one file, and lib/bundle/lectern.cjs.cache, V8's compiled code for
// it. Node 20 spends about 0.1 s of CPU resolving and reading the ~150 modules of lib/ and its dependencies one by
// one, and as much again compiling functions on first use, while Chromium starts on the same two cores. One file
// needs one read; the code cache (what Node 22's module.enableCompileCache does, which Node 20 lacks) skips the
// compiling. bin/lectern.js uses both when present and falls back to lib/cli.js.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outFile = path.join(root, 'lib', 'bundle', 'lectern.cjs');
const cacheFile = `${outFile}.cache`;
fs.rmSync(path.dirname(outFile), { recursive: true, force: true });

await build({
  entryPoints: [path.join(root, 'lib', 'cli.js')],
  outfile: outFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Loaded only by some decks or only for printing, and large: left to Node's loader, through require() (an
  // import() would fail in a script compiled from a code cache, which keeps no dynamic import callback).
  external: ['puppeteer', 'puppeteer-core', 'katex', 'highlight.js', 'pdf-lib'],
  // The bundle sits two folders below the package root, as every lib/<dir>/<module>.js does, so the paths
  // the modules work out from their own location (templates/, package.json) stay right.
  define: { 'import.meta.url': '__lecternModuleUrl' },
  banner: { js: "const __lecternModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});

const left = /\bimport\(\s*["'][^"']+["']\s*\)/.exec(fs.readFileSync(outFile, 'utf8'));
if (left) throw new Error(`lib/bundle/lectern.cjs keeps a dynamic ${left[0]}, which fails under the code cache: require() it instead`);

// The code cache holds what a build compiles, not only the top level: a small HTML build trains it.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-train-'));
try {
  fs.mkdirSync(path.join(project, 'decks'));
  fs.mkdirSync(path.join(project, 'classes'));
  fs.writeFileSync(
    path.join(project, 'decks', 'training.md'),
    `---\ntitle: "Training"\nauthor: "Lectern"\n---\n\n# Part one\n\n## A slide\n\n- A point with *emphasis* and a [link](https://example.org)\n  - a sub-point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote: Speaker notes.\n\n## Another slide\n\n> A quotation\n\n1. first\n2. second\n\nNote: More notes.\n\nHandout: Text for the handout.\n`,
  );
  fs.writeFileSync(path.join(project, 'classes', 'training.yaml'), 'name: Training class\ntheme: dark\ndecks: [training]\n');
  execFileSync(process.execPath, [path.join(root, 'bin', 'lectern.js'), 'build', '--format', 'html', '--no-cache', '--out', path.join(project, 'dist')], {
    cwd: project,
    env: { ...process.env, LECTERN_WRITE_CODE_CACHE: cacheFile },
    stdio: 'pipe',
  });
} finally {
  fs.rmSync(project, { recursive: true, force: true });
}
if (!fs.existsSync(cacheFile)) throw new Error('the training build wrote no code cache');
