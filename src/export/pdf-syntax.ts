// PDF syntax the fast finisher writes or rewrites: text strings, dates, and the string tokens of an object.
import { literalEnd } from './pdf-value.js';

/** UTF-16BE with a byte order mark, in hex: any text, and nothing in it can end the string early. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** PDF date, in UTC (as pdf-lib writes it). */
export function pdfDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

export interface StringToken {
  start: number;
  end: number;
  /** The string's text: PDFDocEncoding read as Latin-1, or UTF-16BE after a byte order mark. */
  text: string;
}

/** The literal `(…)` and hex `<…>` strings of a (non-stream) object, outside comments. */
export function stringTokens(body: string): StringToken[] {
  const tokens: StringToken[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '%') {
      while (i < body.length && body[i] !== '\n' && body[i] !== '\r') i++;
    } else if (c === '<' && body[i + 1] === '<') i++;
    else if (c === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      tokens.push({ start: i, end: end + 1, text: decodeBytes(hexBytes(body.slice(i + 1, end))) });
      i = end;
    } else if (c === '(') {
      let end = body.length;
      try {
        end = literalEnd(body, i);
      } catch {
        // Not closed: the string runs to the end of the object.
      }
      tokens.push({ start: i, end, text: decodeBytes(literalBytes(body.slice(i + 1, end - 1))) });
      i = end - 1;
    }
  }
  return tokens;
}

function hexBytes(hex: string): string {
  const digits = hex.replace(/[^0-9a-fA-F]/g, '');
  let out = '';
  for (let i = 0; i < digits.length; i += 2) out += String.fromCharCode(parseInt(digits.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A literal string's bytes, from what stands between its parentheses: backslash escapes (PDF 1.7 §7.3.4.2). */
function literalBytes(inner: string): string {
  let bytes = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      bytes += c;
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(inner.slice(i + 1, i + 4))![0];
      bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
      i += octal.length;
    } else if (next === '\r' || next === '\n') {
      // A backslash at a line's end continues the string on the next line.
      i += next === '\r' && inner[i + 2] === '\n' ? 2 : 1;
    } else {
      bytes += ESCAPES[next] ?? next;
      i++;
    }
  }
  return bytes;
}

function decodeBytes(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let text = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return text;
}
