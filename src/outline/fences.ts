// The one code-fence tracker: every stage that must not look inside ``` / ~~~ blocks asks it, line by line.
// CommonMark rules: a fence opens with 3+ backticks or tildes; only the same character, at least as many, and
// nothing but spaces after, closes it. A longer fence can therefore hold a shorter one as its text.

export type FenceState = 'outside' | 'open' | 'inside' | 'close';

const RE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

export class FenceTracker {
  private marker: string | undefined;
  private openedAt = -1;
  private index = -1;

  /** Feeds the next line; says whether it opens, closes, lies inside or outside a fenced block. */
  feed(text: string): FenceState {
    this.index++;
    const m = RE_OPEN.exec(text);
    if (!this.marker) {
      // A backtick fence's info string may not contain backticks (that is inline code, not a fence).
      if (!m || (m[1]![0] === '`' && m[2]!.includes('`'))) return 'outside';
      this.marker = m[1];
      this.openedAt = this.index;
      return 'open';
    }
    if (m && m[1]![0] === this.marker[0] && m[1]!.length >= this.marker.length && !m[2]!.trim()) {
      this.marker = undefined;
      return 'close';
    }
    return 'inside';
  }

  /** Whether the last line fed was part of a fenced block (its fence lines included). */
  static isCode(state: FenceState): boolean {
    return state !== 'outside';
  }

  /** The fence still open after the last line, with its 0-based line index. */
  get unclosed(): { marker: string; index: number } | undefined {
    return this.marker ? { marker: this.marker, index: this.openedAt } : undefined;
  }
}

/** For each line, whether it belongs to a fenced code block. */
export function codeLines(lines: readonly string[]): boolean[] {
  const tracker = new FenceTracker();
  return lines.map((l) => FenceTracker.isCode(tracker.feed(l)));
}

/** The text with every fenced block's lines blanked (line count kept), for scans that must skip code. */
export function blankFences(text: string): string {
  const lines = text.split('\n');
  const code = codeLines(lines);
  return lines.map((l, i) => (code[i] ? '' : l)).join('\n');
}
