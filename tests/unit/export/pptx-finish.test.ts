// The package's finishing: one <a:pPr> per paragraph (PptxGenJS writes one per run), theme colours.
import { describe, expect, it } from 'vitest';
import { oneParagraphProperties, withoutMissingParts } from '../../../src/export/pptx-finish.js';

describe('oneParagraphProperties', () => {
  it('keeps the first paragraph properties (bullet and level) and drops the ones PptxGenJS wrote before later runs', () => {
    const xml = '<a:p><a:pPr lvl="1" marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a </a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr b="1"/><a:t>bold</a:t></a:r></a:p>';
    expect(oneParagraphProperties(xml)).toBe('<a:p><a:pPr lvl="1" marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a </a:t></a:r><a:r><a:rPr b="1"/><a:t>bold</a:t></a:r></a:p>');
  });

  it('leaves paragraphs with one properties element, and self-closing ones, as they are', () => {
    const xml = '<a:p><a:pPr/><a:r><a:t>x</a:t></a:r></a:p><a:p><a:pPr algn="ctr"></a:pPr><a:r><a:t>y</a:t></a:r></a:p>';
    expect(oneParagraphProperties(xml)).toBe(xml);
  });
});

describe('withoutMissingParts', () => {
  it('drops content types PptxGenJS lists for slide masters it never wrote, and keeps the rest', () => {
    const xml = '<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/></Types>';
    expect(withoutMissingParts(xml, new Set(['ppt/slideMasters/slideMaster1.xml']))).toBe('<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/></Types>');
  });
});
