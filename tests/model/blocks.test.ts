import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/model/blocks.js';

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
