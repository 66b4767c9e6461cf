// The slide sources every dialect produces: body lines with their file line numbers, headings, vertical children.
export interface SourceLine {
  text: string;
  /** 1-based file line. */
  line: number;
}

export interface HeadingSource {
  level: 1 | 2 | 3;
  text: string;
  line: number;
  /** Raw text inside `{…}` at the end of the heading line, if any. */
  attributes?: string;
  attributesColumn?: number;
}

export interface SlideSource {
  kind: 'title' | 'section' | 'slide';
  heading?: HeadingSource;
  /** Body lines (heading excluded in outline decks), notes included. */
  lines: SourceLine[];
  line: number;
  /** Vertical sub-slides below this one. */
  children: SlideSource[];
}
