// Text in scripts the themes' fonts lack gets a bundled Noto family, only where a deck needs it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../src/outline/parse-deck.js';
import { buildDeck } from '../src/model/deck.js';
import { scriptNeeds } from '../src/model/scripts.js';
import { buildProject, tempProject } from './helpers.js';
import { fonts } from './pdf-tools.js';

const needs = (text: string) => {
  const { deck } = buildDeck(parseDeck('d.md', text), { variables: { class: { id: 'c', name: 'C' }, deck: { slug: 'd' }, vars: {} }, maxListLines: 9 });
  return scriptNeeds(deck).map((n) => `${n.font}:${n.sample}`);
};

describe('script fonts', () => {
  it('finds the scripts a deck uses and the Noto family for each', () => {
    expect(needs('## Hi\n\nПривет, Ελληνικά, café')).toEqual([]);
    expect(needs('## 数式\n\nはじめに')).toEqual(['noto-sans-jp:数式はじめに']);
    expect(needs('## 中文\n\n你好')).toEqual(['noto-sans-sc:中文你好']);
    expect(needs('---\nlang: ja\n---\n## 漢字')).toEqual(['noto-sans-jp:漢字']);
    expect(needs('## 한국어')).toEqual(['noto-sans-kr:한국어']);
    expect(needs('## x\n\nNote: नमस्ते')).toEqual(['noto-sans-devanagari:नमस्ते']);
  });

  it('embeds the Noto families in the PDF of a deck that needs them, and only those', async () => {
    const root = tempProject('dialects/scripts');
    const result = await buildProject(root, ['html', 'pdf']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    const names = fonts(path.join(root, 'dist', deck.pdf!)).map((f) => f.name);
    expect(names.some((n) => /NotoSansJP/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansArabic/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansHebrew/.test(n))).toBe(true);
    expect(names.some((n) => /NotoSansKR|NotoSansSC|Devanagari/.test(n))).toBe(false);
  }, 120_000);
});
