// Renders a deck given as a string (a temp file, since decks resolve images against their folder), as build
// would with one class: the helper of the foreign-deck fidelity tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parseDeck } from '../../../src/outline/parse-deck.js';
import { buildDeck } from '../../../src/model/deck.js';
import { resolveLook } from '../../../src/config/look.js';
import { renderDeck } from '../../../src/render/deck.js';
import { loadTemplates } from '../../../src/render/templates.js';
import type { FrontMatter } from '../../../src/config/schema.js';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const klass = { id: 'c', name: 'Course', code: 'C 1', term: null, instructor: null, institution: null, audience: [], vars: {} };

export function renderText(text: string, classSettings: FrontMatter = {}, name = 'deck.md') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-foreign-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const parsed = parseDeck(file, text);
    const layers = [
      { settings: classSettings, file: path.join(dir, 'class.yaml'), baseDir: dir, locate: () => ({ line: 1, column: 1 }) },
      { settings: parsed.frontMatter, file, baseDir: parsed.dir, locate: parsed.locate },
    ];
    const { look } = resolveLook(layers, templatesDir, dir);
    const { deck } = buildDeck(parsed, { audience: [], variables: {}, maxListLines: look!.theme.maxListLines });
    const out = renderDeck(deck, look!, klass, loadTemplates(templatesDir, look!.theme), { assets: '../../assets' });
    return { ...out, parsed, document: parseHTML(out.html).document };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
