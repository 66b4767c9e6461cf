#!/usr/bin/env node
// The only place that calls process.exit: everything below returns an exit code. CommonJS (bin/package.json):
// Node starts a CommonJS entry about 5 ms sooner than an ES module, and Chromium is spawned only after this.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { loadBundle, saveCodeCaches } = require('./load-bundle.cjs');

// lib/bundle/ (scripts/bundle.mjs) starts faster; lib/cli.js is the same code as tsc wrote it.
const bundled = loadBundle(path.join(__dirname, '..', 'lib', 'bundle', 'lectern.cjs'));
const compiled = path.join(__dirname, '..', 'lib', 'cli.js');
if (!bundled && !fs.existsSync(compiled)) {
  console.error('lectern: the compiled CLI is missing (lib/cli.js); run "npm install" or "npm run compile" in the Lectern folder.');
  process.exit(2);
}

(async () => {
  const { main } = bundled?.exports ?? (await import(pathToFileURL(compiled).href));
  const code = await main(process.argv.slice(2));
  saveCodeCaches();
  // main has finished its work; what may still hold the event loop is not ours to wait for (Puppeteer keeps a
  // 100 ms timer after each page closes, waiting for a frame swap): exit once the output is flushed.
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
})();
