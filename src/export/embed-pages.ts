// Pages of Chromium PDFs drawn onto the pages of another (the handout's sheets), on the files' objects as bytes:
// each slide page becomes a form XObject that reuses its compressed content stream, and only the objects its
// resources reach (fonts, images) are copied, renumbered. pdf-lib did this by decompressing and recompressing
// every content stream in JavaScript. Returns false for anything but the plain shape Chromium writes; the caller
// then takes the pdf-lib way.
import { dictAt, nextFree, pageNumbers, withRefsMapped, type PdfObject, type PdfObjects } from './pdf-read.js';
import { mapRefs, numberOf, parseStreamDict, parseValue, PdfAtom, PdfName, PdfRef, serialize, type PdfDict, type PdfValue } from './pdf-value.js';

/** One slide page drawn on one sheet (0-based), in PDF points from the sheet's top left, as the browser laid it out. */
export interface PageDraw {
  sheet: number;
  /** Which source PDF, and which of its pages (0-based). */
  source: number;
  page: number;
  x: number;
  top: number;
  width: number;
  height: number;
}

export function embedPages(target: PdfObjects, sources: readonly PdfObjects[], draws: readonly PageDraw[]): boolean {
  const sheets = pageNumbers(target);
  const sourcePages = sources.map(pageNumbers);
  if (!sheets || sourcePages.some((p) => !p)) return false;
  let next = nextFree(target.objects);
  const put = (num: number, body: string | Buffer, stream = false) => target.objects.set(num, { body: typeof body === 'string' ? Buffer.from(body, 'latin1') : body, stream });

  // Source object → its number in the target, given out as objects are copied.
  const copied = sources.map(() => new Map<number, number>());
  const copy = (source: number, num: number): number => {
    const known = copied[source]!.get(num);
    if (known !== undefined) return known;
    const object = sources[source]!.objects.get(num);
    if (!object) throw new Missing();
    const to = next++;
    copied[source]!.set(num, to);
    put(to, ...renumbered(object, (n) => copy(source, n)));
    return to;
  };

  // Each slide page once, as a form XObject: its content stream with the form's entries added.
  const forms = new Map<string, { num: number; width: number; height: number }>();
  const formFor = (source: number, page: number) => {
    const key = `${source}:${page}`;
    if (!forms.has(key)) {
      const pageNum = sourcePages[source]![page];
      if (pageNum === undefined) throw new Missing();
      forms.set(key, pageForm(sources[source]!, pageNum, (n) => copy(source, n), (body) => {
        const num = next++;
        put(num, body, true);
        return num;
      }));
    }
    return forms.get(key)!;
  };

  try {
    const bySheet = new Map<number, PageDraw[]>();
    for (const d of draws) bySheet.set(d.sheet, [...(bySheet.get(d.sheet) ?? []), d]);
    for (const [sheet, list] of bySheet) {
      const sheetNum = sheets[sheet];
      const dict = sheetNum === undefined ? undefined : dictAt(target.objects, sheetNum);
      const resources = dict?.get('Resources');
      const contents = dict?.get('Contents');
      if (!dict || !(resources instanceof Map) || !(contents instanceof PdfRef || Array.isArray(contents))) return false;
      const box = resolved(target, inherited(target, dict, 'MediaBox'));
      const sheetTop = Array.isArray(box) && box.length === 4 ? numberOf(resolved(target, box[3])) : undefined;
      if (sheetTop === undefined) return false;
      const xobjects = resources.get('XObject') ?? new Map<string, PdfValue>();
      if (!(xobjects instanceof Map)) return false;
      let ops = 'Q\n';
      list.forEach((d, i) => {
        const form = formFor(d.source, d.page);
        let name = `LecternSlide${i}`;
        while (xobjects.has(name)) name += 'x';
        xobjects.set(name, new PdfRef(form.num));
        // Moved, then scaled, as pdf-lib wrote it: the same numbers give the same pixels and text layout.
        const [e, f, a, dd] = [d.x, sheetTop - d.top - d.height, d.width / form.width, d.height / form.height].map(decimal);
        ops += `q\n1 0 0 1 ${e} ${f} cm\n${a} 0 0 ${dd} 0 0 cm\n/${name} Do\nQ\n`;
      });
      resources.set('XObject', xobjects);
      // The sheet's own drawing is wrapped in q … Q, so whatever state it leaves does not reach the slides.
      const push = (text: string) => {
        const num = next++;
        put(num, `<</Length ${text.length}>>\nstream\n${text}\nendstream`, true);
        return new PdfRef(num);
      };
      dict.set('Contents', [push('q\n'), ...(Array.isArray(contents) ? contents : [contents]), push(ops)]);
      put(sheetNum!, serialize(dict));
    }
  } catch (e) {
    // A reference chain too deep to follow (RangeError) is declined like any other shape: pdf-lib takes over.
    if (e instanceof Missing || e instanceof RangeError) return false;
    throw e;
  }
  return true;
}

