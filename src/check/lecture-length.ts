// A deck planned for longer than its class's lecture slot (`lecture: 50m`): a warning, placed at that setting.
import { warning, type Diagnostic } from '../diagnostics.js';
import type { ClassConfig } from '../config/classes.js';
import type { Deck } from '../model/deck.js';
import { formatMinutes, parseDuration } from '../config/duration.js';
import type { DeckTiming } from '../model/timing.js';

export function lectureLengthCheck(deck: Deck, timing: DeckTiming, klass: ClassConfig): Diagnostic[] {
  const slot = klass.settings.lecture === undefined ? undefined : parseDuration(klass.settings.lecture);
  if (slot === undefined || timing.seconds <= slot) return [];
  const longest = [...timing.slides].sort((a, b) => b.seconds - a.seconds).slice(0, 2).map((s) => `#${s.id} ${formatMinutes(s.seconds)}`);
  return [
    warning(
      deck.file,
      undefined,
      undefined,
      `planned for ${formatMinutes(timing.seconds)}, longer than the ${formatMinutes(slot)} lecture of class "${klass.id}" (shorten the notes, hide slides from this class with except=, or set time= on slides; longest: ${longest.join(', ')})`,
      'lecture-length',
    ),
  ];
}
