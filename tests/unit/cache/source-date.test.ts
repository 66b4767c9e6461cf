// The date written into PDFs comes from SOURCE_DATE_EPOCH when it is a valid number of seconds.
import { describe, expect, it } from 'vitest';
import { sourceDateEpoch } from '../../../src/write/source-date.js';

describe('sourceDateEpoch', () => {
  it.each<[string | undefined, string | undefined]>([
    ['1700000000', '2023-11-14T22:13:20.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
    [undefined, undefined],
    ['', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['yesterday', undefined],
  ])('%j → %s', (value, iso) => expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: value })?.toISOString()).toBe(iso));
});
