// Issue 27's names and floods as probes: deck names a normalising or case-folding file system merges, names with
// invisible or text-direction characters, ids that are Object.prototype's keys, and 20,000 findings in one file.
import path from 'node:path';
import { expect } from 'vitest';
import { deckPage, type Probe } from './harness.js';

const body = (text: string) => `---\ntitle: T\n---\n\n${text}`;
export const UNKNOWN_KEYS = Array.from({ length: 20_000 }, (_, i) => `zz${i}: 1`).join('\n');

export const nameProbes: Probe[] = [
  { name: 'two decks named café, composed and decomposed', files: { 'decks/caf\u00e9.md': body('## A\n'), 'decks/cafe\u0301.md': body('## B\n') }, exit: 1, error: /^decks\/caf(e\u0301|\u00e9)\.md: error: deck name "caf\u00e9" is taken twice \(also \S*decks\/caf(e\u0301|\u00e9)\.md\)/ },
  { name: 'two decks differing in case and normalisation', files: { 'decks/Caf\u00e9.md': body('## A\n'), 'decks/cafe\u0301.md': body('## B\n') }, exit: 1, error: /error: deck name "[Cc]af\u00e9" is taken twice/ },
  { name: 'a deck name with a right-to-left override', files: { 'decks/evil\u202egpj.md': body('## A\n') }, exit: 1, error: /^decks\/evil<U\+202E>gpj\.md: error: deck name "evil<U\+202E>gpj" holds an invisible control or text-direction character \(U\+202E\)/ },
  { name: 'a deck name with a bell character', files: { 'decks/a\u0007b.md': body('## A\n') }, exit: 1, error: /^decks\/a<U\+0007>b\.md: error: deck name .* \(U\+0007\)/ },
  { name: 'a deck name with a zero-width space', files: { 'decks/a\u200bb.md': body('## A\n') }, exit: 1, error: /^decks\/a<U\+200B>b\.md: error: deck name .* \(U\+200B\)/ },
  { name: 'a deck folder name with a bidi isolate', files: { 'decks/a.md': null, 'decks/x\u2067y/index.md': body('## A\n') }, exit: 1, error: /^decks\/x<U\+2067>y\/index\.md: error: deck name "x<U\+2067>y"/ },
  { name: 'a decomposed deck name builds under its composed folder', files: { 'decks/a.md': null, 'decks/cafe\u0301.md': body('## A\n') }, exit: 0, verify: (run) => expect(run.dist.has(path.join('default', 'caf\u00e9', 'index.html'))).toBe(true) },
  {
    name: 'slide ids that are Object.prototype keys keep their links',
    files: { 'decks/a.md': body('## Proto {#__proto__}\n\n[to constructor](#constructor)\n\n## Constructor {#constructor}\n\n[back](#__proto__) [to string](#toString)\n\n## S {#toString}\n\nx\n') },
    exit: 0,
    verify: (run) => {
      const page = deckPage(run);
      for (const id of ['__proto__', 'constructor', 'toString']) expect(page).toContain(`href="#/${id}"`);
    },
  },
];
