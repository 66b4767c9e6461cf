#!/usr/bin/env node
// The only place that calls process.exit: everything below returns an exit code.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const compiled = new URL('../lib/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error('lectern: the compiled CLI is missing (lib/cli.js); run "npm install" or "npm run compile" in the Lectern folder.');
  process.exit(2);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
