// A slide body's Markdown tokens, lexed once: list splitting, the speaking-time floor and fragment counting
// all read the same slide's tokens while a deck is planned.
import { Lexer, type Token } from 'marked';

const KEEP = 512;
const lexed = new Map<string, readonly Token[]>();

/** GFM tokens of `body`; callers only read them. */
export function lexBody(body: string): readonly Token[] {
  let tokens = lexed.get(body);
  if (!tokens) {
    tokens = new Lexer({ gfm: true }).lex(body);
    // A deck's slides are read a few times in a row, then not again: a small window is enough.
    if (lexed.size >= KEEP) lexed.delete(lexed.keys().next().value!);
    lexed.set(body, tokens);
  }
  return tokens;
}
