// Where Lectern itself is installed: its templates, fonts and reveal.js are read from there.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Two folders up from src/paths/ (or lib/paths/): the package folder.
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
