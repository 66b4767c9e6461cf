// Adds a deck to a class file's `decks:` list, editing the YAML in place so the lecturer's comments stay.
import fs from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { didYouMean, UsageError } from '../diagnostics.js';
import { tempBeside } from '../paths/temp-name.js';

export type AddResult = 'added' | 'already-listed' | 'lists-every-deck';

/** The class file for an id (classes/<id>.yaml or .yml), or a usage error naming the classes there are. */
export function classFile(classesDir: string, id: string): string {
  const files = fs.existsSync(classesDir) ? fs.readdirSync(classesDir).filter((f) => /\.ya?ml$/.test(f)) : [];
  const found = files.find((f) => f.replace(/\.ya?ml$/, '') === id);
  if (!found) throw new UsageError(`unknown class "${id}"${didYouMean(id, files.map((f) => f.replace(/\.ya?ml$/, '')))}`);
  return path.join(classesDir, found);
}

export function addDeckToClass(file: string, slug: string): AddResult {
  const text = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length) throw new UsageError(`${path.basename(file)} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first`);
  const decks = doc.get('decks', true);
  // No decks: list means the class shows every deck, the new one included.
  if (decks === undefined) return 'lists-every-deck';
  if (!isSeq(decks)) throw new UsageError(`"decks:" in ${path.basename(file)} is not a list; fix it first`);
  if (decks.items.some((item) => String((item as { value?: unknown }).value ?? item) === slug)) return 'already-listed';
  decks.add(doc.createNode(slug));
  // Written beside and renamed over: a crash mid-write never leaves a half class file.
  const tmp = tempBeside(file);
  fs.writeFileSync(tmp, doc.toString({ lineWidth: 0 }));
  fs.renameSync(tmp, file);
  return 'added';
}
