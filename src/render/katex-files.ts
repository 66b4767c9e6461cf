// Where KaTeX's script, stylesheet and fonts are: the copy the compile keeps in lib/bundle/katex (an installed Lectern
// has no katex package, whose command-line dependency asks for a newer Node than 20), else the katex package's dist/.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { packageRoot } from '../paths/package-root.js';

const require = createRequire(import.meta.url);

/** The folder holding katex.js, katex.min.css and fonts/. */
export function katexDist(root = packageRoot): string {
  const copy = path.join(root, 'lib', 'bundle', 'katex');
  return fs.existsSync(path.join(copy, 'katex.js')) ? copy : path.join(path.dirname(require.resolve('katex/package.json')), 'dist');
}
