// Characters that do not show, or turn the text around them (U+202E): refused in names, written out in messages.

// C0 and C1 controls, zero-width characters, line and paragraph separators, bidi embeddings, overrides and isolates.
const INVISIBLE = '[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
const RE_INVISIBLE = new RegExp(INVISIBLE);
const RE_INVISIBLE_ALL = new RegExp(INVISIBLE, 'g');

export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first invisible character in `text`, or undefined. */
export function firstInvisible(text: string): string | undefined {
  return RE_INVISIBLE.exec(text)?.[0];
}

/** Text with its invisible characters written out as <U+202E>, so a terminal line shows what is there. */
export function showInvisible(text: string): string {
  return text.replace(RE_INVISIBLE_ALL, (c) => `<${codePoint(c)}>`);
}
