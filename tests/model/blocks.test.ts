import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/outline/blocks.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('splitBlocks', () => {
  it('separates slide body, student handout text and speaker notes', () => {
    const b = splitBlocks(lines('- on the slide\n\nHandout: Read chapter 3.\n\nAlso **this**.\n\nNote: Ask who the audience was.\nMore notes.'));
    expect(b.bodyLines.map((l) => l.text).join('\n').trim()).toBe('- on the slide');
    expect(b.handout).toBe('Read chapter 3.\n\nAlso **this**.');
    expect(b.notes).toBe('Ask who the audience was.\nMore notes.');
  });

  it('lets a Handout: block follow the notes, and leaves both empty when absent', () => {
    const b = splitBlocks(lines('Body\nNotes: lecturer only\nHandout: students'));
    expect(b.notes).toBe('lecturer only');
    expect(b.handout).toBe('students');
    expect(splitBlocks(lines('Body only'))).toMatchObject({ handout: '', notes: '' });
  });

  it('never starts a block inside a code fence', () => {
    const b = splitBlocks(lines('```\nHandout: shown as code\nNote: also code\n```'));
    expect(b.handout).toBe('');
    expect(b.notes).toBe('');
    expect(b.bodyLines).toHaveLength(4);
  });
});

describe('splitLongLists', () => {
  it('fills continuation slides evenly: 14 one-line items at a 9-line limit are 7 + 7, not 9 + 5', async () => {
    const { splitLongLists } = await import('../../src/model/continuation.js');
    const slide = (n: number) => ({ body: Array.from({ length: n }, (_, i) => `- item ${i + 1}`).join('\n'), title: 'T', heading: 'T', notes: 'N', handout: 'H', children: [] }) as never;
    const parts = splitLongLists(slide(14), 9, '(suite)');
    expect(parts.map((p) => p.body.split('\n').length)).toEqual([7, 7]);
    expect(parts[1]!.heading).toBe('T (suite)');
    expect(parts[1]!.notes).toBe('');
    const withNotes = splitLongLists({ ...(slide(14) as object), notes: 'First point.\n\nSecond half.' } as never, 9);
    expect(withNotes.map((p) => p.notes)).toEqual(['First point.', '(cont.) Second half.']);
    expect(splitLongLists(slide(19), 9).map((p) => p.body.split('\n').length)).toEqual([7, 6, 6]);
  });
});
