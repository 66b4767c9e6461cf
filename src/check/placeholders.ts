// Text left from `lectern new`'s starter deck (templates/starter/deck.md): it would reach the title slide and
// the PDFs' metadata unnoticed.
import fs from 'node:fs';
import { warning, type Diagnostic } from '../diagnostics.js';
import type { FrontMatter } from '../config/schema.js';

/** The starter's placeholder values, as it writes them (its title is the lecturer's own, from the slug). */
export const STARTER_PLACEHOLDERS = ['Your Name', 'What this lecture is about, in one line', 'The document this lecture summarizes', 'Its author'];

/** Each placeholder still in the deck's front matter, at its place. */
export function placeholderFindings(deck: { file: string; meta: Pick<FrontMatter, 'author' | 'subtitle' | 'source'> }): Diagnostic[] {
  const values = [deck.meta.author, deck.meta.subtitle, deck.meta.source?.title, deck.meta.source?.author];
  if (!values.some((v) => typeof v === 'string' && STARTER_PLACEHOLDERS.includes(v))) return [];
  const lines = fs.existsSync(deck.file) ? fs.readFileSync(deck.file, 'utf8').split('\n') : [];
  return lines.flatMap((text, i) => {
    const found = STARTER_PLACEHOLDERS.find((p) => text.includes(`"${p}"`) || text.endsWith(`: ${p}`));
    return found ? [warning(deck.file, i + 1, text.indexOf(found) + 1, `"${found}" is left from the starter deck: put in your own, or remove the line`, 'placeholder')] : [];
  });
}
