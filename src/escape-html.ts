// The one HTML escape: text and attribute values from decks and classes never become markup.

/** `&`, `<`, `>`, `"` and `'` as numeric character references: safe in text and in quoted attributes alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
