// Writing systems the bundled Latin fonts lack → the Noto family that draws them, so slides never show tofu boxes.
import { allSlides, type Deck } from './deck.js';

export interface ScriptNeed {
  /** Script name for messages, e.g. "Japanese". */
  script: string;
  /** @fontsource package name, e.g. "noto-sans-jp". */
  font: string;
  /** A few of the deck's characters in that script, for the message. */
  sample: string;
  /** Emoji: without their font they are empty boxes, but the slide still reads; a warning, not an error. */
  optional?: boolean;
}

interface Script {
  script: string;
  font: string;
  test: RegExp;
  optional?: boolean;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

/** Han text is Japanese when kana appear or the deck says lang: ja, Korean with lang: ko, else Simplified Chinese. */
function hanFont(text: string, lang: string): Script {
  if (KANA.test(text) || /^ja\b/i.test(lang)) return { script: 'Japanese', font: 'noto-sans-jp', test: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu };
  if (/^ko\b/i.test(lang)) return { script: 'Korean (Hanja)', font: 'noto-sans-kr', test: /\p{Script=Han}/gu };
  return { script: 'Chinese', font: 'noto-sans-sc', test: /\p{Script=Han}/gu };
}

const OTHERS: Script[] = [
  { script: 'Korean', font: 'noto-sans-kr', test: /\p{Script=Hangul}/gu },
  { script: 'Arabic', font: 'noto-sans-arabic', test: /\p{Script=Arabic}/gu },
  { script: 'Hebrew', font: 'noto-sans-hebrew', test: /\p{Script=Hebrew}/gu },
  { script: 'Devanagari', font: 'noto-sans-devanagari', test: /\p{Script=Devanagari}/gu },
  // Characters drawn as emoji by default, or asked for with the emoji variation selector (8 of 32 courses use them).
  { script: 'Emoji', font: 'noto-color-emoji', test: /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/gu, optional: true },
];

/** The fonts a deck's text needs beyond the bundled Latin, Greek and Cyrillic ones. */
export function scriptNeeds(deck: Deck): ScriptNeed[] {
  const text = [deck.meta.title, deck.meta.subtitle ?? '', ...allSlides(deck.slides).flatMap((s) => [s.title, s.heading ?? '', s.body, s.notes])].join('\n');
  const scripts = HAN.test(text) || KANA.test(text) ? [hanFont(text, deck.meta.lang), ...OTHERS] : OTHERS;
  const needs = new Map<string, ScriptNeed>();
  for (const s of scripts) {
    const found = [...new Set(text.match(s.test) ?? [])];
    if (!found.length) continue;
    const need = needs.get(s.font);
    if (need) need.script += ` and ${s.script}`;
    else needs.set(s.font, { script: s.script, font: s.font, sample: found.slice(0, 6).join(''), ...(s.optional && { optional: true }) });
  }
  return [...needs.values()];
}
