// Unit-test helper: a deck's Markdown text → the parsed deck, its model for one audience, and its rendered page,
// with no project folder (the repository's templates render it).
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { buildDeck, type DeckContext } from '../../src/model/deck.js';
import { resolveLook } from '../../src/config/look.js';
import { packageRoot } from '../../src/paths/package-root.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderDeck, type ClassInfo, type PageOptions } from '../../src/render/deck.js';

export const templatesDir = path.join(packageRoot, 'templates');
export const klass: ClassInfo = { id: 'c', name: 'Course', code: 'C 1', term: null, instructor: 'Dr. X', institution: null, audience: [], vars: {} };

/** `text` as the deck file `file` (not read); fails the test on parse errors, which a unit test never wants. */
export function deckFromText(text: string, context: Partial<DeckContext> = {}, file = '/course/decks/deck.md') {
  const parsed = parseDeck(file, text);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`the test deck does not parse: ${errors.map((d) => d.message).join('; ')}`);
  const built = buildDeck(parsed, { variables: {}, maxListLines: 12, ...context });
  return { parsed, deck: built.deck, diagnostics: built.diagnostics };
}

/** The deck rendered as its reveal.js page with the deck's own look, and that page as a DOM. */
export function pageFromText(text: string, options: Partial<PageOptions> = {}) {
  const { parsed, deck } = deckFromText(text);
  const { look, diagnostics } = resolveLook([{ settings: parsed.frontMatter, file: parsed.file, baseDir: parsed.dir, locate: parsed.locate }], templatesDir, '/course');
  if (!look) throw new Error(`the test deck has no look: ${diagnostics.map((d) => d.message).join('; ')}`);
  const rendered = renderDeck(deck, look, klass, loadTemplates(templatesDir, look.theme), { assets: '../../assets', ...options });
  return { deck, look, rendered, document: parseHTML(rendered.html).document };
}
