import type { Channel, Sentence } from './types.ts';
import { trimRange, type MappedText } from './text-map.ts';

// One segmenter for the process: constructing ICU break iterators is costly.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU wrongly ends a sentence when a capitalised word follows. */
const ABBREVIATION = /(?:^|[\s(（])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|vs|v|e\.g|i\.e|cf|approx|Inc|Ltd|Co|Corp|Fig|Vol|a\.k\.a|[A-Z])\.\s*$/;

/**
 * Sentences of one paragraph (never of a whole document: the segmenter is slow on long strings).
 * Sentence boundaries follow Unicode rules (。！？ and English punctuation), with known
 * abbreviations ("Mr.", "vs.", "e.g.") and initials glued back to the next segment.
 */
export function splitSentences(p: MappedText, paragraph: number, channel: Channel): Sentence[] {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const chunk of chunks(p.text)) {
    for (const seg of segmenter.segment(p.text.slice(chunk.start, chunk.end))) {
      const start = chunk.start + seg.index;
      const end = start + seg.segment.length;
      const prev = ranges[ranges.length - 1];
      if (prev && prev.end === start && ABBREVIATION.test(p.text.slice(Math.max(prev.start, prev.end - 16), prev.end))) prev.end = end;
      else ranges.push(...lowerCaseStarts(p.text, start, end));
    }
  }
  const sentences: Sentence[] = [];
  for (const r of ranges) {
    const t = trimRange(p.text, r.start, r.end);
    if (t.end <= t.start) continue;
    const map = p.map.slice(t.start, t.end);
    const first = map[0] ?? 0;
    const last = map[map.length - 1] ?? first;
    sentences.push({ text: p.text.slice(t.start, t.end), span: { start: first, end: last + 1 }, map, paragraph, channel });
  }
  return sentences;
}

/** "…fit together. kubeadm, kOps and minikube all sit…": ICU runs on when the next sentence opens in lower case. */
const LOWER_START = /(?<=[\p{L}\d)"”'’])[.!?](?=[ \t]+[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b)/gu;
const NOT_AN_END = /(?:^|[\s(（])(?:etc|vs|v|e\.g|i\.e|cf|approx|incl|esp|no|nos|p|pp|ca|[A-Za-z])$/iu;

function lowerCaseStarts(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const segment = text.slice(start, end);
  if (!/[.!?][ \t]+[a-z]/u.test(segment)) return [{ start, end }];
  const out: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const m of segment.matchAll(LOWER_START)) {
    const at = start + m.index + 1;
    if (NOT_AN_END.test(text.slice(Math.max(from, at - 12), at - 1)) || text.charAt(at - 2) === '.') continue;
    out.push({ start: from, end: at });
    from = at;
  }
  out.push({ start: from, end });
  return out;
}

const CHUNK = 2000;
const SAFE_BREAK = /[.!?。！？\n]\s+|[。！？]/g;

/**
 * ICU sentence segmentation gets slow (worse than linear) on long strings, so long paragraphs
 * are cut first at places where a sentence surely ends, or hard-cut where there is none.
 */
function chunks(text: string): Array<{ start: number; end: number }> {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    SAFE_BREAK.lastIndex = start + CHUNK / 2;
    let cut = -1;
    for (let m = SAFE_BREAK.exec(text); m && m.index < start + CHUNK; m = SAFE_BREAK.exec(text)) {
      cut = m.index + m[0].length;
      if (!ABBREVIATION.test(text.slice(Math.max(start, m.index - 15), m.index + 1))) break;
    }
    if (cut <= start) cut = start + CHUNK;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}
