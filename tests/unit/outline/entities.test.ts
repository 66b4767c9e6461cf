// HTML character references read back to text: the five named ones, decimal and hex; the rest stays as written.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/outline/entities.js';

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&quot;x&quot; &apos;y&apos;', `"x" 'y'`],
    ['&lt;br&gt;', '<br>'],
    ['&AMP;', '&'],
    ['&#39;&#x2F;&#X2f;', "'//"],
    ['&#128512;', '😀'],
    ['&amp;amp;', '&amp;'],
    ['&nbsp; &copy;', '&nbsp; &copy;'],
    ['&#x110000;', '&#x110000;'],
    ['no entity & here', 'no entity & here'],
  ])('%j → %j', (input, output) => expect(decodeEntities(input)).toBe(output));
});
