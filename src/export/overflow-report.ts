// The build's word on overflow: the slides that ran off the page when their PDF was printed, as warnings that
// build sums up in one line ("3 slides overflow") and `lectern check` lists with their measures.
import { warning, type Diagnostic } from '../diagnostics.js';
import { applyRuleSettings } from '../config/rules.js';
import { allSlides } from '../model/deck.js';
import type { DeckJob } from '../render/render-job.js';

export interface PrintedDeck {
  job: DeckJob;
  /** Ids of its slides that ran off the printed page. */
  overflow?: string[];
}

/** One warning a slide, once however many classes print it (the same file and line), unless its deck or class turns the rule off. */
export function overflowWarnings(printed: readonly PrintedDeck[]): Diagnostic[] {
  const seen = new Set<string>();
  return printed.flatMap(({ job, overflow }) => {
    if (!overflow?.length) return [];
    const slides = new Map(allSlides(job.deck.slides).map((s) => [s.id, s]));
    const found = overflow.map((id) => warning(job.deck.file, slides.get(id)?.line ?? 1, 1, `slide "${slides.get(id)?.title ?? id}" runs off the printed slide (lectern check says by how much)`, 'overflow'));
    // Only "off" counts here: a build warns about overflow, it does not fail on it.
    return applyRuleSettings(found, [job.deck.meta.check, job.klass.settings.check]).flatMap((d) => {
      const key = `${d.file}:${d.line}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ ...d, severity: 'warning' as const }];
    });
  });
}
