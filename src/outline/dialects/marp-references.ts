// CommonMark reference definitions in a Marp deck: markdown-it reads the whole file at once, so a definition on
// one slide serves every slide, and its URL may sit on the next line (`[pic]:` then `  https://…`). Lectern
// renders slide by slide, so the dialect collects them deck-wide and writes reference images inline, which is
// also what lets Marp's image keywords (`![bg right:40%][pic]`) make backgrounds of them.
const RE_LABEL_ONLY = /^ {0,3}\[([^\]\n]+)\]:[ \t]*$/;
const RE_DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s<>]+)>?(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/;
const RE_DESTINATION = /^[ \t]*<?([^\s<>]+)>?(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/;
// No `[` inside: each scan stops at the next bracket, so a line of many unclosed `![` stays linear.
const RE_REFERENCE_IMAGE = /!\[([^\][\n]*)\]\[([^\][\n]*)\]/g;

/** CommonMark matches labels without case and with runs of white space as one. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Label → URL, the first definition of a label winning as in CommonMark. `code[i]` marks lines inside code. */
export function referenceDefinitions(lines: readonly string[], code: readonly boolean[]): Map<string, string> {
  const defs = new Map<string, string>();
  const add = (label: string, url: string) => void (defs.has(labelKey(label)) || defs.set(labelKey(label), url));
  for (let i = 0; i < lines.length; i++) {
    if (code[i]) continue;
    const one = RE_DEFINITION.exec(lines[i]!);
    if (one) {
      add(one[1]!, one[2]!);
      continue;
    }
    const label = RE_LABEL_ONLY.exec(lines[i]!);
    const next = label && i + 1 < lines.length && !code[i + 1] ? RE_DESTINATION.exec(lines[i + 1]!) : null;
    if (label && next) add(label[1]!, next[1]!);
  }
  return defs;
}

/** The definitions as one-line Markdown, for slides rendered on their own. */
export function definitionLines(defs: ReadonlyMap<string, string>): string[] {
  return [...defs].map(([label, url]) => `[${label}]: ${url}`);
}

/** `![alt][label]` and `![alt][]` → `![alt](url)` where the label is defined; others are left as written. */
export function inlineReferenceImages(text: string, defs: ReadonlyMap<string, string>): string {
  if (!defs.size || !text.includes('![')) return text;
  return text.replace(RE_REFERENCE_IMAGE, (whole, alt: string, label: string) => {
    const url = defs.get(labelKey(label || alt));
    return url === undefined ? whole : `![${alt}](<${url}>)`;
  });
}
