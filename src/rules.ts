// The one list of check rules: their ids, default severity, where they run, and how build summarises them.
// `lectern check`, `lectern build`, `lectern check --help` and the rule table in docs/authoring.md all read it.

export type RuleKind = 'static' | 'layout';
export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

export interface Rule {
  id: string;
  severity: Severity;
  /** static: from the rendered HTML, on every build; layout: in Chromium at the slide size, in `lectern check`. */
  kind: RuleKind;
  /** One line for help texts and the rule table (docs/authoring.md). */
  description: string;
  /** Build's one-line summary of a rule's warnings: "38 slides have no speaker notes". */
  summary(count: number): string;
  /** Build lists each finding even when there are several (each one needs its own action). */
  alwaysList?: boolean;
}

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const RULES = [
  { id: 'overflow', severity: 'error', kind: 'layout', description: 'content runs off the slide (below or to the right)', summary: (n) => `${s(n, 'slide overflows', 'slides overflow')}` },
  { id: 'min-font-size', severity: 'warning', kind: 'layout', description: 'text smaller than 18 px at 720 px slide height', summary: (n) => `${s(n, 'slide has', 'slides have')} text too small to read when projected` },
  { id: 'missing-image', severity: 'error', kind: 'static', description: 'an image or linked file that does not exist or does not load', summary: (n) => `${s(n, 'image is', 'images are')} missing` },
  { id: 'remote-image', severity: 'warning', kind: 'static', description: 'an image from the web: it will not show offline', summary: (n) => `${s(n, 'image comes', 'images come')} from the web and will not show offline` },
  { id: 'site-link', severity: 'warning', kind: 'static', description: 'a root-relative link or image ("/path"): a web-site path, left as it is', summary: (n) => `${s(n, 'link is a web-site path', 'links are web-site paths')} (left as written)` },
  { id: 'missing-font', severity: 'error', kind: 'static', description: 'text in a script no bundled font draws (it would print as empty boxes)', alwaysList: true, summary: (n) => `${s(n, 'script has', 'scripts have')} no font` },
  { id: 'emoji-font', severity: 'warning', kind: 'static', description: 'emoji, which only the computer\'s own emoji font draws (Lectern bundles none)', alwaysList: true, summary: (n) => `${s(n, 'deck uses', 'decks use')} emoji that need the computer's emoji font` },
  { id: 'image-alt', severity: 'error', kind: 'static', description: 'an image without alt text', summary: (n) => `${s(n, 'image has', 'images have')} no alt text` },
  { id: 'broken-link', severity: 'error', kind: 'static', description: 'a link to a slide, anchor or file that does not exist', summary: (n) => `${s(n, 'link points', 'links point')} nowhere` },
  { id: 'empty-slide', severity: 'warning', kind: 'static', description: 'a content slide with nothing on it', summary: (n) => `${s(n, 'slide is', 'slides are')} empty` },
  { id: 'missing-notes', severity: 'warning', kind: 'static', description: 'a content slide without speaker notes', summary: (n) => `${s(n, 'slide has', 'slides have')} no speaker notes` },
  { id: 'unlisted-deck', severity: 'warning', kind: 'static', description: 'a deck that no class lists (no class would show it)', alwaysList: true, summary: (n) => `${s(n, 'deck is', 'decks are')} in no class` },
  { id: 'not-a-deck', severity: 'warning', kind: 'static', description: 'a folder in decks/ with no deck in it (no index.md), so it is skipped', alwaysList: true, summary: (n) => `${s(n, 'folder holds', 'folders hold')} no deck` },
  { id: 'empty-deck', severity: 'warning', kind: 'static', description: 'a deck file with no slides in it (empty, or front matter only)', alwaysList: true, summary: (n) => `${s(n, 'deck has', 'decks have')} no slides` },
  { id: 'script', severity: 'warning', kind: 'static', description: 'raw HTML that runs code (<script>, on… handlers, javascript: links)', alwaysList: true, summary: (n) => `${s(n, 'place runs', 'places run')} code from raw HTML` },
  { id: 'unsafe-url', severity: 'warning', kind: 'static', description: 'a link, frame or background URL that could run code (javascript:, vbscript:, a data: page): left out', alwaysList: true, summary: (n) => `${s(n, 'URL was', 'URLs were')} left out as unsafe` },
  { id: 'outside-frame', severity: 'warning', kind: 'static', description: 'an <iframe>, <object> or <embed> showing a file outside the project (file:, an absolute path, ../ out of it)', alwaysList: true, summary: (n) => `${s(n, 'frame shows', 'frames show')} a file outside the project` },
  { id: 'network', severity: 'error', kind: 'layout', description: 'a request to another host while the deck loads (decks work offline)', summary: (n) => `${s(n, 'request goes', 'requests go')} to the network` },
  { id: 'unknown-lang', severity: 'warning', kind: 'static', description: 'a deck lang with no string table (Lectern\'s own words stay English)', summary: (n) => `${s(n, 'deck has', 'decks have')} a lang with no string table` },
  { id: 'placeholder', severity: 'warning', kind: 'static', description: 'text left from the starter deck ("Your Name")', alwaysList: true, summary: (n) => `${s(n, 'placeholder is', 'placeholders are')} left from the starter deck` },
  { id: 'lecture-length', severity: 'warning', kind: 'static', description: "a deck planned for longer than its class's lecture: slot", alwaysList: true, summary: (n) => `${s(n, 'deck is', 'decks are')} planned for longer than the lecture` },
  { id: 'contrast', severity: 'error', kind: 'static', description: 'text or accent colours below WCAG AA contrast', summary: (n) => `${s(n, 'colour pair is', 'colour pairs are')} below WCAG AA contrast` },
  { id: 'marp-directive', severity: 'warning', kind: 'static', description: 'a Marp style directive whose value is not plain CSS (a colour, a size): ignored', alwaysList: true, summary: (n) => `${s(n, 'Marp directive was', 'Marp directives were')} ignored` },
  { id: 'marp-theme', severity: 'warning', kind: 'static', description: 'a Marp theme Lectern cannot load (the deck is shown in the light theme)', alwaysList: true, summary: (n) => `${s(n, 'deck names', 'decks name')} a Marp theme Lectern cannot load` },
  { id: 'foreign-theme', severity: 'warning', kind: 'static', description: 'a reveal.js or Slidev theme Lectern cannot load (the deck is shown in a Lectern theme)', alwaysList: true, summary: (n) => `${s(n, 'deck names', 'decks name')} another tool's theme Lectern cannot load` },
  { id: 'marp-size', severity: 'warning', kind: 'static', description: 'a Marp slide size Lectern does not know (the deck is shown at 16:9)', alwaysList: true, summary: (n) => `${s(n, 'deck has', 'decks have')} a Marp size Lectern does not know` },
  { id: 'slidev-component', severity: 'warning', kind: 'static', description: 'a Slidev Vue component or course layout Lectern cannot render (its text is shown, in the default layout)', alwaysList: true, summary: (n) => `${s(n, 'Slidev component or layout is', 'Slidev components or layouts are')} shown as plain text or the default layout` },
  { id: 'quarto-code', severity: 'warning', kind: 'static', description: 'Quarto code that Quarto runs and Lectern does not (a {{< shortcode >}}, an inline `r …` expression): left out', alwaysList: true, summary: (n) => `${s(n, 'piece of Quarto code was', 'pieces of Quarto code were')} left out` },
  { id: 'fenced-div', severity: 'warning', kind: 'static', description: 'a fenced div (":::") never closed, closed twice or with attributes Lectern cannot read: shown as text', alwaysList: true, summary: (n) => `${s(n, 'fenced div is', 'fenced divs are')} shown as text` },
  { id: 'pptx-dropped', severity: 'warning', kind: 'static', description: 'an element PowerPoint export cannot carry (raw HTML, an iframe, a video): left out of the .pptx, its text kept', alwaysList: true, summary: (n) => `${s(n, 'element was', 'elements were')} left out of the PowerPoint files` },
] as const satisfies readonly Rule[];

/** Every rule id: a typo in a finding's rule does not compile. */
export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS = RULES.map((r) => r.id) as [RuleId, ...RuleId[]];

export function ruleById(id: RuleId): Rule {
  return RULES.find((r) => r.id === id)!;
}
