import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, MAX_PARSED, parseChunks } from '../../src/article/parse-chunks.ts';

describe('parseChunks', () => {
  it('keeps an article in one piece', () => {
    expect(parseChunks('a\n\nb\n', 0)).toEqual([{ start: 0, end: 5 }]);
  });

  it('cuts large inputs at blank lines, never inside a comment or a code fence', () => {
    const para = 'Some words here.\n\n';
    // Both blocks are smaller than a hard cut and straddle a chunk boundary.
    const comment = `<!--\n${'x\n\n'.repeat(CHUNK_CHARS / 6)}-->\n\n`;
    const fence = '```\n' + 'code\n\n'.repeat(CHUNK_CHARS / 12) + '```\n\n';
    const text = para.repeat(Math.floor(CHUNK_CHARS / para.length) - 2) + comment + para.repeat(500) + fence + para.repeat(1000);
    const chunks = parseChunks(text, 0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]!.start).toBe(0);
    chunks.forEach((c, i) => {
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      const piece = text.slice(c.start, c.end);
      // Every piece is whole: comments and fences open and close inside it.
      expect(piece.split('<!--').length).toBe(piece.split('-->').length);
      expect((piece.match(/^```/gm) ?? []).length % 2).toBe(0);
    });
    expect(chunks[chunks.length - 1]!.end).toBe(text.length);
  });

  it('stops at MAX_PARSED and cuts single huge lines', () => {
    const text = 'word '.repeat(MAX_PARSED);
    const chunks = parseChunks(text, 0);
    expect(chunks[chunks.length - 1]!.end).toBe(MAX_PARSED);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(2 * CHUNK_CHARS);
  });
});
