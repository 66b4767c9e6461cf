// PDF values on strings: dictionaries, arrays, references, names, strings and numbers read and written as written.
import { describe, expect, it } from 'vitest';
import { mapRefs, numberOf, parseStreamDict, parseValue, PdfAtom, PdfName, PdfRef, serialize } from '../../../src/export/pdf-value.js';
import { pdfDate, stringTokens, textString } from '../../../src/export/pdf-syntax.js';

describe('parseValue and serialize', () => {
  it.each([
    ['<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612.5 792]>>', '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612.5 792]>>'],
    ['[1 0 R 2 0 R 3]', '[1 0 R 2 0 R 3]'],
    ['(a (nested) \\) string)', '(a (nested) \\) string)'],
    ['<FEFF0041>', '<FEFF0041>'],
    ['<</A true /B null /C -1.5>>', '<</A true\n/B null\n/C -1.5>>'],
    ['% a comment\n/Name', '/Name'],
    ['<</K[/a/b]>>', '<</K [/a /b]>>'],
  ])('%j → %j', (text, written) => expect(serialize(parseValue(text).value)).toBe(written));
  it('tells references from numbers, and says where the value ends', () => {
    const { value, end } = parseValue('[5 0 R 5 0] rest');
    expect(value).toEqual([new PdfRef(5), new PdfAtom('5'), new PdfAtom('0')]);
    expect(end).toBe(11);
  });
  it.each(['', '<<', '(unclosed', '<abc', '<<1 2>>', ')'])('throws on %j', (text) => expect(() => parseValue(text)).toThrow());
});

describe('parseStreamDict', () => {
  it('finds a stream\'s dictionary and its "stream" keyword', () => {
    const body = '<</Length 5>>\nstream\nhello\nendstream';
    const r = parseStreamDict(body)!;
    expect(serialize(r.dict)).toBe('<</Length 5>>');
    expect(body.slice(r.rest, r.rest + 6)).toBe('stream');
  });
  it('refuses what is not a dictionary followed by a stream', () => {
    expect(parseStreamDict('[1 2]\nstream\n')).toBeUndefined();
    expect(parseStreamDict('<</A 1>> junk stream')).toBeUndefined();
  });
});

describe('mapRefs and numberOf', () => {
  it('renumbers every reference in a copy', () => {
    const original = parseValue('<</Kids [4 0 R 6 0 R] /Parent 2 0 R /Count 2>>').value;
    expect(serialize(mapRefs(original, (n) => n + 100))).toBe('<</Kids [104 0 R 106 0 R]\n/Parent 102 0 R\n/Count 2>>');
    expect(serialize(original)).toContain('/Parent 2 0 R');
  });
  it('reads numbers only from atoms', () => {
    expect(numberOf(new PdfAtom('612.5'))).toBe(612.5);
    expect(numberOf(new PdfAtom('(x)'))).toBeUndefined();
    expect(numberOf(new PdfName('N'))).toBeUndefined();
    expect(numberOf(undefined)).toBeUndefined();
  });
});

describe('PDF strings and dates', () => {
  it('writes any text as a UTF-16BE hex string', () => {
    expect(textString('Aé')).toBe('<FEFF004100E9>');
    expect(textString(')\\')).toBe('<FEFF0029005C>');
  });
  it('writes dates in UTC', () => expect(pdfDate(new Date(Date.UTC(2027, 1, 9, 8, 5, 3)))).toBe('(D:20270209080503Z)'));
  it('reads literal and hex strings outside comments, escapes and byte order marks decoded', () => {
    const body = '<</T (a\\(b\\)\\101\\n) % (not this)\n/U <FEFF00E9> /V <41 42 4> /D <<>> >>';
    expect(stringTokens(body).map((t) => t.text)).toEqual(['a(b)A\n', 'é', 'AB@']);
  });
});
