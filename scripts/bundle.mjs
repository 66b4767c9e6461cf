// lib/ (tsc's output) → lib/bundle/lectern.cjs, one file, and lib/bundle/lectern.cjs.cache, V8's compiled code for
// it. Node 20 spends about 0.1 s of CPU resolving and reading the ~150 modules of lib/ and its dependencies one by
// one, and as much again compiling functions on first use, while Chromium starts on the same two cores. One file
// needs one read; the code cache (what Node 22's module.enableCompileCache does, which Node 20 lacks) skips the
// compiling. bin/lectern.js uses both when present and falls back to lib/cli.js.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outFile = path.join(root, 'lib', 'bundle', 'lectern.cjs');
const cacheFile = `${outFile}.cache`;
fs.rmSync(path.dirname(outFile), { recursive: true, force: true });

/**
 * linkedom imports cssomnom's CSS parser (340 KB, 14 ms to initialise) for `<style>.sheet`, which Lectern never
 * reads: its import becomes a stand-in that loads the parser on the first call.
 */
const lazyCssParser = {
  name: 'lazy-css-parser',
  setup(b) {
    b.onResolve({ filter: /^cssomnom\/parse$/ }, (args) => (args.namespace === 'lazy' ? undefined : { path: 'cssomnom-parse', namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; export function parse(...args) { return (real ??= require('cssomnom/parse')).parse(...args); }",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [path.join(root, 'lib', 'cli.js')],
  plugins: [lazyCssParser],
  outfile: outFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Loaded only by some decks or only for printing: left to Node's loader, through require() (an import()
  // would fail in a script compiled from a code cache, which keeps no dynamic import callback). Puppeteer has
  // a bundle of its own, below.
  external: ['puppeteer', 'puppeteer-core', 'katex', 'highlight.js'],
  // The bundle sits two folders below the package root, as every lib/<dir>/<module>.js does, so the paths
  // the modules work out from their own location (templates/, package.json) stay right.
  define: { 'import.meta.url': '__lecternModuleUrl' },
  banner: { js: "const __lecternModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});

/**
 * Every character outside ASCII (left by esbuild in comments and regular expression literals) becomes a \\u escape,
 * which means the same there and in strings and identifiers: bin/load-bundle.cjs reads an ASCII file as Latin-1,
 * 3 to 20 times faster than decoding UTF-8 (10-13 ms for each 4 MB bundle).
 */
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) fs.writeFileSync(file, escaped);
}

/** A script compiled from a code cache keeps no dynamic import() callback: a bundle must not import() a module. */
function refuseDynamicImports(file) {
  const left = /\bimport\(\s*["'][^"'\n]+["']\s*\)/.exec(fs.readFileSync(file, 'utf8'));
  if (left) throw new Error(`${path.relative(root, file)} keeps a dynamic ${left[0]}, which fails under the code cache: require() it instead`);
}
refuseDynamicImports(outFile);
asciiOnly(outFile);

// Puppeteer (its CommonJS build, 4 MB bundled) with a code cache of its own: loading it file by file cost about
// 80 ms of CPU while Chromium starts on the same cores, from one file with compiled code 35 ms. Only for printing,
// so it is a second bundle, loaded by src/export/browser.ts through bin/load-bundle.cjs.
const puppeteerFile = path.join(path.dirname(outFile), 'puppeteer.cjs');
await build({
  entryPoints: [path.join(root, 'node_modules', 'puppeteer-core', 'lib', 'cjs', 'puppeteer', 'puppeteer-core.js')],
  outfile: puppeteerFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
  legalComments: 'none',
});
refuseDynamicImports(puppeteerFile);
asciiOnly(puppeteerFile);

// PptxGenJS with the JSZip it writes with (src/export/pptx-library.ts), one minified file loaded only when a build
// writes PowerPoint: the packages are development dependencies, as installed they took 9 MB with their own
// dependencies (@types/node 22 among them), the bundle takes 0.33 MB. Their Node-only paths that fetch a URL or read
// a file are never reached: Lectern hands PptxGenJS every picture as a data: URL and asks for bytes back. JSZip's
// readable-stream is Node's own stream (what JSZip's package maps it to for bundlers); its pako is bundled too.
{
  const pptxFile = path.join(path.dirname(outFile), 'pptx.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts', 'pptx-entry.cjs')],
    outfile: pptxFile,
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['image-size', 'sizeof', 'https', 'node:https', 'node:fs'],
    alias: { 'readable-stream': 'stream' },
    logLevel: 'error',
    legalComments: 'eof',
  });
  asciiOnly(pptxFile);
}

// KaTeX's script, stylesheet and woff2 fonts (all a build reads of it, src/render/katex-files.ts), copied: the katex
// package is a development dependency only, as its command-line tool's dependency warns on install under Node 20.
{
  const from = path.join(root, 'node_modules', 'katex');
  const to = path.join(path.dirname(outFile), 'katex');
  fs.mkdirSync(path.join(to, 'fonts'), { recursive: true });
  // The minified script under the name Lectern requires: the same build of the same code, 273 KB instead of 621
  // (what made room for the PowerPoint bundle under the 150 MiB install limit).
  fs.copyFileSync(path.join(from, 'dist', 'katex.min.js'), path.join(to, 'katex.js'));
  fs.copyFileSync(path.join(from, 'dist', 'katex.min.css'), path.join(to, 'katex.min.css'));
  for (const f of fs.readdirSync(path.join(from, 'dist', 'fonts'))) if (f.endsWith('.woff2')) fs.copyFileSync(path.join(from, 'dist', 'fonts', f), path.join(to, 'fonts', f));
  fs.copyFileSync(path.join(from, 'LICENSE'), path.join(to, 'LICENSE'));
  // katex.js is a CommonJS script, in a package whose files are ES modules.
  fs.writeFileSync(path.join(to, 'package.json'), '{ "type": "commonjs" }\n');
}

// Lectern's own templates, precompiled (src/render/templates.ts looks them up by templateKey).
{
  const { templateKey, precompileTemplate } = await import(pathToFileURL(path.join(root, 'lib', 'render', 'templates.js')).href);
  const files = fs.readdirSync(path.join(root, 'templates'), { recursive: true }).filter((f) => f.endsWith('.hbs'));
  const entries = files.map((f) => {
    const source = fs.readFileSync(path.join(root, 'templates', f), 'utf8');
    return `${JSON.stringify(templateKey(source))}: ${precompileTemplate(source)}`;
  });
  fs.writeFileSync(path.join(path.dirname(outFile), 'templates.cjs'), `// Generated by scripts/bundle.mjs from templates/**/*.hbs.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`);
}

// The code caches hold what a build compiles, not only the top level, so a build trains them: this repository's
// own lectures (an installed package has none: a small deck), printed too where there is a browser, which trains
// Puppeteer's bundle with the calls a print makes (a cold print 20 ms sooner than with its top level only).
// Where Node caches compiled code itself (module.enableCompileCache, Node 22.1 and later), bin/load-bundle.cjs uses
// that, and there is nothing to train.
const { nodeCachesCode } = createRequire(import.meta.url)(path.join(root, 'bin', 'load-bundle.cjs'));
if (!nodeCachesCode) {
  const training = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-train-'));
  try {
    const ours = fs.existsSync(path.join(root, 'decks')) && fs.existsSync(path.join(root, 'classes'));
    const project = ours ? root : smallProject(training);
    const { findBrowserSync } = await import(pathToFileURL(path.join(root, 'lib', 'export', 'find-browser.js')).href);
    let browser = true;
    try {
      findBrowserSync(process.env);
    } catch {
      browser = false;
    }
    const train = (formats) => execFileSync(process.execPath, [path.join(root, 'bin', 'lectern.js'), 'build', '--format', formats, '--no-cache', '--out', path.join(training, 'dist')], {
      cwd: project,
      env: { ...process.env, LECTERN_WRITE_CODE_CACHE: path.dirname(outFile) },
      stdio: 'pipe',
    });
    try {
      train(browser ? 'html,pdf,handout' : 'html');
    } catch (e) {
      // A browser that does not work must not stop the compile: the caches are trained on HTML alone.
      if (!browser) throw e;
      console.warn(`bundle: training print failed (${String(e.stderr ?? e.message).trim().split('\n').at(-1)}); training on HTML only`);
      train('html');
    }
  } finally {
    fs.rmSync(training, { recursive: true, force: true });
  }
  if (!fs.existsSync(cacheFile)) throw new Error('the training build wrote no code cache');
  // Without a print, Puppeteer's bundle is trained on loading alone.
  if (!fs.existsSync(`${puppeteerFile}.cache`)) {
    execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(path.join(root, 'bin', 'load-bundle.cjs'))}); l.loadBundle(${JSON.stringify(puppeteerFile)}); l.saveCodeCaches()`], {
      env: { ...process.env, LECTERN_WRITE_CODE_CACHE: path.dirname(outFile) },
      stdio: 'pipe',
    });
  }
}

/** A one-deck project, where the package has no lectures of its own. */
function smallProject(dir) {
  const project = path.join(dir, 'project');
  fs.mkdirSync(path.join(project, 'decks'), { recursive: true });
  fs.mkdirSync(path.join(project, 'classes'));
  fs.writeFileSync(
    path.join(project, 'decks', 'training.md'),
    `---\ntitle: "Training"\nauthor: "Lectern"\n---\n\n# Part one\n\n## A slide\n\n- A point with *emphasis* and a [link](https://example.org)\n  - a sub-point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote: Speaker notes.\n\n## Another slide\n\n> A quotation\n\n1. first\n2. second\n\nNote: More notes.\n\nHandout: Text for the handout.\n`,
  );
  fs.writeFileSync(path.join(project, 'classes', 'training.yaml'), 'name: Training class\ntheme: dark\ndecks: [training]\n');
  return project;
}
