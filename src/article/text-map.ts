/**
 * A string together with the file offset of each of its characters. Everything the parser derives
 * (plain text, sentences, names) is carried in this shape so that any match can be traced back to
 * the exact place in the original file.
 */
export interface MappedText {
  text: string;
  /** `map[i]` is the file offset of `text[i]`. */
  map: number[];
}

export function mappedFromFile(fileText: string, start: number, end: number): MappedText {
  const map: number[] = [];
  for (let i = start; i < end; i++) map.push(i);
  return { text: fileText.slice(start, end), map };
}

export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  return { text: m.text.slice(start, end), map: m.map.slice(start, end) };
}

const EDGE_SPACE = /[\s\u3000]/;

/** Indexes [start, end) of `m` without leading and trailing white space (including the ideographic space). */
export function trimRange(text: string, start = 0, end = text.length): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && EDGE_SPACE.test(text[s] ?? '')) s++;
  while (e > s && EDGE_SPACE.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function trimMapped(m: MappedText): MappedText {
  const r = trimRange(m.text);
  return sliceMapped(m, r.start, r.end);
}

/** File span from the first to the last character of `m` (end exclusive); `fallback` when `m` is empty. */
export function spanOf(m: MappedText, fallback: number): { start: number; end: number } {
  const first = m.map[0];
  const last = m.map[m.map.length - 1];
  if (first === undefined || last === undefined) return { start: fallback, end: fallback };
  return { start: first, end: last + 1 };
}

/** Removes the given [start, end) ranges (sorted or not, may overlap) from `m`. */
export function removeRanges(m: MappedText, ranges: Array<{ start: number; end: number }>): MappedText {
  if (ranges.length === 0) return m;
  const drop = new Uint8Array(m.text.length);
  for (const r of ranges) drop.fill(1, Math.max(0, r.start), Math.min(m.text.length, r.end));
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < m.text.length; i++) {
    if (drop[i]) continue;
    text += m.text[i];
    map.push(m.map[i] ?? 0);
  }
  return { text, map };
}
