// Picks a deck's dialect: Marp when it says so, Quarto by .qmd or format revealjs, Slidev by its headmatter, reveal.js when it uses separators, else outline.
import type { Dialect, DeckText } from './dialect.js';
import { marpDialect } from './marp.js';
import { outlineDialect } from './outline.js';
import { revealDialect } from './reveal.js';
import { slidevDialect } from './slidev.js';
import { quartoDialect } from './quarto.js';

export const dialects: readonly Dialect[] = [marpDialect, quartoDialect, slidevDialect, revealDialect, outlineDialect];

export function dialectOf(deck: DeckText): Dialect {
  return dialects.find((d) => d.detect(deck)) ?? outlineDialect;
}

export function dialectNamed(name: Dialect['name']): Dialect {
  return dialects.find((d) => d.name === name)!;
}

export type { Dialect, DeckText, DialectName, DialectSlide } from './dialect.js';
