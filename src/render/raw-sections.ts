// A raw <section> an author wrote inside a slide (`<section data-background-iframe="…">` in a reveal-md deck):
// reveal.js makes the slide around it a stack and shows the inner section as that stack's one slide, with its
// background. Lectern's slide already is that one slide, so the inner section's attributes move onto it and its
// content stays in place; a slide inside a slide would otherwise be counted twice, or not shown at all.
// linkedom's element type, as dom.ts uses it (its published types do not cover every DOM method used here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

/** `slides` is the deck's `.slides` element. */
export function unwrapRawSections(slides: Node): void {
  // Deepest first, so a section inside a raw section ends up on the slide too.
  const raw = [...slides.querySelectorAll('section')].filter((s: Node) => s.parentElement && s.parentElement !== slides && s.parentElement.tagName !== 'SECTION').reverse();
  for (const inner of raw) {
    const slide = inner.parentElement?.closest('section');
    if (!slide) continue;
    for (const { name, value } of [...inner.attributes] as { name: string; value: string }[]) {
      if (name === 'class') slide.setAttribute('class', `${slide.getAttribute('class') ?? ''} ${value}`.trim());
      else if (name.startsWith('data-') || name === 'style') slide.setAttribute(name, value);
    }
    inner.replaceWith(...inner.childNodes);
  }
}
