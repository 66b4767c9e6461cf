// bin/lectern.js runs lib/bundle/lectern.cjs (scripts/bundle.mjs) with V8's code cache: the same program as
// lib/cli.js, started faster. These run the compiled files, as `npm test` builds them first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { isAscii } from 'node:buffer';
import { buildProject, repoRoot, tempProject } from './helpers.js';
import { templateKey } from '../src/render/templates.js';

const loader = path.join(repoRoot, 'bin', 'load-bundle.cjs');
/** Node 20 has no module.enableCompileCache: the loader compiles with the cache files beside the bundles itself. */
const ownCodeCache = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const bundle = path.join(repoRoot, 'lib', 'bundle', 'lectern.cjs');

/** loadBundle in a fresh Node (a vitest worker runs with flags of its own, which V8 checks the cache against). */
const probe = (file: string, expr: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', `import { loadBundle } from ${JSON.stringify(loader)}; const b = loadBundle(${JSON.stringify(file)}); console.log(JSON.stringify(${expr}));`], { encoding: 'utf8' });

describe('the bundled CLI', () => {
  it.skipIf(!ownCodeCache)('loads with its code cache accepted and exports main', () => {
    expect(JSON.parse(probe(bundle, '{ rejected: b.codeCacheRejected, main: typeof b.exports.main }'))).toEqual({ rejected: false, main: 'function' });
  });

  it.skipIf(!ownCodeCache)("bundles Puppeteer with a code cache of its own, accepted, with the API the export uses", () => {
    const puppeteer = path.join(repoRoot, 'lib', 'bundle', 'puppeteer.cjs');
    expect(JSON.parse(probe(puppeteer, '{ rejected: b.codeCacheRejected, connect: typeof b.exports.default.connect }'))).toEqual({ rejected: false, connect: 'function' });
  });

  it('is written in ASCII only, which the loader reads as Latin-1; a file with other characters is read as UTF-8', () => {
    for (const file of [bundle, path.join(repoRoot, 'lib', 'bundle', 'puppeteer.cjs')]) expect(isAscii(fs.readFileSync(file)), file).toBe(true);
    // The escapes the bundle script writes mean what the characters meant, in a string and in a regular expression.
    expect(fs.readFileSync(bundle, 'utf8')).toContain('\\u201c');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bundle-'));
    const file = path.join(dir, 'm.cjs');
    fs.writeFileSync(file, 'exports.text = "“é” 😀"; exports.quote = /“/.test("a “b”");');
    expect(JSON.parse(probe(file, 'b.exports'))).toEqual({ text: '“é” 😀', quote: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!ownCodeCache)("trains Puppeteer's code cache with a real print, beyond what loading it compiles", () => {
    const shipped = path.join(repoRoot, 'lib', 'bundle', 'puppeteer.cjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bundle-'));
    const copy = path.join(dir, 'puppeteer.cjs');
    fs.copyFileSync(shipped, copy);
    execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(loader)}); l.loadBundle(${JSON.stringify(copy)}); l.saveCodeCaches()`], { env: { ...process.env, LECTERN_WRITE_CODE_CACHE: dir } });
    const loadOnly = fs.statSync(`${copy}.cache`).size;
    // The connect, page and print code a build runs is compiled code in the shipped cache, not left to compile lazily.
    expect(fs.statSync(`${shipped}.cache`).size).toBeGreaterThan(loadOnly * 1.1);
    // A folder other than the one LECTERN_WRITE_CODE_CACHE names gets no cache written.
    fs.rmSync(`${copy}.cache`);
    execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(loader)}); l.loadBundle(${JSON.stringify(copy)}); l.saveCodeCaches()`], { env: { ...process.env, LECTERN_WRITE_CODE_CACHE: os.tmpdir() } });
    expect(fs.existsSync(`${copy}.cache`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!ownCodeCache)('a damaged code cache is refused by V8 and the code still runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bundle-'));
    const file = path.join(dir, 'm.cjs');
    fs.writeFileSync(file, 'exports.answer = () => 6 * 7;');
    fs.writeFileSync(`${file}.cache`, fs.readFileSync(`${bundle}.cache`).subarray(0, 4096));
    expect(JSON.parse(probe(file, '{ rejected: b.codeCacheRejected, answer: b.exports.answer() }'))).toEqual({ rejected: true, answer: 42 });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the caching to Node where Node has module.enableCompileCache, and writes no cache file of its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bundle-'));
    const file = path.join(dir, 'm.cjs');
    const cut = path.join(dir, 'cut.cjs');
    fs.writeFileSync(file, 'exports.answer = () => 6 * 7;');
    fs.writeFileSync(cut, fs.readFileSync(bundle, 'utf8').slice(0, 50_000));
    // Node 22's API, stood in for on this Node before the loader is loaded.
    const script = `const Module = require('node:module'); const calls = [];
      Module.enableCompileCache = () => { calls.push('enable'); return {}; };
      Module.flushCompileCache = () => calls.push('flush');
      const l = require(${JSON.stringify(loader)});
      const b = l.loadBundle(${JSON.stringify(file)});
      const cut = l.loadBundle(${JSON.stringify(cut)});
      l.saveCodeCaches();
      console.log(JSON.stringify({ node: l.nodeCachesCode, answer: b.exports.answer(), rejected: b.codeCacheRejected ?? null, cut: cut === undefined, calls }));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, LECTERN_WRITE_CODE_CACHE: dir } });
    expect(JSON.parse(out)).toEqual({ node: true, answer: 42, rejected: null, cut: true, calls: ['enable', 'enable', 'flush'] });
    expect(fs.readdirSync(dir).sort()).toEqual(['cut.cjs', 'm.cjs']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a bundle cut short is passed over, and lib/cli.js runs instead', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bundle-'));
    const file = path.join(dir, 'lectern.cjs');
    fs.writeFileSync(file, fs.readFileSync(bundle, 'utf8').slice(0, 50_000));
    expect(JSON.parse(probe(file, '{ loaded: b !== undefined }'))).toEqual({ loaded: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds the same dist/ as lib/cli.js, byte for byte', () => {
    const project = tempProject();
    const run = (entry: string[], out: string) => execFileSync(process.execPath, [...entry, 'build', '--format', 'html', '--no-cache', '--out', out], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    run([path.join(repoRoot, 'bin', 'lectern.js')], 'dist-bundle');
    run(['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(path.join(repoRoot, 'lib', 'cli.js'))}); process.exitCode = await main(process.argv.slice(1));`], 'dist-lib');
    const files = (dir: string) => (fs.readdirSync(path.join(project, dir), { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(project, dir, f)).isFile()).sort();
    expect(files('dist-bundle')).toEqual(files('dist-lib'));
    expect(files('dist-bundle').length).toBeGreaterThan(10);
    for (const f of files('dist-bundle').filter((f) => /\.(html|json|css|js)$/.test(f))) {
      expect(fs.readFileSync(path.join(project, 'dist-bundle', f), 'utf8'), f).toBe(fs.readFileSync(path.join(project, 'dist-lib', f), 'utf8'));
    }
  });

  it("precompiles every one of Lectern's templates, and they render what compiling them at run time renders", async () => {
    const shipped = (fs.readdirSync(path.join(repoRoot, 'templates'), { recursive: true }) as string[]).filter((f) => f.endsWith('.hbs'));
    const precompiled = createRequire(import.meta.url)(path.join(repoRoot, 'lib', 'bundle', 'templates.cjs')) as Record<string, unknown>;
    expect(shipped.length).toBeGreaterThan(5);
    for (const f of shipped) expect(precompiled[templateKey(fs.readFileSync(path.join(repoRoot, 'templates', f), 'utf8'))], f).toBeDefined();

    // A project's own copy with a comment added to every template: the same output, compiled at run time.
    const same = tempProject();
    const edited = tempProject();
    for (const f of (fs.readdirSync(path.join(edited, 'templates'), { recursive: true }) as string[]).filter((f) => f.endsWith('.hbs'))) {
      fs.appendFileSync(path.join(edited, 'templates', f), '{{!-- compiled at run time --}}');
    }
    // The two copies were written at different times: the build's date comes from SOURCE_DATE_EPOCH instead.
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      expect((await buildProject(same, ['html'], { cache: false })).ok).toBe(true);
      expect((await buildProject(edited, ['html'], { cache: false })).ok).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
    const files = (root: string) => (fs.readdirSync(path.join(root, 'dist'), { recursive: true }) as string[]).filter((f) => /\.(html|json)$/.test(f)).sort();
    expect(files(edited)).toEqual(files(same));
    for (const f of files(same)) expect(fs.readFileSync(path.join(edited, 'dist', f), 'utf8'), f).toBe(fs.readFileSync(path.join(same, 'dist', f), 'utf8'));
  });
});