class Missing extends Error {}

/** A number as PDF writes it: every digit JavaScript has, never an exponent. */
function decimal(n: number): string {
  if (Math.abs(n) < 1e-9) return '0';
  const text = String(n);
  return text.includes('e') ? n.toFixed(12).replace(/\.?0+$/, '') : text;
}

/** An object with its references renumbered (pdf-read.ts withRefsMapped); a part that does not parse is Missing. */
function renumbered(object: PdfObject, to: (num: number) => number): [Buffer, boolean] {
  const mapped = withRefsMapped(object, to);
  if (!mapped) throw new Missing();
  return [mapped.body, mapped.stream];
}

function parse(text: string): PdfValue {
  try {
    return parseValue(text).value;
  } catch {
    throw new Missing();
  }
}

/** A page as a form XObject (PDF 1.7 §8.10): its one content stream, with the page's box and resources. */
function pageForm(source: PdfObjects, pageNum: number, copy: (num: number) => number, add: (body: Buffer) => number): { num: number; width: number; height: number } {
  const page = dictAt(source.objects, pageNum);
  if (!page) throw new Missing();
  const box = resolved(source, inherited(source, page, 'MediaBox'));
  const corners = Array.isArray(box) ? box.map((v) => numberOf(resolved(source, v))) : [];
  // One content stream (Chromium's way) is reused as it is; several would have to be joined, decompressed.
  const value = page.get('Contents');
  const contents = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const stream = contents instanceof PdfRef ? source.objects.get(contents.num) : undefined;
  const head = stream?.stream ? parseStreamDict(stream.body.toString('latin1')) : undefined;
  if (!head || corners.length !== 4 || corners.some((n) => n === undefined)) throw new Missing();
  const [left, bottom, right, top] = corners as number[];
  const form = mapRefs(head.dict, copy) as PdfDict;
  form.set('Type', new PdfName('XObject'));
  form.set('Subtype', new PdfName('Form'));
  form.set('FormType', new PdfAtom('1'));
  form.set('BBox', [0, 0, right! - left!, top! - bottom!].map((n) => new PdfAtom(decimal(n))));
  form.set('Matrix', [1, 0, 0, 1, -left!, -bottom!].map((n) => new PdfAtom(decimal(n))));
  form.set('Resources', mapRefs(inherited(source, page, 'Resources') ?? new Map(), copy));
  const num = add(Buffer.concat([Buffer.from(serialize(form) + '\n', 'latin1'), stream!.body.subarray(head.rest)]));
  return { num, width: right! - left!, height: top! - bottom! };
}

/** A page attribute, from the page or the nearest page-tree node above it that has it (MediaBox, Resources). */
function inherited(source: PdfObjects, page: PdfDict, key: string): PdfValue | undefined {
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    const value = node.get(key);
    if (value !== undefined) return value;
    const parent = node.get('Parent');
    node = parent instanceof PdfRef ? dictAt(source.objects, parent.num) : undefined;
  }
  return undefined;
}

function resolved(source: PdfObjects, value: PdfValue | undefined): PdfValue | undefined {
  if (!(value instanceof PdfRef)) return value;
  const object = source.objects.get(value.num);
  return object && !object.stream ? parse(object.body.toString('latin1')) : undefined;
}
