// Durations as lecturers write them → seconds, and seconds back to "48 min".
import { describe, expect, it } from 'vitest';
import { formatMinutes, parseDuration } from '../../../src/config/duration.js';

describe('parseDuration', () => {
  it.each<[string | number, number]>([
    ['3m', 180], ['90s', 90], ['1m30s', 90], ['1h', 3600], ['1h30m', 5400], ['1.5h', 5400], ['2:30', 150], ['0:05', 5],
    ['50', 3000], [' 2.5 ', 150], ['10min', 600], ['1H 5M 3S', 3903], [45, 2700], [0, 0], [0.5, 30],
  ])('%j → %i s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each<string | number>(['', 'soon', '3x', '2:75', 'm', '-5', -1, Number.NaN, Infinity, '1:2:3'])('%j is unreadable', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatMinutes', () => {
  it.each([[2880, '48 min'], [59, '59 s'], [60, '1 min'], [89, '1 min'], [90, '2 min'], [0.4, '0 s']])('%i → %s', (s, text) => expect(formatMinutes(s)).toBe(text));
});
