// The output folder a full build replaces: it must be Lectern's own.
import fs from 'node:fs';
import path from 'node:path';
import { fileError, type Diagnostic } from '../diagnostics.js';
import { outputLinkProblems } from './output-links.js';

/**
 * A full build replaces the output folder: it must be Lectern's own. Refuse the project folder, any folder
 * holding it, and a non-empty folder without a Lectern manifest, so a wrong --out never deletes anyone's files.
 */
export function checkOutDir(outDir: string, root: string): Diagnostic[] {
  const out = path.resolve(outDir);
  const rel = path.relative(out, path.resolve(root));
  if (rel === '' || !rel.startsWith('..')) {
    return [fileError(out, `--out ${outDir} is the project folder or holds it; Lectern replaces its output folder, so choose a folder of its own such as dist`)];
  }
  const links = outputLinkProblems(out);
  if (links.length) return links;
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    return [fileError(out, `--out ${outDir} is a file, not a folder; choose a folder of its own such as dist`)];
  }
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'manifest.json'))) {
    return [fileError(out, `${outDir} already holds files that Lectern did not write (no manifest.json); choose an empty or new folder for --out`)];
  }
  return [];
}
