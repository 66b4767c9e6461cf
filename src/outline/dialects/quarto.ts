// Quarto decks (.qmd with format revealjs, settings from _quarto.yml and _metadata.yml): the title slide from
// their YAML, slides cut as Pandoc cuts them, code cells shown and not run, shortcodes left out with a warning.
import type { Diagnostic } from '../../diagnostics.js';
import { frontMatterText, RE_QUARTO } from '../../config/quarto-files.js';
import { parseYaml } from '../../config/yaml.js';
import { emptyAttributes } from '../attributes.js';
import { mergeSettings, revealjsOptions, type Settings } from '../quarto-config.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { quartoCells } from './quarto-cells.js';
import { freezeFile, frozenOutputs } from './quarto-freeze.js';
import { quartoFrontMatter } from './quarto-front.js';
import { quartoInline } from './quarto-inline.js';
import { markdownInHtmlBlocks } from './quarto-html-blocks.js';
import { splitQuarto } from './quarto-split.js';
import { layoutImages } from './image-layout.js';

const isMap = (v: unknown): v is Settings => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A deck's own YAML head, read as Quarto reads it (its YAML errors were reported by the parse stage). */
function ownSettings(deck: DeckText): Settings {
  const yaml = parseYaml(frontMatterText(deck.text ?? ''), deck.file, 2);
  return !yaml.diagnostics.length && isMap(yaml.value) ? yaml.value : {};
}

/** A Markdown file that says `format: revealjs` is a Quarto (or Pandoc) deck too. */
export function looksLikeQuarto(file: string, text: string): boolean {
  return RE_QUARTO.test(file) || /^format[ \t]*:[ \t]*(\n[ \t]+)?revealjs\b/m.test(frontMatterText(text));
}

export const quartoDialect: Dialect = {
  name: 'quarto',
  outlined: false,
  detect: (deck: DeckText) => looksLikeQuarto(deck.file, deck.text ?? ''),
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const own = ownSettings(deck);
    const settings = mergeSettings(deck.toolSettings ?? {}, own);
    const options = revealjsOptions(settings);
    const themePath = isMap(own.format) && isMap(own.format.revealjs) && 'theme' in own.format.revealjs ? ['format', 'revealjs', 'theme'] : 'theme' in own ? ['theme'] : undefined;
    const look = quartoFrontMatter(settings, options, deck.file, themePath && deck.locate?.(themePath), diagnostics);
    const body = deck.body.split('\n').map((text, i) => ({ text, line: deck.bodyLine + i }));
    const frozen = deck.root ? freezeFile(deck.file, deck.root) : undefined;
    const outputs = frozen ? frozenOutputs(frozen) : undefined;
    let cells = quartoCells(body, { echo: options.echo, outputs });
    // Outputs frozen from another version of the deck (another number of cells) would land on the wrong cells.
    if (outputs && outputs.length !== cells.cells) cells = quartoCells(body, { echo: options.echo });
    const meta = (key: string) => {
      const value = key.split('.').reduce<unknown>((v, k) => (isMap(v) ? v[k] : undefined), settings);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    };
    const inline = quartoInline(cells.lines, deck.file, meta);
    diagnostics.push(...inline.diagnostics);
    // Marp's image keywords, at the start of an image's alt text, as in every dialect.
    const slides = splitQuarto(markdownInHtmlBlocks(inline.lines), options.slideLevel).map(function withImages(s): DialectSlide {
      return { ...s, lines: layoutImages(s.lines, s.attributes, 'leading'), children: s.children.map(withImages) };
    });
    // Deck-wide `smaller: true` and `scrollable: true` are each slide's class.
    const deckClasses = [options.smaller && 'smaller', options.scrollable && 'scrollable'].filter((c): c is string => Boolean(c));
    for (const s of [...slides, ...slides.flatMap((x) => x.children)]) s.attributes.classes.push(...deckClasses);
    // Pandoc's title slide: only when the YAML gives a title.
    if (look.frontMatter.title !== undefined) {
      const attributes = emptyAttributes();
      for (const [key, value] of Object.entries(options.titleSlide)) {
        if (key === 'class') attributes.classes.push(...value.split(/\s+/).filter((c) => /^[\w-]+$/.test(c)));
        else if (/^data-[\w-]+$/.test(key)) attributes.section[key] = value;
      }
      const title: DialectSlide = { kind: 'title', lines: [], line: 1, children: [], attributes };
      slides.unshift(title);
    }
    return { slides, frontMatter: look.frontMatter, diagnostics, ...(look.revealTheme && { revealTheme: look.revealTheme }) };
  },
  // Quarto's notes are `::: notes` divs, which every dialect reads (outline/fenced-divs.ts).
  notes: (lines) => ({ body: [...lines], notes: '' }),
};
