// A course folder written to a temporary project and read as build reads it: the helper of the tests of
// settings a course keeps beside its decks (reveal-md.json, mkslides.yml, a reveal.js page).
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { readDecks } from '../../../src/outline/read-decks.js';
import { tempDir } from '../../helpers.js';

export function readCourse(files: Record<string, string>) {
  const root = tempDir('lectern-course-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  const diagnostics: Diagnostic[] = [];
  return { root, parsed: readDecks({ root, decksDir: path.join(root, 'decks'), classesDir: path.join(root, 'classes'), templatesDir: root, followLinks: false }, diagnostics).parsed };
}
