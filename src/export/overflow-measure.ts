// How far each slide's content runs past its slide, measured in a laid-out print view: `lectern check`'s overflow
// rule and the build's overflow count read the same numbers.

export interface SlideOverflow {
  id: string;
  /** CSS px the body's content runs below the body's box. */
  down: number;
  /** CSS px a code block, a table or the frame runs past the right edge. */
  across: number;
}

/** Below this many px a difference is rounding, not overflow. */
export const OVERFLOW_SLACK_PX = 2;

/**
 * Source text for page.evaluate (a transpiler's helpers, such as tsx's __name, do not exist in the page): the
 * slides of the print view whose content runs off them, each once (fragment steps repeat a slide's id).
 */
export const MEASURE_OVERFLOW = `(() => {
  const out = new Map();
  for (const section of document.querySelectorAll('.pdf-page section[id]')) {
    const frame = section.querySelector('.slide-frame');
    const body = section.querySelector('.slide-body');
    if (!frame || !body) continue;
    const down = body.scrollHeight - body.clientHeight;
    const across = Math.max(frame.scrollWidth - frame.clientWidth, ...[...body.querySelectorAll('pre, table')].map((e) => e.scrollWidth - e.clientWidth));
    if (down > ${OVERFLOW_SLACK_PX} || across > ${OVERFLOW_SLACK_PX}) out.set(section.id, { id: section.id, down, across });
  }
  return [...out.values()];
})()`;
