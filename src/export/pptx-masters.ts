// The slide masters of a Lectern .pptx: title, section and content slides, each with the footer (course, lecture,
// slide number) and the theme's colours and heading font; content masters narrowed for an image beside the text.
import type Pptx from 'pptxgenjs';
import type { Look } from '../config/look.js';

const hex = (c: string) => c.replace(/^#/, '').slice(0, 6).toUpperCase();

export interface Frame {
  W: number;
  H: number;
  pad: { x: number; y: number };
  heading: string;
  body: string;
  colours: Look['theme']['colors'];
  accent: string;
  footer: string;
  title: string;
  lang: string;
}

/** Three masters sharing the footer (course, lecture, slide number), as every slide of the page has it. */
/** An image beside the text: which side, and its share of the slide's width. */
export interface Beside {
  side: 'left' | 'right';
  share: number;
}

/**
 * Defines the title, section and content masters; returns the name of the content master for a slide with an image
 * beside its text (its title and rule narrowed to the text's side), defined on first use.
 */
export function defineMasters(pptx: Pptx.default, f: Frame): (beside?: Beside) => string {
  const muted = hex(f.colours.text);
  const foot = (colour: string): NonNullable<Pptx.default.SlideMasterProps['objects']> => [
    { text: { text: f.footer, options: { x: f.pad.x, y: f.H - 0.45, w: f.W / 2 - f.pad.x, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, lang: f.lang } } },
    { text: { text: f.title, options: { x: f.W / 2, y: f.H - 0.45, w: f.W / 2 - f.pad.x - 0.8, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, align: 'right', lang: f.lang } } },
  ];
  const number = (colour: string) => ({ x: f.W - f.pad.x - 0.6, y: f.H - 0.45, w: 0.6, h: 0.3, fontSize: 10, fontFace: f.body, color: colour, align: 'right' as const });
  const title = (y: number, h: number, size: number, colour: string, valign: 'top' | 'bottom', x = f.pad.x, w = f.W - 2 * f.pad.x) => ({
    placeholder: { options: { name: 'title', type: 'title' as const, x, y, w, h, fontFace: f.heading, fontSize: size, bold: true, color: colour, align: 'left' as const, valign, margin: 0 }, text: '' },
  });
  const content = (name: string, x: number, w: number) =>
    pptx.defineSlideMaster({
      title: name,
      background: { color: hex(f.colours.background) },
      objects: [title(f.pad.y, 0.9, 39, hex(f.colours.text), 'bottom', x, w), { line: { x, y: f.pad.y + 0.95, w, h: 0, line: { color: hex(f.accent), width: 3 } } }, ...foot(muted)],
      slideNumber: number(muted),
    });
  content('LECTERN_CONTENT', f.pad.x, f.W - 2 * f.pad.x);
  pptx.defineSlideMaster({ title: 'LECTERN_TITLE', background: { color: hex(f.colours.background) }, objects: [title(f.H * 0.3, 1.4, 49.5, hex(f.colours.text), 'bottom'), ...foot(muted)], slideNumber: number(muted) });
  const onAccent = hex(f.colours.accentText ?? '#ffffff');
  pptx.defineSlideMaster({ title: 'LECTERN_SECTION', background: { color: hex(f.accent) }, objects: [title(f.H * 0.3, f.H * 0.3, 57, onAccent, 'top'), ...foot(onAccent)], slideNumber: number(onAccent) });
  const defined = new Set<string>();
  return (beside) => {
    if (!beside) return 'LECTERN_CONTENT';
    const name = `LECTERN_CONTENT_${beside.side.toUpperCase()}_${Math.round(beside.share * 100)}`;
    if (!defined.has(name)) {
      defined.add(name);
      const box = textBox(f, beside);
      content(name, box.x, box.w);
    }
    return name;
  };
}

/** Where the text goes on a slide with an image beside it. */
export function textBox(f: { W: number; pad: { x: number } }, beside: Beside): { x: number; w: number } {
  const image = f.W * beside.share;
  return beside.side === 'right' ? { x: f.pad.x, w: f.W - image - 2 * f.pad.x } : { x: image + f.pad.x, w: f.W - image - 2 * f.pad.x };
}
