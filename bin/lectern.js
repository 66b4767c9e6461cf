#!/usr/bin/env node
// The only place that calls process.exit: everything below returns an exit code.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import loader from './load-bundle.cjs';

const { loadBundle } = loader;

// lib/bundle/ (scripts/bundle.mjs) starts faster; lib/cli.js is the same code as tsc wrote it.
const bundled = loadBundle(fileURLToPath(new URL('../lib/bundle/lectern.cjs', import.meta.url)));
const compiled = new URL('../lib/cli.js', import.meta.url);
if (!bundled && !existsSync(fileURLToPath(compiled))) {
  console.error('lectern: the compiled CLI is missing (lib/cli.js); run "npm install" or "npm run compile" in the Lectern folder.');
  process.exit(2);
}
const { main } = bundled?.exports ?? (await import(compiled.href));
process.exitCode = await main(process.argv.slice(2));
bundled?.saveCodeCache();
