// Which Noto fonts a deck's text needs: Han read as Japanese, Korean or Chinese; others by their script.
import { describe, expect, it } from 'vitest';
import { scriptNeeds } from '../../../src/model/scripts.js';
import { deckFromText } from '../deck-text.js';

const needs = (text: string) => scriptNeeds(deckFromText(text).deck).map((n) => `${n.font}:${n.script}:${n.sample}`);

describe('scriptNeeds', () => {
  it.each([
    ['## Latin, Ελληνικά, Кириллица\nplain', []],
    ['## 细胞\n生物学', ['noto-sans-sc:Chinese:细胞生物学']],
    ['## 細胞\nひらがな', ['noto-sans-jp:Japanese:細胞ひらがな']],
    ['---\nlang: ja\n---\n## 細胞', ['noto-sans-jp:Japanese:細胞']],
    ['---\nlang: ko\n---\n## 漢字 한국어', ['noto-sans-kr:Korean (Hanja) and Korean:漢字']],
    ['## مرحبا', ['noto-sans-arabic:Arabic:مرحبا']],
    ['## שלום', ['noto-sans-hebrew:Hebrew:שלום']],
    ['## नमस्ते', ['noto-sans-devanagari:Devanagari:नमस्ते']],
  ])('%j → %j', (text, expected) => expect(needs(text)).toEqual(expected));
  it('samples each character once', () => expect(needs('## ااا ببب')).toEqual(['noto-sans-arabic:Arabic:اب']));
  it('reads notes and titles too, and samples at most six characters', () => {
    expect(needs('---\ntitle: 一二三四五六七八\n---\n## A\nx\nNote: 九')[0]).toBe('noto-sans-sc:Chinese:一二三四五六');
  });
});
