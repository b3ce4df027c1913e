/**
 * micromark's cost grows faster than linearly on very long inputs (a paragraph of thousands of
 * lines takes seconds). Articles are a few dozen KB, but the parser must stay fast on anything,
 * so large inputs are parsed in pieces cut at blank lines outside code fences and HTML comments,
 * and only the first MAX_PARSED characters are read at all.
 */
export const CHUNK_CHARS = 16 * 1024;
const HARD_CHUNK_CHARS = 2 * CHUNK_CHARS;
export const MAX_PARSED = 512 * 1024;

export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function parseChunks(text: string, from: number): Chunk[] {
  const end = Math.min(text.length, from + MAX_PARSED);
  if (end - from <= HARD_CHUNK_CHARS) return [{ start: from, end }];
  const chunks: Chunk[] = [];
  let start = from;
  let pos = from;
  let fence = '';
  let inComment = false;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl >= end) nl = end;
    // A single huge line is cut too, at white space if there is some.
    if (nl - start > HARD_CHUNK_CHARS) {
      const limit = start + HARD_CHUNK_CHARS;
      const space = text.lastIndexOf(' ', limit);
      const cut = space > start + CHUNK_CHARS ? space + 1 : limit;
      chunks.push({ start, end: cut });
      start = cut;
      pos = cut;
      continue;
    }
    const line = text.slice(pos, nl);
    const next = Math.min(end, nl + 1);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = '';
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = FENCE.exec(line);
      if (f?.[1]) fence = f[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    const size = next - start;
    if ((size >= CHUNK_CHARS && line.trim() === '' && !fence && !inComment) || size >= HARD_CHUNK_CHARS) {
      chunks.push({ start, end: next });
      start = next;
      fence = '';
      inComment = false;
    }
    pos = next;
  }
  if (start < end) chunks.push({ start, end });
  return chunks;
}
