// The input syntaxes Lectern reads, behind one interface: each dialect detects itself, splits a body into slides
// (with attributes) and separates a slide's notes. Model and render ask the dialect instead of testing a mode.
import type { Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';
import type { SlideAttributes } from '../attributes.js';
import type { SlideSource, SourceLine } from '../source.js';

export type DialectName = 'outline' | 'reveal' | 'marp' | 'slidev' | 'quarto';

/** A deck file after its front matter was read. */
export interface DeckText {
  file: string;
  frontMatter: FrontMatter;
  body: string;
  /** File line (1-based) on which `body` starts. */
  bodyLine: number;
  /** The whole file as read (Slidev's headmatter is its first slide's front matter, read by the dialect). */
  text?: string;
  /** Settings the deck's tool reads from files around it (Quarto's _quarto.yml and _metadata.yml), merged. */
  toolSettings?: Record<string, unknown>;
  /** The project folder: dialects that look for files around the deck (_freeze/) look no higher. */
  root?: string;
  /** File position of a front matter key (for warnings on it). */
  locate?: (path: readonly (string | number)[]) => { line: number; column: number };
}

export interface DialectSlide extends SlideSource {
  attributes: SlideAttributes;
  children: DialectSlide[];
}

export interface DialectParse {
  slides: DialectSlide[];
  /** Front matter as Lectern reads it (a leading "# Title" becomes the title; Marp's settings mapped to ours). */
  frontMatter: FrontMatter;
  diagnostics: Diagnostic[];
  /** A reveal.js bundled theme the deck names: its own stylesheet is drawn over Lectern's theme of its tone. */
  revealTheme?: string;
  /** Files this deck imports (Slidev's `src:`): parts of it, never decks of their own. */
  imports?: string[];
}

export interface Dialect {
  readonly name: DialectName;
  /** Whether a deck is written in this dialect. Dialects are tried in order: marp, slidev, reveal, outline. */
  detect(deck: DeckText): boolean;
  parse(deck: DeckText): DialectParse;
  /** A slide's lines (already filtered for the audience) → the body shown and the speaker notes (Markdown). */
  notes(lines: readonly SourceLine[], frontMatter: FrontMatter): { body: SourceLine[]; notes: string; handout?: string };
  /**
   * Outline decks get theme headings, title and section slides, a generated source slide and "(cont.)" slides.
   * reveal.js and Marp decks keep their headings in the body and exactly their tool's slides: none of that.
   */
  readonly outlined: boolean;
}
