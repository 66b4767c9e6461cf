// A writable copy of a corpus course in a temporary folder, for tools that write beside their input or need
// files the corpus does not carry. The corpus itself is read-only and is never written to.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorpusEntry } from './entries.js';
import { writeStandIns } from './stand-ins.js';

export function copyCourse(entry: CorpusEntry, prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-${entry.name}-`));
  fs.cpSync(entry.dir, root, { recursive: true, filter: (source) => !(path.dirname(source) === entry.dir && entry.metadata.includes(path.basename(source))) });
  // Copies of read-only files are read-only too: make them writable so the folder can be removed.
  const chmod = (dir: string) => {
    fs.chmodSync(dir, 0o755);
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) chmod(p);
      else fs.chmodSync(p, 0o644);
    }
  };
  chmod(root);
  writeStandIns(root, entry.standIns);
  return root;
}
