// PDF objects as values (PDF 1.7 §7.2-7.3), for the few dictionaries Lectern edits or copies between files: a page,
// its resources, a stream's dictionary. Numbers, strings and keywords keep the text they were written with, so
// what is not edited is written back as it was.

export class PdfRef {
  constructor(readonly num: number) {}
}
export class PdfName {
  constructor(readonly name: string) {}
}
/** A number, a string (literal or hex) or a keyword (true, false, null), as written. */
export class PdfAtom {
  constructor(readonly raw: string) {}
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = PdfRef | PdfName | PdfAtom | PdfDict | PdfValue[];

const WHITESPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';
const RE_INTEGER = /^\d+$/;

/** Parses the value at `at` (a dictionary, array, name, string, number or keyword); `end` is just after it. */
export function parseValue(text: string, at = 0): { value: PdfValue; end: number } {
  const lexer = new Lexer(text, at);
  const value = readValue(lexer);
  return { value, end: lexer.consumed };
}

/** A stream object's dictionary and where its `stream` keyword starts. */
export function parseStreamDict(body: string): { dict: PdfDict; rest: number } | undefined {
  const { value, end } = parseValue(body);
  if (!(value instanceof Map)) return undefined;
  const rest = body.indexOf('stream', end);
  return rest >= 0 && body.slice(end, rest).trim() === '' ? { dict: value, rest } : undefined;
}

export function serialize(value: PdfValue): string {
  if (value instanceof PdfRef) return `${value.num} 0 R`;
  if (value instanceof PdfName) return `/${value.name}`;
  if (value instanceof PdfAtom) return value.raw;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<<${[...value].map(([k, v]) => `/${k} ${serialize(v)}`).join('\n')}>>`;
}


/** The value with every reference renumbered (a copy; the original is left alone). */
export function mapRefs(value: PdfValue, to: (num: number) => number): PdfValue {
  if (value instanceof PdfRef) return new PdfRef(to(value.num));
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, to));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, mapRefs(v, to)]));
  return value;
}

export function numberOf(value: PdfValue | undefined): number | undefined {
  if (!(value instanceof PdfAtom)) return undefined;
  const n = Number(value.raw);
  return Number.isFinite(n) ? n : undefined;
}

type Token = ({ kind: 'open-dict' | 'close-dict' | 'open-array' | 'close-array' } | { kind: 'name'; name: string } | { kind: 'atom'; raw: string }) & { end?: number };

class Lexer {
  private peeked: Token[] = [];
  /** Just after the last token taken (peeking reads further). */
  consumed: number;
  constructor(private readonly text: string, private at: number) {
    this.consumed = at;
  }

  next(): Token {
    const token = this.peeked.shift() ?? this.read();
    this.consumed = token.end!;
    return token;
  }
  peek(n: number): Token | undefined {
    while (this.peeked.length <= n) {
      const saved = this.at;
      try {
        this.peeked.push(this.read());
      } catch {
        this.at = saved;
        return undefined;
      }
    }
    return this.peeked[n];
  }

  private read(): Token {
    const token = this.readToken();
    token.end = this.at;
    return token;
  }

  private readToken(): Token {
    const t = this.text;
    for (;;) {
      while (this.at < t.length && WHITESPACE.includes(t[this.at]!)) this.at++;
      if (t[this.at] !== '%') break;
      while (this.at < t.length && t[this.at] !== '\n' && t[this.at] !== '\r') this.at++;
    }
    if (this.at >= t.length) throw new Error('PDF value ends early');
    const c = t[this.at]!;
    const start = this.at;
    if (t.startsWith('<<', start)) return (this.at += 2), { kind: 'open-dict' };
    if (t.startsWith('>>', start)) return (this.at += 2), { kind: 'close-dict' };
    if (c === '[') return this.at++, { kind: 'open-array' };
    if (c === ']') return this.at++, { kind: 'close-array' };
    if (c === '<') {
      const end = t.indexOf('>', start);
      if (end < 0) throw new Error('hex string without end');
      this.at = end + 1;
      return { kind: 'atom', raw: t.slice(start, this.at) };
    }
    if (c === '(') {
      this.at = literalEnd(t, start);
      return { kind: 'atom', raw: t.slice(start, this.at) };
    }
    if (c === '/') this.at++;
    while (this.at < t.length && !WHITESPACE.includes(t[this.at]!) && !DELIMITERS.includes(t[this.at]!)) this.at++;
    if (c === '/') return { kind: 'name', name: t.slice(start + 1, this.at) };
    if (this.at === start) throw new Error(`unexpected "${c}" in a PDF value`);
    return { kind: 'atom', raw: t.slice(start, this.at) };
  }
}

/** Just after the `)` that closes the literal string opening at `start` (nested pairs and escapes skipped). */
export function literalEnd(t: string, start: number): number {
  let depth = 0;
  for (let i = start; i < t.length; i++) {
    if (t[i] === '\\') i++;
    else if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i + 1;
  }
  throw new Error('string without end');
}

function readValue(lexer: Lexer): PdfValue {
  const token = lexer.next();
  switch (token.kind) {
    case 'open-dict': {
      const dict: PdfDict = new Map();
      for (let key = lexer.next(); key.kind !== 'close-dict'; key = lexer.next()) {
        if (key.kind !== 'name') throw new Error('dictionary key is not a name');
        dict.set(key.name, readValue(lexer));
      }
      return dict;
    }
    case 'open-array': {
      const list: PdfValue[] = [];
      while (lexer.peek(0)?.kind !== 'close-array') list.push(readValue(lexer));
      lexer.next();
      return list;
    }
    case 'name':
      return new PdfName(token.name);
    case 'atom': {
      // `12 0 R` is one value: a reference.
      const gen = lexer.peek(0);
      const r = lexer.peek(1);
      if (RE_INTEGER.test(token.raw) && gen?.kind === 'atom' && RE_INTEGER.test(gen.raw) && r?.kind === 'atom' && r.raw === 'R') {
        lexer.next();
        lexer.next();
        return new PdfRef(Number(token.raw));
      }
      return new PdfAtom(token.raw);
    }
    default:
      throw new Error(`unexpected ${token.kind} in a PDF value`);
  }
}
