// Every deck file of a project, read and parsed once for all classes: names checked (one deck per name, no
// folder or binary file taken for a deck), size bounded, and each file's reveal.js or reveal-md settings applied.
import fs from 'node:fs';
import path from 'node:path';
import { fileError, relativePath, type Diagnostic } from '../diagnostics.js';
import { findDecks, isText, type DeckFile, type Project } from '../config/project.js';
import { nameKey, slugProblem } from '../config/deck-names.js';
import { DEFAULT_LIMITS, deckSizeProblem, slideCountProblem, type InputLimits } from './input-limits.js';
import { parseDeck, type ParsedDeck } from './parse-deck.js';
import { revealMdSettings } from './reveal-md-config.js';
import { mkslidesSettings } from './mkslides-config.js';
import { vscodeRevealSettings } from './vscode-reveal-config.js';
import { revealPageSettings } from './reveal-html-config.js';
import { DEFAULT_SEPARATOR, DEFAULT_VERTICAL_SEPARATOR } from './dialects/reveal.js';
import { looksLikeQuarto } from './dialects/quarto.js';
import { quartoFileSettings } from './quarto-config.js';

export function readDecks(project: Project, diagnostics: Diagnostic[], limits: InputLimits = DEFAULT_LIMITS): { parsed: Map<string, ParsedDeck>; ignored: string[]; found: DeckFile[] } {
  const { decks, ignored, refused } = findDecks(project.decksDir, project.followLinks);
  for (const [file, problem] of refused) diagnostics.push(fileError(file, problem));
  const parsed = new Map<string, ParsedDeck>();
  const seen = new Map<string, string>();
  for (const { slug, file } of decks) {
    const problem = slugProblem(slug, seen.get(nameKey(slug)), project.root);
    seen.set(nameKey(slug), file);
    if (problem) {
      diagnostics.push(fileError(file, problem));
      parsed.delete(slug);
      continue;
    }
    if (!fs.statSync(file).isFile()) {
      diagnostics.push(fileError(file, 'is a folder, not a Markdown file (a deck is decks/<name>.md or decks/<name>/index.md)'));
      continue;
    }
    const tooBig = deckSizeProblem(file, fs.statSync(file).size, limits);
    if (tooBig) {
      diagnostics.push(tooBig);
      continue;
    }
    const buffer = fs.readFileSync(file);
    if (!isText(buffer)) {
      diagnostics.push(fileError(file, 'not a text file: a deck must be UTF-8 Markdown (was it saved from a word processor? export it as Markdown)'));
      continue;
    }
    const same = parsed.get(slug);
    if (same) {
      diagnostics.push(fileError(file, `has the same deck name "${slug}" as ${relativePath(same.file, project.root)}: rename one of them (nested decks are named by their path, folders joined with "-")`));
      continue;
    }
    const revealMd = revealMdSettings(path.dirname(file), project.root);
    // A reveal-md.json says its decks are reveal-md's: reveal-md's own default separators apply where it sets none
    // (so a deck whose every `---` sits under a line of text is still split as reveal-md splits it). An
    // mkslides.yml says they are mkslides': reveal.js's plugin defaults (no vertical separator) under its settings.
    // A .vscode/settings.json with revealjs. keys says they are vscode-reveal's: its defaults under its settings.
    const mkslides = revealMd.file ? { settings: {} } : mkslidesSettings(path.dirname(file), project.root);
    const vscode = revealMd.file || mkslides.file ? { settings: {} } : vscodeRevealSettings(path.dirname(file), project.root);
    const mdDefaults = revealMd.file ? { separator: DEFAULT_SEPARATOR, verticalSeparator: DEFAULT_VERTICAL_SEPARATOR } : mkslides.file ? { separator: DEFAULT_SEPARATOR, ...mkslides.settings } : vscode.settings;
    // The deck's own reveal.js page is more specific than a course-wide reveal-md.json; front matter wins over both.
    const page = revealPageSettings(file, project.decksDir);
    const raw = buffer.toString('utf8');
    // reveal-md writes the Markdown into a <textarea> followed by a line break, so a deck whose last line is a
    // separator (`---` and no newline) ends with an empty slide there; a reveal.js page's data-markdown file is
    // read as it is. Other dialects read a missing last newline as there.
    const text = page.file || raw.endsWith('\n') ? raw : `${raw}\n`;
    // A file a reveal.js page loads is a reveal.js deck even with one slide and no separator in it: the plugin's
    // default separator applies where the page sets none.
    const pageDefaults = page.file && page.settings.separator === undefined ? { separator: DEFAULT_SEPARATOR } : {};
    // A Quarto deck's settings come from its project's _quarto.yml and _metadata.yml files too.
    const quarto = looksLikeQuarto(file, text) ? quartoFileSettings(path.dirname(file), project.root) : undefined;
    const deck = parseDeck(file, text, slug, { ...mdDefaults, ...revealMd.settings, ...pageDefaults, ...page.settings }, { settings: quarto?.settings, root: project.root });
    // The browser resolves the Markdown's images against the page that loads it, not the Markdown's folder.
    if (page.file) deck.dir = path.dirname(page.file);
    deck.diagnostics.unshift(...revealMd.diagnostics, ...(quarto?.diagnostics ?? []));
    const tooMany = slideCountProblem(file, deck.slides, limits);
    if (tooMany) {
      diagnostics.push(tooMany);
      continue;
    }
    parsed.set(slug, deck);
  }
  // A Slidev deck's imported pages (`src: ./pages/x.md`) are slides of that deck, not decks of their own.
  const imported = new Set([...parsed.values()].flatMap((d) => d.imports ?? []).map((f) => path.resolve(f)));
  for (const [slug, deck] of parsed) if (imported.has(path.resolve(deck.file))) parsed.delete(slug);
  return { parsed, ignored, found: decks.filter((d) => !imported.has(path.resolve(d.file))) };
}
