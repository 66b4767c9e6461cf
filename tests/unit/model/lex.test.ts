// A slide body is lexed once: the same text gives the same token array back.
import { describe, expect, it } from 'vitest';
import { lexBody } from '../../../src/model/lex.js';

describe('lexBody', () => {
  it('lexes GitHub-flavoured Markdown', () => {
    expect(lexBody('| a |\n|---|\n| 1 |\n\n- [ ] task').map((t) => t.type)).toEqual(['table', 'space', 'list']);
  });
  it('returns the same tokens for the same text and new ones for other text', () => {
    const body = '- one\n- two';
    expect(lexBody(body)).toBe(lexBody(body));
    expect(lexBody(body + '\n- three')).not.toBe(lexBody(body));
  });
});
