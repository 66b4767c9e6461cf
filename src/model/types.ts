// The deck model: what the read and model stages make and every later stage reads.
import type { FrontMatter } from '../config/schema.js';
import type { Layout, SlideAttributes } from '../outline/attributes.js';
import type { DialectName } from '../outline/dialects/index.js';
import type { SourceLine } from '../outline/source.js';

export interface Slide {
  id: string;
  kind: 'title' | 'section' | 'content';
  layout: Layout;
  /** Plain-text title for outlines, bookmarks and the manifest. */
  title: string;
  /** Heading Markdown rendered above the body; absent where the heading is part of the body (reveal.js, Marp). */
  heading?: string;
  headingLevel: 1 | 2 | 3;
  body: string;
  /** The kept source lines of the body, to place diagnostics. */
  bodyLines: SourceLine[];
  /** Student-facing Markdown from a `Handout:` block: handouts and the reading view, never the slide ('' when none). */
  handout: string;
  /** Speaker notes: the lecturer's only (speaker view, --pdf-notes, lecturer-notes handouts). */
  notes: string;
  attributes: SlideAttributes;
  line: number;
  continued?: { part: number; of: number };
  /** Added by Lectern (a source slide the deck did not write), not by the author. */
  generated?: boolean;
  children: Slide[];
}

export interface Deck {
  slug: string;
  file: string;
  dir: string;
  meta: FrontMatter & { title: string; lang: string };
  /** The syntax the deck was written in; reveal.js and Marp decks keep exactly their tool's slides. */
  dialect: DialectName;
  slides: Slide[];
}
