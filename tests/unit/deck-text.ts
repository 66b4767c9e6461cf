// Unit-test helper: a deck's Markdown text → the parsed deck and its model for one audience, with no files.
import { parseDeck } from '../../src/outline/parse-deck.js';
import { buildDeck, type DeckContext } from '../../src/model/deck.js';

/** `text` as the file /course/decks/<slug>.md; fails the test on parse errors, which a unit test never wants. */
export function deckFromText(text: string, context: Partial<DeckContext> = {}, slug = 'deck') {
  const parsed = parseDeck(`/course/decks/${slug}.md`, text);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`the test deck does not parse: ${errors.map((d) => d.message).join('; ')}`);
  const built = buildDeck(parsed, { variables: {}, maxListLines: 12, ...context });
  return { parsed, deck: built.deck, diagnostics: built.diagnostics };
}
