// Counts a Marp deck's slides and presenter notes with Marp itself (@marp-team/marp-core, a dev dependency).
import { createRequire } from 'node:module';
import { Marp } from '@marp-team/marp-core';

const require = createRequire(import.meta.url);
export const marpVersion = (require('@marp-team/marp-core/package.json') as { version: string }).version;

export interface MarpCount {
  slides: number;
  notes: number;
}

export function countWithMarp(markdown: string): MarpCount {
  const { html, comments } = new Marp({ math: 'katex' }).render(markdown);
  // Marp renders each slide as one <section> inside its own inline SVG; `comments` has one entry per slide.
  const sections = (html.match(/<svg data-marpit-svg=/g) ?? []).length;
  if (sections !== comments.length) throw new Error(`Marp rendered ${sections} slides but ${comments.length} comment lists`);
  return { slides: sections, notes: comments.filter((list) => list.some((c) => c.trim() !== '')).length };
}
